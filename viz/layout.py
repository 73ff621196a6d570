"""Builders of the page: header, map panel, symptom boxes, results column."""

import json
from typing import Any

from dash import dcc, html, no_update
from dash.development.base_component import Component

from viz import ids
from viz.controls import action, control
from viz.drawing import drawing_name
from viz.glossary import glossary_list, with_terms
from viz.knowledge import KnowledgeBase
from viz.map_panel import (
    create_compare,
    create_map_panel,
    create_region_picker,
    create_toolbar,
)
from viz.urlstate import VIEWS, PageState

Element = Component

# What Clear sets: nothing selected, nothing shown in detail.
CLEARED: dict[str, Any] = {"areas": [], "symptoms": [], "condition": None}


def create_header(kb: KnowledgeBase) -> Element:
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


def create_actions(kb: KnowledgeBase) -> Element:
    """Clear, share, print and present: what a clinician does with the whole view."""
    ui = kb.ui
    return html.Div(
        [
            html.Nav(
                id=ids.LANGUAGES,
                className="languages",
                **{"aria-label": ui.language_label},
            ),
            control("voice", "clinician", ui.voice_label, **{"data-off": "patient"}),
            action(
                ui.clear,
                ids.CLEAR,
                **{"data-set": json.dumps(CLEARED, separators=(",", ":"))},
            ),
            action(
                ui.share_label,
                ids.SHARE,
                **{
                    "aria-expanded": "false",
                    "aria-controls": ids.SHARE_PANEL,
                    # the page script copies the address and says so there
                    "data-status": ids.SHARE_STATUS,
                    "data-copied": ui.share_copied,
                    "data-copy-failed": ui.share_copy_failed,
                },
            ),
            action(ui.print_label, ids.PRINT, **{"data-print": ""}),
            action(
                [
                    html.Span(ui.present_label, className="when-off"),
                    html.Span(ui.present_exit, className="when-on"),
                ],
                ids.PRESENT,
                **{"aria-pressed": "false"},
            ),
        ],
        className="actions",
    )


def create_share_panel(kb: KnowledgeBase) -> Element:
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


def create_symptom_panel(kb: KnowledgeBase) -> Element:
    """Symptom checkboxes, then the warning signs in their own group."""
    ordinary = [s for s in kb.symptoms.values() if not s.red_flag]
    warning = [s for s in kb.symptoms.values() if s.red_flag]
    return html.Section(
        [
            html.Fieldset(
                [
                    html.Legend(kb.ui.symptoms_heading),
                    *[symptom_control(s) for s in ordinary],
                ],
                className="symptoms",
            ),
            html.Fieldset(
                [
                    html.Legend(kb.ui.red_flag_symptoms_heading),
                    *[symptom_control(s) for s in warning],
                ],
                className="symptoms warning-signs",
            ),
        ],
        className="symptom-panel",
    )


def symptom_control(symptom: Any) -> Element:
    """A symptom's checkbox (docs/CONTRACT.md: data-symptom)."""
    return control(
        "symptoms",
        symptom.id,
        symptom.chip,
        full=symptom.label,
        **{"data-symptom": symptom.id},
    )


def create_results(kb: KnowledgeBase) -> Element:
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
            html.Div(id=ids.VERDICT, className="verdict"),
            html.Ol(id=ids.CANDIDATES, className="candidates"),
            html.Div(id=ids.ONLY_IF, className="only-if"),
            html.P(
                id=ids.ANNOUNCER,
                className="announcer visually-hidden",
                role="status",
                **{"aria-live": "polite"},
            ),
            # root or nerve, presented: filled while a root or nerve is chosen
            html.Div(id=ids.COMPARE_PRESENT, className="compare-present"),
            html.Div(
                [
                    action(ui.previous_step, ids.PREVIOUS),
                    action(ui.next_step, ids.NEXT),
                ],
                id=ids.PRESENT_NAV,
                className="present-nav",
            ),
        ],
        className="results",
        **{"aria-label": ui.results_heading_short},
    )


def create_side_panel(kb: KnowledgeBase) -> Element:
    """Beside the map: its controls, the ranked list, then the symptom chips."""
    return html.Div(
        [create_toolbar(kb), create_results(kb), create_symptom_panel(kb)],
        className="side-panel",
    )


def create_details(kb: KnowledgeBase) -> Element:
    """Below the first screen: the explanation, the list of areas, the glossary."""
    return html.Div(
        [
            html.P(with_terms(kb, kb.ui.intro, set()), className="intro"),
            html.Article(
                id=ids.EXPLANATION,
                className="explanation",
                **{"aria-labelledby": ids.EXPLANATION_TITLE},
            ),
            html.Section(id=ids.HANDOUT, className="handout"),
            create_region_picker(kb),
            create_compare(kb),
            glossary_list(kb),
        ],
        className="details",
    )


def create_body(kb: KnowledgeBase) -> list[Element]:
    """Everything a person sees, before any state is shown in it."""
    return [
        html.Div(id=ids.RED_FLAGS, className="red-flags", hidden=True, role="alert"),
        create_header(kb),
        html.P(id=ids.NOTICE, className="notice", hidden=True),
        create_share_panel(kb),
        html.Main(
            [create_map_panel(kb), create_side_panel(kb), create_details(kb)],
            className="page-main",
        ),
        html.Section(
            id=ids.MATRIX,
            hidden=True,
            className="matrix-panel",
            role="region",
            **{"aria-labelledby": ids.MATRIX_TITLE},
        ),
    ]


def script_data(kb: KnowledgeBase) -> dict[str, Any]:
    """What the map script shows that the server knows: names for accessible
    labels, short texts, each area's zoom part, the drawings, and every id."""
    ui = kb.ui
    return {
        "regions": {
            voice: {
                side: {
                    r.id: ui.region_label.format(
                        side=sided,
                        name=r.anatomical if voice == "clinician" else r.name,
                    )
                    for r in kb.regions.values()
                }
                for side, sided in (
                    ("right", ui.side_word_right),
                    ("left", ui.side_word_left),
                )
            }
            for voice in ("patient", "clinician")
        },
        "zoomOf": {r.id: r.zoom for r in kb.regions.values() if r.zoom},
        "zoomedTo": {
            part: ui.zoomed_to.format(part=name) for part, name in kb.zooms.items()
        },
        "whole": PageState().zoom,
        # what a choice left unset stands for: the first dermatome map
        "unset": {"dermatome_map": next(iter(kb.maps))},
        "map": ui.map_label,
        # per dermatome map (the default first), the file drawing each view
        "drawings": {
            m: {v: drawing_name(kb.with_map(m), v) for v in VIEWS} for m in kb.maps
        },
        # ISNCSCI key sensory points, named and explained when chosen
        "keyPoints": {
            d.id: ui.key_point_label.format(
                root=d.id, where=d.key_point.description.clinician
            )
            for d in kb.dermatomes.values()
        },
        # said when a key point is chosen: which, how it is tested, where from
        "keyPointSaid": {
            d.id: ui.key_point_label.format(
                root=d.id, where=d.key_point.description.clinician
            )
            + f". {ui.key_point_test} {ui.section} "
            + kb.source_title("isncsci")
            for d in kb.dermatomes.values()
        },
        "lang": kb.lang,
        "title": ui.title,
        "ids": ids.for_script(),
    }


def fill(node: object, values: dict[str, dict[str, Any]]) -> None:
    """Set, in a freshly built tree, the properties `values` gives per id."""
    if isinstance(node, list | tuple):
        for child in node:
            fill(child, values)
        return
    if not isinstance(node, Component):
        return
    for prop, value in values.get(getattr(node, "id", None) or "", {}).items():
        if value is not no_update:  # what a change leaves alone, the page omits
            setattr(node, prop, value)
    fill(getattr(node, "children", None), values)


def create_page(
    kb: KnowledgeBase,
    values: dict[str, dict[str, Any]],
    stores: dict[str, Any],
) -> list[Element]:
    """The page for one state: every part filled in, and the stores the map
    script and the callbacks share, holding the state and what the map shows."""
    body = create_body(kb)
    fill(body, values)
    return [
        *[dcc.Store(id=ident, data=data) for ident, data in stores.items()],
        *body,
    ]


def create_layout() -> html.Div:
    """What Dash renders first: the address, and the page it opens on, filled by
    one callback in the address's language (viz/callbacks.py, open_page)."""
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh=False),
            html.Div(id=ids.PAGE, className="page"),
        ]
    )
