"""Thin callbacks: translate between the page and the pure reasoning and builders.

The address opens the page (open_page); every later change is the selection
store's (update), written by the map script and by the matrix. The map script's
painters run in the browser (assets/radiate.js), each from one store.
"""

from typing import Any

from dash import (
    ClientsideFunction,
    Dash,
    Input,
    Output,
    State,
    clientside_callback,
    no_update,
)

from viz import ids
from viz.knowledge import KnowledgeBase
from viz.layout import create_page, script_data
from viz.matrix_panel import panel as matrix_panel
from viz.share import page_url, share_panel
from viz.urlstate import from_store, parse_query, to_query
from viz.views import for_state, ignored_notice, parts_for, shown_parts

# assets/radiate.js registers its painters on window.dash_clientside under this.
CLIENTSIDE = "radiate"


def page(kb: KnowledgeBase, search: object) -> list:
    """The page for an address: the state it names shown in the address's
    language, with the notice naming what the address held that was ignored."""
    state = parse_query(kb, search)
    kb = for_state(kb, state)
    parts = parts_for(kb, state)
    values = shown_parts(parts)
    if state.ignored:
        notice = ignored_notice(kb, state.ignored)
        values[ids.NOTICE] = {"children": notice, "hidden": False}
    if state.panel:
        values[ids.MATRIX] = {"children": matrix_panel(kb, state), "hidden": False}
    stores = {
        ids.SELECTION: state.to_store(),
        ids.VIEW: parts["view"],
        ids.MAP_TEXT: script_data(kb),
    }
    return create_page(kb, values, stores)


def _outputs() -> list[Output]:
    """Every property a change of state sets, in the order parts_for names them."""
    return [
        Output(element, prop)
        for element, props in shown_parts(None).items()
        for prop in props
    ]


def register_callbacks(app: Dash, kb: KnowledgeBase) -> None:
    """Wire the page to the knowledge base."""
    outputs = _outputs()

    @app.callback(Output(ids.PAGE, "children"), Input(ids.URL, "search"))
    def open_page(search: object) -> list:
        return page(kb, search)

    @app.callback(
        *outputs,
        Output(ids.VIEW, "data"),
        Output(ids.MATRIX, "children"),
        Output(ids.MATRIX, "hidden"),
        Input(ids.SELECTION, "data"),
        prevent_initial_call=True,
    )
    def update(data: object) -> list:
        """Every part of the page for the new state, in one answer; the matrix
        is drawn only while it is open."""
        state = from_store(kb, data)
        kb_shown = for_state(kb, state)
        parts = parts_for(kb_shown, state)
        values = shown_parts(parts)
        opened = state.panel == "matrix"
        return [
            *(v for props in values.values() for v in props.values()),
            parts["view"],
            matrix_panel(kb_shown, state) if opened else no_update,
            not opened,
        ]

    @app.callback(
        Output(ids.SELECTION, "data", allow_duplicate=True),
        Output(ids.MAP, "data-pointed"),
        Input(ids.MATRIX_GRAPH, "clickData"),
        State(ids.SELECTION, "data"),
        prevent_initial_call=True,
    )
    def matrix_cell(click: object, data: object) -> tuple[Any, Any]:
        """A tap on a cell shows that source, on the view that draws the area,
        and points at the area."""
        cell = _cell(click)
        state = from_store(kb, data)
        if not cell or cell[0] not in kb.regions or cell[1] not in kb.conditions:
            return no_update, no_update
        views = kb.regions[cell[0]].views
        view = state.view if state.view in views else views[0]
        update = {"panel": None, "condition": cell[1], "view": view}
        return state.model_copy(update=update).to_store(), cell[0]

    @app.callback(
        Output(ids.SHARE_PANEL, "children"),
        Output(ids.SHARE_PANEL, "hidden"),
        Output(ids.SHARE, "aria-expanded"),
        Input(ids.SHARE, "n_clicks"),
        State(ids.SELECTION, "data"),
        prevent_initial_call=True,
    )
    def share(_: object, data: object) -> tuple[list, bool, str]:
        state = from_store(kb, data)
        url = page_url(to_query(state))
        return share_panel(for_state(kb, state), url), False, "true"

    clientside_callback(
        ClientsideFunction(CLIENTSIDE, "paint"),
        Output(ids.MAP, "data-query"),
        Input(ids.MAP_TEXT, "data"),
        Input(ids.SELECTION, "data"),
        Input(ids.VIEW, "data"),
        Input(ids.MAP, "data-pointed"),
    )


def _cell(click: object) -> list[str] | None:
    """(region, condition) of a heatmap click: its point's customdata."""
    try:
        text = click["points"][0]["customdata"]  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        return None
    parts = text.split(" ") if isinstance(text, str) else []
    return parts if len(parts) == 2 else None
