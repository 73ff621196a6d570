"""The app factory: build a Dash app from a validated knowledge base."""

from pathlib import Path
from typing import Any

from dash import Dash
from flask import Response, request

from viz.callbacks import register_callbacks
from viz.content import load_knowledge_base
from viz.drawing import drawing_name
from viz.drawing.served import check as drawings_agree
from viz.handout import QR_PATH
from viz.knowledge import KnowledgeBase
from viz.layout import create_layout
from viz.matrix import as_csv
from viz.matrix_panel import CSV_PATH, PLOTLY_SCRIPTS
from viz.qr_route import qr_image
from viz.serving import configure_serving
from viz.urlstate import VIEWS, parse_query
from viz.views import for_state

ASSETS = Path(__file__).resolve().parent.parent / "assets"

# Dash's documented index template, with the page's language (the map script
# sets it from the address's once the page is open) and the default drawings,
# asked for while Dash starts (the map script fetches the same addresses).
INDEX = """<!DOCTYPE html>
<html lang="en">
<head>
{%metas%}
<title>{%title%}</title>
{%favicon%}
{%css%}
PRELOAD
</head>
<body>
{%app_entry%}
<footer>
{%config%}
{%scripts%}
{%renderer%}
</footer>
</body>
</html>"""


# What Dash's page configuration tells every visitor about the server that only
# its development tools read (the production renderer never does): versions.
DISCLOSED = (
    "dash_version",
    "python_version",
    "dash_version_url",
    "ddk_version",
    "plotly_version",
)


class Radiate(Dash):
    """Dash, with a page configuration that names no Python build or library
    version (an attacker's shortlist of known flaws)."""

    def _config(self) -> dict[str, Any]:
        config: dict[str, Any] = super()._config()
        for key in DISCLOSED:
            config.pop(key, None)
        return config


def create_app(kb: KnowledgeBase | None = None) -> Dash:
    """A Dash app serving Radiate; loads data/ unless a knowledge base is given."""
    kb = kb or load_knowledge_base()
    drawings_agree(kb)  # a stale or hand-edited drawing stops start-up by name
    app = Radiate(
        name=__name__,
        title=kb.ui.title,
        assets_folder=str(ASSETS),
        serve_locally=True,
        update_title="",  # no "Updating..." title
        meta_tags=[
            {"name": "viewport", "content": "width=device-width, initial-scale=1"},
            # what assets/matrix.js fetches ahead of the referral matrix
            {"name": "plotly-scripts", "content": " ".join(PLOTLY_SCRIPTS)},
        ],
        index_string=INDEX.replace(
            "PRELOAD",
            "\n".join(
                f'<link rel="preload" href="/assets/svg/{drawing_name(kb, view)}.svg"'
                ' as="fetch" crossorigin>'
                for view in VIEWS
            ),
        ),
        # the page is filled by the first callback: its ids are checked by
        # tests/test_render.py, not by sending the whole page to every browser
        suppress_callback_exceptions=True,
    )
    app.layout = create_layout()
    register_callbacks(app, kb)
    app.server.add_url_rule(
        CSV_PATH,
        "referral_matrix_csv",
        lambda: Response(  # for the map and the language the address names
            as_csv(
                for_state(kb, parse_query(kb, request.query_string.decode("latin-1")))
            ),
            mimetype="text/csv",
            headers={
                "Content-Disposition": 'attachment; filename="referral-matrix.csv"'
            },
        ),
    )
    app.server.add_url_rule(QR_PATH, "qr_image", qr_image(kb))
    configure_serving(app)
    return app
