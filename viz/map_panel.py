"""Builders of the map panel: the drawing's frame, its controls, key and list."""

import json

from dash import html
from dash.development.base_component import Component as Element

from viz import ids
from viz.controls import action, control, toggle_group
from viz.knowledge import KnowledgeBase


def create_toolbar(kb: KnowledgeBase) -> Element:
    """View, side and layer toggles: one compact bar beside the map."""
    ui = kb.ui
    return html.Div(
        [
            toggle_group(
                "view",
                ui.view_label,
                [("front", ui.view_front), ("back", ui.view_back)],
            ),
            toggle_group(
                "side",
                ui.side_label,
                [("right", ui.side_right), ("left", ui.side_left)],
            ),
            toggle_group(
                "layers",
                ui.layers_label,
                [
                    ("nerves", ui.layer_nerves),
                    ("dermatomes", ui.layer_dermatomes),
                    ("chain", ui.layer_chain),
                ],
                "checkbox",
            ),
            action(
                ui.matrix_label,
                ids.MATRIX_OPEN,
                className="action clinician-tool",
                **{
                    "aria-controls": ids.MATRIX,
                    "data-set": json.dumps({"panel": "matrix"}),
                    # reached, it has assets/matrix.js fetch plotly.js early
                    "data-fetch-plotly": "",
                },
            ),
        ],
        className="toolbar",
        role="group",
        **{"aria-label": ui.map_controls},
    )


def create_map_panel(kb: KnowledgeBase) -> Element:
    """The drawing, which side it shows, its zoom and its key."""
    return html.Section(
        [
            html.H2(kb.ui.areas_heading, className="visually-hidden"),
            html.Div(
                [
                    # where to start, right above the drawing, until a tap
                    html.P(kb.ui.start_line, className="start-line"),
                    html.P(id=ids.SIDE_CUE, className="side-cue"),
                ],
                className="map-caption",
            ),
            html.Div(
                [
                    html.Div(
                        id=ids.MAP,
                        className="map",
                        **{"data-view": "front", "data-side": "right"},
                    ),
                    # the other view beside it where the screen is wide enough;
                    # a copy for the eye and the finger, the map above being
                    # the one keyboards and screen readers use
                    html.Div(
                        id=ids.MAP_TWIN,
                        className="map map-twin",
                        **{"aria-hidden": "true"},
                    ),
                ],
                className="maps",
            ),
            html.P(
                id=ids.MAP_STATUS,
                className="map-status",
                role="status",
                **{"aria-live": "polite"},
            ),
            html.Div(
                [
                    toggle_group("zoom", kb.ui.zoom_label, list(kb.zooms.items())),
                    # shown while the skin bands are: which published map draws them
                    toggle_group(
                        "dermatome_map",
                        kb.ui.dermatome_map_label,
                        [(m.id, m.name) for m in kb.maps.values()],
                    ),
                ],
                className="map-side",
            ),
            create_legend(kb),
        ],
        id=ids.MAP_PANEL,
        className="map-panel",
        **{"aria-label": kb.ui.areas_heading},
    )


def create_legend(kb: KnowledgeBase) -> Element:
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
            text,  # the stylesheet draws each key's swatch before its text
            **({"data-for-layer": layer} if layer else {}),
            **{"data-key": key},
        )
        for key, text, layer in keys
    ]
    items += [
        html.Li(text, **{"data-key": key, "data-for-compare": ""})
        for key, text in (
            ("compare-root", ui.legend_root_only),
            ("compare-nerve", ui.legend_nerve_only),
            ("compare-both", ui.legend_both),
        )
    ]
    items.append(html.Li(ui.legend_differs, **{"data-key": "differs"}))
    bands = html.Li(
        [
            html.Span(id=ids.LEGEND_MAP),  # names the map drawn (filled per state)
            *[
                html.Span(d, className="band-chip", **{"data-band": d})
                for d in kb.dermatomes
            ],
        ],
        className="legend-bands",
        **{"data-for-layer": "dermatomes", "data-key": "dermatomes"},
    )
    return html.Ul([*items, bands], className="legend")


def create_region_picker(kb: KnowledgeBase) -> Element:
    """A plain list of every area, for anyone who cannot use the map."""
    items = [html.Li(control("areas", r.id, r.name)) for r in kb.regions.values()]
    return html.Details(
        [html.Summary(kb.ui.picker_heading), html.Ul(items, className="picker-list")],
        id=ids.REGION_PICKER,
        className="region-picker",
    )


def choice(name: str, label: str, options: list[tuple[str, str]], none: str) -> Element:
    """A labelled drop-down list; the page script selects the state's value."""
    return html.Label(
        [
            html.Span(label),
            html.Select(
                [
                    html.Option(none, value=""),
                    *[html.Option(t, value=v) for v, t in options],
                ],
                name=name,
            ),
        ],
        className="compare-choice",
    )


def create_compare(kb: KnowledgeBase) -> Element:
    """Root or nerve: pick a root and a nerve to see both territories at once."""
    ui = kb.ui
    return html.Details(
        [
            html.Summary(ui.compare_heading),
            html.P(ui.compare_intro),
            choice(
                "root",
                ui.compare_root,
                [(d, d) for d in kb.dermatomes],
                ui.compare_none,
            ),
            choice(
                "nerve",
                ui.compare_nerve,
                [(n.id, n.name) for n in kb.nerves.values()],
                ui.compare_none,
            ),
            html.P(id=ids.COMPARE_SUMMARY, className="compare-summary", role="status"),
            html.Div(id=ids.COMPARE_SIGNS, className="compare-signs"),
            html.Div(id=ids.COMPARE_MAPS, className="compare-maps"),
        ],
        id=ids.COMPARE,
        className="compare",
    )
