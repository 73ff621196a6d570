"""The app factory: build a Dash app from a validated knowledge base."""

from pathlib import Path

from dash import Dash

from viz.callbacks import register_callbacks
from viz.components import in_name_order
from viz.content import load_knowledge_base
from viz.knowledge import KnowledgeBase
from viz.layout import create_layout
from viz.serving import configure_serving

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def create_app(kb: KnowledgeBase | None = None) -> Dash:
    """A Dash app serving Radiate; loads data/ unless a knowledge base is given."""
    kb = kb or load_knowledge_base()
    app = Dash(
        __name__,
        title=kb.ui.title,
        assets_folder=str(ASSETS),
        serve_locally=True,
        update_title=None,  # type: ignore[arg-type]  # None: no "Updating..." title
        meta_tags=[
            {"name": "viewport", "content": "width=device-width, initial-scale=1"}
        ],
    )
    # The page's language, for screen readers and hyphenation.
    app.index_string = app.index_string.replace("<html>", '<html lang="en">', 1)
    app.layout = in_name_order(create_layout(kb))
    register_callbacks(app, kb)
    configure_serving(app)
    # Dash registers its script bundles while rendering the page, in the process
    # that renders it. Render once now, before gunicorn forks (and again in any
    # recycled worker), so that no worker answers a first visitor's scripts 404.
    app.server.test_client().get("/")
    return app
