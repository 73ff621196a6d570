"""The app factory: build a Dash app from a validated knowledge base."""

from pathlib import Path
from typing import Any

from dash import Dash
from flask import Response, request

from viz.callbacks import for_state, page, register_callbacks
from viz.content import load_knowledge_base
from viz.knowledge import KnowledgeBase
from viz.layout import create_layout
from viz.matrix import as_csv
from viz.matrix_panel import CSV_PATH
from viz.serving import configure_serving
from viz.urlstate import parse_query

ASSETS = Path(__file__).resolve().parent.parent / "assets"

# The page is sent as HTML with its state already shown: no round trip before
# the first paint, and React renders only the stores the callbacks exchange.
PAGE = "{%page%}"
INDEX = f"""<!DOCTYPE html>
<html lang="{{%lang%}}">
<head>
{{%metas%}}
<title>{{%title%}}</title>
{{%favicon%}}
{{%css%}}
</head>
<body>
<div class="page">{PAGE}</div>
{{%app_entry%}}
<footer>
{{%config%}}
{{%scripts%}}
{{%renderer%}}
</footer>
</body>
</html>"""


class Radiate(Dash):
    """Dash, sending each address its page with the state already shown."""

    def __init__(self, kb: KnowledgeBase, **kwargs: Any):
        super().__init__(**kwargs)
        self.kb = kb

    def interpolate_index(self, **kwargs: Any) -> str:  # type: ignore[override]
        """Dash's documented hook for the index page: ours fills in the page."""
        # Dash's hidden "Loading..." placeholder says nothing in any language
        kwargs["app_entry"] = kwargs.get("app_entry", "").replace("Loading...", "")
        text = super().interpolate_index(**kwargs)
        lang, body = page(self.kb, request.query_string.decode("latin-1"))
        return text.replace("{%lang%}", lang, 1).replace(PAGE, body)


def create_app(kb: KnowledgeBase | None = None) -> Dash:
    """A Dash app serving Radiate; loads data/ unless a knowledge base is given."""
    kb = kb or load_knowledge_base()
    app = Radiate(
        kb,
        name=__name__,
        title=kb.ui.title,
        assets_folder=str(ASSETS),
        serve_locally=True,
        update_title=None,  # None: no "Updating..." title
        meta_tags=[
            {"name": "viewport", "content": "width=device-width, initial-scale=1"}
        ],
        index_string=INDEX,
    )
    app.layout = create_layout(kb)
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
    configure_serving(app)
    # Fill the knowledge base's caches (pathways, reach, the page's skeleton)
    # before gunicorn forks, so no worker pays for them on a visitor's request.
    everything = {"areas": ",".join(kb.regions), "symptoms": ",".join(kb.symptoms)}
    for lang in kb.languages:  # each language's page is its own
        app.server.test_client().get("/", query_string={**everything, "lang": lang})
    return app
