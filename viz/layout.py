"""Builders of the page: header, map panel, symptom boxes, results column."""

from dash import dcc, html

from viz import ids
from viz.glossary import glossary_list, with_terms
from viz.knowledge import KnowledgeBase


def create_header(kb: KnowledgeBase) -> html.Header:
    """Title, tagline and the reminder that this educates and does not diagnose."""
    return html.Header(
        [
            html.Div(
                [html.H1(kb.ui.title), html.P(kb.ui.tagline, className="tagline")],
                className="brand",
            ),
            create_actions(kb),
            html.P(kb.ui.disclaimer, className="disclaimer", role="note"),
        ],
        className="page-header",
    )


def control(
    group: str, value: str, text: str, kind: str = "checkbox", full: str = ""
) -> html.Label:
    """A labelled checkbox or radio; the page script puts the real <input> in it.

    Dash has no <input> element in dash.html, and dcc.Checklist cannot carry
    data-symptom on its inputs, so the script creates them from these attributes.
    A compact chip shows `text` and tells screen readers the `full` wording too.
    """
    parts = [html.Span(text, className="control-text")]
    if full and full != text:
        parts.append(html.Span(f": {full}", className="visually-hidden"))
    return html.Label(
        parts,
        className="control",
        title=full or None,
        **{"data-control": kind, "data-group": group, "data-value": value},
    )


def _toggle_group(
    group: str, label: str, options: list[tuple[str, str]], kind: str = "radio"
) -> html.Fieldset:
    return html.Fieldset(
        [
            html.Legend(label, className="visually-hidden"),
            *[control(group, value, text, kind) for value, text in options],
        ],
        className=f"toggles toggles-{group}",
    )


def create_toolbar(kb: KnowledgeBase) -> html.Div:
    """View, side and layer toggles: one compact bar beside the map."""
    ui = kb.ui
    return html.Div(
        [
            _toggle_group(
                "view", "View", [("front", ui.view_front), ("back", ui.view_back)]
            ),
            _toggle_group(
                "side", "Side", [("right", ui.side_right), ("left", ui.side_left)]
            ),
            _toggle_group(
                "layers",
                "Layers",
                [
                    ("nerves", ui.layer_nerves),
                    ("dermatomes", ui.layer_dermatomes),
                    ("chain", ui.layer_chain),
                ],
                "checkbox",
            ),
        ],
        className="toolbar",
        role="group",
        **{"aria-label": ui.map_controls},
    )


def create_actions(kb: KnowledgeBase) -> html.Div:
    """Clear, share, print and present: what a clinician does with the whole view."""
    ui = kb.ui
    return html.Div(
        [
            control("voice", "clinician", ui.voice_label),
            html.Button(ui.clear, id="clear", type="button", className="action"),
            html.Button(
                ui.share_label,
                id=ids.SHARE,
                type="button",
                className="action",
                **{"aria-expanded": "false", "aria-controls": ids.SHARE_PANEL},
            ),
            html.Button(
                ui.print_label, id=ids.PRINT, type="button", className="action"
            ),
            html.Button(
                [
                    html.Span(ui.present_label, className="when-off"),
                    html.Span(ui.present_exit, className="when-on"),
                ],
                id=ids.PRESENT,
                type="button",
                className="action",
                **{"aria-pressed": "false"},
            ),
        ],
        className="actions",
    )


def create_share_panel(kb: KnowledgeBase) -> html.Div:
    """Where the share button puts the link and its QR code."""
    return html.Div(
        [
            html.Div(
                id=ids.SHARE_PANEL,
                hidden=True,
                className="share-panel",
                role="region",
                **{"aria-label": kb.ui.share_heading},
            ),
            html.P(
                id=ids.SHARE_STATUS,
                role="status",
                className="share-status",
                **{"aria-live": "polite"},
            ),
        ],
        className="share",
    )


ZOOMS = ("whole", "hip", "thigh", "knee", "lower_leg", "foot")


def create_map_panel(kb: KnowledgeBase) -> html.Section:
    """The drawing, which side it shows, its zoom and its key."""
    return html.Section(
        [
            html.H2(kb.ui.areas_heading, className="visually-hidden"),
            html.P(id=ids.SIDE_CUE, className="side-cue"),
            html.Div(
                id=ids.MAP,
                className="map",
                **{"data-view": "front", "data-side": "right"},
            ),
            html.P(
                id=ids.MAP_STATUS,
                className="map-status",
                role="status",
                **{"aria-live": "polite"},
            ),
            _toggle_group(
                "zoom",
                kb.ui.zoom_label,
                [(z, getattr(kb.ui, f"zoom_{z}")) for z in ZOOMS],
            ),
            create_legend(kb),
        ],
        className="map-panel",
        **{"aria-label": kb.ui.areas_heading},
    )


def create_legend(kb: KnowledgeBase) -> html.Ul:
    """The key to what is drawn; each entry shows only while its layer is on."""
    ui = kb.ui
    keys = [
        ("selected", ui.legend_selected, None),
        ("typical", ui.legend_typical, None),
        ("pathway", ui.legend_pathway, None),
        ("nerve", ui.legend_nerve, "nerves"),
        ("root", ui.legend_root, "nerves"),
        ("site", ui.legend_site, "nerves"),
        ("chain", ui.legend_chain, "chain"),
        ("key-point", ui.legend_key_point, "dermatomes"),
    ]
    items = [
        html.Li(
            [html.Span(className=f"swatch swatch-{key}"), text],
            **({"data-for-layer": layer} if layer else {}),
            **{"data-key": key},
        )
        for key, text, layer in keys
    ]
    bands = html.Li(
        [
            html.Span(ui.legend_dermatomes),
            *[
                html.Span(d, className="band-chip", **{"data-band": d})
                for d in kb.dermatomes
            ],
        ],
        className="legend-bands",
        **{"data-for-layer": "dermatomes", "data-key": "dermatomes"},
    )
    return html.Ul([*items, bands], className="legend")


def create_region_picker(kb: KnowledgeBase) -> html.Details:
    """A plain list of every area, for anyone who cannot use the map."""
    return html.Details(
        [
            html.Summary(kb.ui.picker_heading),
            html.Ul(
                [html.Li(control("pick", r.id, r.name)) for r in kb.regions.values()],
                className="picker-list",
            ),
        ],
        id=ids.REGION_PICKER,
        className="region-picker",
    )


def create_symptom_panel(kb: KnowledgeBase) -> html.Section:
    """Symptom checkboxes, then the warning signs in their own group."""
    ordinary = [s for s in kb.symptoms.values() if not s.red_flag]
    warning = [s for s in kb.symptoms.values() if s.red_flag]
    return html.Section(
        [
            html.Fieldset(
                [
                    html.Legend(kb.ui.symptoms_heading),
                    *[control("symptom", s.id, s.chip, full=s.label) for s in ordinary],
                ],
                className="symptoms",
            ),
            html.Fieldset(
                [
                    html.Legend(kb.ui.red_flag_symptoms_heading),
                    *[control("symptom", s.id, s.chip, full=s.label) for s in warning],
                ],
                className="symptoms warning-signs",
            ),
        ],
        className="symptom-panel",
    )


def create_results(kb: KnowledgeBase) -> html.Section:
    """The ranked candidates: kept in view while areas and symptoms change."""
    ui = kb.ui
    return html.Section(
        [
            html.H2(ui.candidates_heading),
            html.Div(
                html.P(ui.invitation),
                id=ids.INVITATION,
                className="invitation",
            ),
            html.Ol(id=ids.CANDIDATES, className="candidates"),
            html.P(
                id=ids.ANNOUNCER,
                className="announcer visually-hidden",
                role="status",
                **{"aria-live": "polite"},
            ),
            html.Div(
                [
                    html.Button(
                        ui.previous_candidate,
                        id=ids.PREVIOUS,
                        type="button",
                        className="action",
                    ),
                    html.Button(
                        ui.next_candidate,
                        id=ids.NEXT,
                        type="button",
                        className="action",
                    ),
                ],
                className="present-nav",
            ),
        ],
        className="results",
        **{"aria-label": ui.results_heading_short},
    )


def create_side_panel(kb: KnowledgeBase) -> html.Div:
    """Beside the map: its controls, the ranked list, then the symptom chips."""
    return html.Div(
        [create_toolbar(kb), create_results(kb), create_symptom_panel(kb)],
        className="side-panel",
    )


def create_details(kb: KnowledgeBase) -> html.Div:
    """Below the first screen: the explanation, the list of areas, the glossary."""
    return html.Div(
        [
            html.P(with_terms(kb, kb.ui.intro, set()), className="intro"),
            html.Article(
                id=ids.EXPLANATION,
                className="explanation",
                **{"aria-labelledby": "explanation-title"},
            ),
            html.Section(id=ids.HANDOUT, className="handout"),
            create_region_picker(kb),
            glossary_list(kb),
        ],
        className="details",
    )


def create_layout(kb: KnowledgeBase) -> html.Div:
    """The whole page; its state lives in the URL and the selection store."""
    labels = {r.id: r.name for r in kb.regions.values()}
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.SELECTION),
            dcc.Store(id=ids.VIEW_STATE),
            dcc.Store(id=ids.SELECTION_APPLIED),
            dcc.Store(id=ids.VIEW_APPLIED),
            dcc.Store(
                id=ids.LABELS,
                data={
                    "regions": labels,
                    "pattern": kb.ui.region_label,
                    "anatomical": {r.id: r.anatomical for r in kb.regions.values()},
                    "copied": kb.ui.share_copied,
                    "cues": {
                        "front": kb.ui.side_cue_front,
                        "back": kb.ui.side_cue_back,
                    },
                    "copyFailed": kb.ui.share_copy_failed,
                    "map": kb.ui.map_label,
                    "sides": {
                        "right": kb.ui.side_word_right,
                        "left": kb.ui.side_word_left,
                    },
                    "zooms": {z: getattr(kb.ui, f"zoom_{z}") for z in ZOOMS},
                    "zoomedTo": kb.ui.zoomed_to,
                },
            ),
            html.Div(
                id=ids.RED_FLAGS, className="red-flags", hidden=True, role="alert"
            ),
            create_header(kb),
            html.P(id=ids.NOTICE, className="notice", hidden=True),
            create_share_panel(kb),
            html.Main(
                [
                    create_map_panel(kb),
                    create_side_panel(kb),
                    create_details(kb),
                ],
                className="page-main",
            ),
        ],
        className="page",
    )
