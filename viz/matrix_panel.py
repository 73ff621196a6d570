"""The referral matrix panel: a heatmap (plotly), its table, its CSV file.

Rendered by Dash only when a clinician opens it (`panel=matrix`); plotly.js
and Dash's graph chunk are never part of the first screen (assets/matrix.js
fetches them once the page is idle, or as the button is reached).
"""

import json
from typing import Any

from dash import dcc, html

from viz import ids
from viz.knowledge import KnowledgeBase
from viz.matrix import HOW, referral_matrix
from viz.matrix_figure import figure, geometry, how_words, labels, ticks
from viz.urlstate import PageState

CSV_NAME = "referral-matrix.csv"
CSV_PATH = f"/{CSV_NAME}"


# Dash's graph code and plotly.js, which Dash loads when a graph first renders
# (unless window.Plotly exists), at the addresses it asks for: assets/matrix.js
# fetches them ahead of the matrix (viz/factory.py writes them in the page).
PLOTLY_SCRIPTS = (
    "/_dash-component-suites/dash/dcc/async-graph.js",
    "/_dash-component-suites/plotly/package_data/plotly.min.js",
)


def shade(how: str) -> dict[str, Any]:
    """The attribute the stylesheet colours a key's swatch by."""
    return {"data-how": how}


def key(kb: KnowledgeBase) -> html.Ul:
    """What each shade means, strongest first: beside the heatmap, never cut."""
    words = how_words(kb)
    return html.Ul(
        [
            html.Li([html.Span(className="matrix-swatch", **shade(h)), words[h]])
            for h in HOW
        ],
        className="matrix-key",
    )


def table(kb: KnowledgeBase, state: PageState) -> html.Table:
    """The same content as an HTML table, for screen readers and print."""
    frame = referral_matrix(kb)
    rows, columns = labels(kb, state)
    words = how_words(kb)
    head = html.Tr([html.Th(""), *[html.Th(c, scope="col") for c in columns]])
    body = [
        html.Tr(
            [html.Th(rows[i], scope="row")] + [html.Td(words[v]) for v in frame.iloc[i]]
        )
        for i in range(frame.shape[0])
    ]
    return html.Table(
        [html.Caption(kb.ui.matrix_heading), html.Thead(head), html.Tbody(body)],
        className="matrix-table",
    )


def csv_address(state: PageState) -> str:
    """The CSV of the matrix the panel shows: its dermatome map, its language."""
    keep = {"dermatome_map": state.dermatome_map, "lang": state.lang}
    chosen = PageState().model_copy(update=keep)
    return CSV_PATH + chosen.to_query()


def panel(kb: KnowledgeBase, state: PageState) -> list:
    """What the open panel shows."""
    ui = kb.ui
    closing: dict[str, Any] = {"data-set": json.dumps({"panel": None})}
    # scrolled sideways, assets/matrix.js holds the row names in view
    scrolling: dict[str, Any] = {"data-holds-labels": ""}
    size = geometry(*ticks(kb, state))
    return [
        html.Div(
            [
                html.H2(ui.matrix_heading, id=ids.MATRIX_TITLE, tabIndex=-1),
                html.Button(
                    ui.matrix_close,
                    id=ids.MATRIX_CLOSE,
                    type="button",
                    className="action",
                    **closing,
                ),
            ],
            className="matrix-head",
        ),
        html.P(ui.matrix_intro),
        key(kb),
        html.Div(
            dcc.Graph(
                id=ids.MATRIX_GRAPH,
                figure=figure(kb, state),
                # no tool bar: its tips are plotly's own English; the CSV and the
                # table below give the same content. As wide as the panel, its
                # height fixed by the rows.
                config={"displayModeBar": False, "staticPlot": False},
                responsive=True,
                style={
                    "minWidth": f"{size['min_width']}px",
                    "height": f"{size['height']}px",
                },
            ),
            className="matrix-scroll",
            **scrolling,
        ),
        html.A(ui.matrix_csv, href=csv_address(state), download=CSV_NAME),
        html.Details([html.Summary(ui.matrix_table), table(kb, state)]),
    ]
