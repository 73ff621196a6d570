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


def control(group: str, value: str, text: str, kind: str = "checkbox") -> html.Label:
    """A labelled checkbox or radio; the page script puts the real <input> in it.

    Dash has no <input> element in dash.html, and dcc.Checklist cannot carry
    data-symptom on its inputs, so the script creates them from these attributes.
    """
    return html.Label(
        html.Span(text, className="control-text"),
        className="control",
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
    """View, side and layer toggles, and a button that clears the selection."""
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
        **{"aria-label": ui.areas_heading},
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
                ui.present_label,
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


def create_map_panel(kb: KnowledgeBase) -> html.Section:
    """The drawing, which side it shows, and the list alternative to it."""
    return html.Section(
        [
            html.H2(kb.ui.areas_heading, className="visually-hidden"),
            html.P(id=ids.SIDE_CUE, className="side-cue"),
            html.P(
                id=ids.ANNOUNCER,
                className="announcer",
                role="status",
                **{"aria-live": "polite"},
            ),
            _toggle_group(
                "zoom",
                kb.ui.zoom_label,
                [
                    ("whole", kb.ui.zoom_whole),
                    ("thigh", kb.ui.zoom_thigh),
                    ("knee", kb.ui.zoom_knee),
                    ("leg", kb.ui.zoom_leg),
                    ("foot", kb.ui.zoom_foot),
                ],
            ),
            html.Div(
                id=ids.MAP,
                className="map",
                **{"data-view": "front", "data-side": "right"},
            ),
            create_legend(kb),
            create_region_picker(kb),
        ],
        className="map-panel",
        **{"aria-label": kb.ui.areas_heading},
    )


def create_legend(kb: KnowledgeBase) -> html.Ul:
    """What the stripes, outlines and lines on the map mean."""
    ui = kb.ui
    keys = [
        ("selected", ui.legend_selected),
        ("typical", ui.legend_typical),
        ("pathway", ui.legend_pathway),
        ("nerve", ui.legend_nerve),
    ]
    return html.Ul(
        [
            html.Li([html.Span(className=f"swatch swatch-{key}"), text])
            for key, text in keys
        ],
        className="legend",
    )


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
                    *[control("symptom", s.id, s.label) for s in ordinary],
                ],
                className="symptoms",
            ),
            html.Fieldset(
                [
                    html.Legend(kb.ui.red_flag_symptoms_heading),
                    *[control("symptom", s.id, s.label) for s in warning],
                ],
                className="symptoms warning-signs",
            ),
        ],
        className="symptom-panel",
    )


def create_results(kb: KnowledgeBase) -> html.Section:
    """The ranked candidates and the explanation of the one shown."""
    return html.Section(
        [
            html.H2(kb.ui.candidates_heading),
            html.Div(
                [html.P(kb.ui.invitation), html.P(with_terms(kb, kb.ui.intro, set()))],
                id=ids.INVITATION,
                className="invitation",
            ),
            html.Ol(id=ids.CANDIDATES, className="candidates"),
            html.Article(
                id=ids.EXPLANATION,
                className="explanation",
                **{"aria-labelledby": "explanation-title"},
            ),
            html.Section(id=ids.HANDOUT, className="handout"),
            glossary_list(kb),
        ],
        className="results",
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
                },
            ),
            html.Div(
                id=ids.RED_FLAGS, className="red-flags", hidden=True, role="alert"
            ),
            create_header(kb),
            html.P(id=ids.NOTICE, className="notice", hidden=True),
            html.Main(
                [
                    create_toolbar(kb),
                    create_share_panel(kb),
                    create_map_panel(kb),
                    create_symptom_panel(kb),
                    create_results(kb),
                ],
                className="page-main",
            ),
        ],
        className="page",
    )
