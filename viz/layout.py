"""Builders of the page: header, map panel, symptom boxes, results column."""

import json
from dataclasses import dataclass
from typing import Any

from dash import dcc
from dash import html as dash_html

from viz import ids
from viz.controls import action, control
from viz.drawing import drawing_name
from viz.glossary import glossary_list, with_terms
from viz.knowledge import KnowledgeBase, per_knowledge_base
from viz.map_panel import (
    create_compare,
    create_map_panel,
    create_region_picker,
    create_toolbar,
)
from viz.markup import Element, html, to_html
from viz.urlstate import VIEWS, PageState


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
            control("voice", "clinician", ui.voice_label),
            action(ui.clear, ids.CLEAR),
            action(
                ui.share_label,
                ids.SHARE,
                **{"aria-expanded": "false", "aria-controls": ids.SHARE_PANEL},
            ),
            action(ui.print_label, ids.PRINT),
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
            html.Div(
                [
                    action(ui.previous_candidate, ids.PREVIOUS),
                    action(ui.next_candidate, ids.NEXT),
                ],
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
    ]


def script_data(kb: KnowledgeBase) -> dict[str, Any]:
    """What the page script needs from the server, besides the state: names for
    accessible labels, short texts, the page state's defaults and every id."""
    return {
        "regions": {r.id: r.name for r in kb.regions.values()},
        "pattern": kb.ui.region_label,
        "anatomical": {r.id: r.anatomical for r in kb.regions.values()},
        "copied": kb.ui.share_copied,
        "cues": {"front": kb.ui.side_cue_front, "back": kb.ui.side_cue_back},
        "copyFailed": kb.ui.share_copy_failed,
        "map": kb.ui.map_label,
        "sides": {"right": kb.ui.side_word_right, "left": kb.ui.side_word_left},
        "zooms": kb.zooms,
        # per dermatome map (the default first), the file drawing each view
        "drawings": {
            m: {v: drawing_name(kb.with_map(m), v) for v in VIEWS} for m in kb.maps
        },
        # ISNCSCI key sensory points, named and explained when chosen
        "keyPoints": {
            d.id: kb.ui.key_point_label.format(
                root=d.id, where=d.key_point.description.clinician
            )
            for d in kb.dermatomes.values()
        },
        "keyPointTest": f"{kb.ui.key_point_test} {kb.ui.section} "
        + kb.source_title("isncsci"),
        "zoomedTo": kb.ui.zoomed_to,
        # the page state's defaults: the script keeps no copy
        "defaults": PageState().to_store(),
        "ids": ids.for_script(),
    }


def json_for_html(value: object) -> str:
    """JSON safe inside a <script type="application/json"> element."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@dataclass(frozen=True)
class Skeleton:
    """The page's HTML cut around the parts that change with the state: the
    static pieces, and between each two, one empty container to fill."""

    pieces: tuple[str, ...]
    containers: tuple[Element, ...]


SLOT = "\x00"  # never in escaped text: cuts the static HTML at each container


@per_knowledge_base
def skeleton(kb: KnowledgeBase, filled: frozenset[str]) -> Skeleton:
    """Written once per knowledge base: every element but the filled ones."""
    containers: list[Element] = []

    def cut(node: object) -> object:  # in page order
        if isinstance(node, list | tuple):
            return [cut(child) for child in node]
        if isinstance(node, Element):
            if node.props.get("id") in filled:
                containers.append(node)
                return SLOT
            node.children = cut(node.children)
        return node

    pieces = tuple(to_html(cut(create_body(kb))).split(SLOT))
    if len(pieces) != len(containers) + 1:
        raise ValueError("page text holds the slot character")
    return Skeleton(pieces, tuple(containers))


@per_knowledge_base
def script_json(kb: KnowledgeBase) -> str:
    """The page script's data without the state, as JSON ending in '}'."""
    return json_for_html(script_data(kb))


def page_html(
    kb: KnowledgeBase, values: dict[str, dict[str, Any]], start: dict[str, Any]
) -> str:
    """The page as HTML for one state: its parts filled in, and the data the page
    script starts from (the state, what the map shows) in a JSON element."""
    frame = skeleton(kb, frozenset(values))
    parts = [frame.pieces[0]]
    for container, piece in zip(frame.containers, frame.pieces[1:], strict=True):
        props = container.props | values[container.props["id"]]
        children = props.pop("children", container.children)
        parts += [to_html(Element(container.name, children, **props)), piece]
    data = script_json(kb)[:-1] + ',"start":' + json_for_html(start) + "}"
    return (
        "".join(parts)
        + f'<script type="application/json" id="{ids.PAGE_DATA}">{data}</script>'
    )


def create_layout(kb: KnowledgeBase) -> dash_html.Div:
    """What Dash renders: the hidden elements the page script and the callbacks
    exchange through (the page itself is sent as HTML), and the clinician
    panels, which Dash fills when one is opened."""
    return dash_html.Div(
        [
            dash_html.Div(id=ids.SELECTION, hidden=True),
            dash_html.Div(id=ids.ANSWER, hidden=True),
            dash_html.Div(id=ids.SHARE_REQUEST, hidden=True),
            dash_html.Div(id=ids.SHARE_ANSWER, hidden=True),
            dash_html.Div(id=ids.MATRIX_REQUEST, hidden=True),
            dash_html.Section(
                id=ids.MATRIX,
                hidden=True,
                className="matrix-panel",
                role="region",
                **{"aria-labelledby": ids.MATRIX_TITLE},
            ),
            dcc.Store(id=ids.READY, data=True),
        ]
    )
