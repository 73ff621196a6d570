"""The floor: the least a Dash app can be, one button and one callback.

It is served with the same stack as Radiate (configure_serving: compression,
caching, headers), so a comparison measures the page and not the server setup.
`gunicorn benchmarks.floor_app:server` serves it.
"""

from dash import Dash, Input, Output, html

from viz.serving import configure_serving


def create_floor_app() -> Dash:
    """A button and a div; the callback writes the click count into the div."""
    app = Dash(__name__, serve_locally=True, update_title=None, assets_ignore=".*")
    app.layout = html.Div(
        [
            html.Button("Tap", id="tap", type="button"),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("tap", "n_clicks"))
    def show(clicks: int | None) -> str:
        return f"clicked {clicks or 0}"

    configure_serving(app)
    return app


app = create_floor_app()
server = app.server
