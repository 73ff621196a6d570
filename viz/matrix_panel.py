"""The referral matrix panel: a heatmap (plotly), its table, its CSV file.

Rendered by Dash only when a clinician opens it (`panel=matrix`), so plotly.js
is fetched then and never for the first screen.
"""

import json
from typing import Any

import plotly.graph_objects as go
from dash import dcc, html

from viz import ids
from viz.knowledge import KnowledgeBase
from viz.matrix import HOW, pathways, referral_matrix
from viz.palette import MATRIX
from viz.urlstate import PageState

CSV_NAME = "referral-matrix.csv"
CSV_PATH = f"/{CSV_NAME}"


def how_words(kb: KnowledgeBase) -> dict[str, str]:
    """Each cell value in words."""
    ui = kb.ui
    words = {
        "source": ui.how_source,
        "typical": ui.how_typical,
        "pathway": ui.how_pathway,
        "chain": ui.how_chain,
        "none": ui.how_none,
    }
    return {how: words[how] for how in HOW}


def labels(kb: KnowledgeBase, state: PageState) -> tuple[list[str], list[str]]:
    """Row and column names in the state's voice; the selected areas marked."""
    clinician = state.voice == "clinician"
    rows = [
        (r.anatomical if clinician else r.name)
        + (f" ({kb.ui.matrix_your_area})" if r.id in state.areas else "")
        for r in kb.regions.values()
    ]
    columns = [
        c.clinician_name if clinician else c.name for c in kb.conditions.values()
    ]
    return rows, columns


def figure(kb: KnowledgeBase, state: PageState) -> go.Figure:
    """The heatmap: strongest reach darkest; hover in the state's voice; each cell
    carries 'region condition' for the page script's click handler."""
    frame, named = referral_matrix(kb), pathways(kb)
    rows, columns = labels(kb, state)
    words = how_words(kb)
    level = {how: len(HOW) - 1 - i for i, how in enumerate(HOW)}  # none 0 .. source 4
    hover = [
        [
            kb.ui.matrix_hover.format(
                region=rows[i],
                condition=columns[j],
                how=words[frame.iat[i, j]],
                pathway=named.iat[i, j],
            )
            for j in range(frame.shape[1])
        ]
        for i in range(frame.shape[0])
    ]
    steps = len(HOW) - 1
    scale = [
        [bound, colour]
        for k, colour in enumerate(MATRIX)
        for bound in (k / len(MATRIX), (k + 1) / len(MATRIX))
    ]
    fig = go.Figure(
        go.Heatmap(
            z=[[level[v] for v in row] for row in frame.to_numpy()],
            x=columns,
            y=rows,
            text=hover,
            hoverinfo="text",
            customdata=[[f"{r} {c}" for c in frame.columns] for r in frame.index],
            colorscale=scale,
            zmin=-0.5,
            zmax=steps + 0.5,
            xgap=2,
            ygap=2,
            colorbar={
                "tickvals": list(range(len(HOW))),
                "ticktext": [words[h] for h in reversed(HOW)],
            },
        )
    )
    fig.update_layout(
        height=150 + 30 * len(rows),
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        yaxis={"autorange": "reversed", "automargin": True},
        xaxis={"side": "top", "tickangle": -40, "automargin": True},
        font={"size": 14},
    )
    return fig


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
        html.A(ui.matrix_csv, href=csv_address(state), download=CSV_NAME),
        dcc.Graph(
            id=ids.MATRIX_GRAPH,
            figure=figure(kb, state),
            # no tool bar: its tips are plotly's own English; the CSV and the
            # table below give the same content
            config={"displayModeBar": False, "responsive": True},
        ),
        html.Details([html.Summary(ui.matrix_table), table(kb, state)]),
    ]
