"""The same-size app: one button and one callback whose answer is as big as
Radiate's answer to the benchmark's tap.

Radiate's answer (its `update` callback, after one area is tapped on the empty
page) is measured through the Flask test client: how many components the JSON
holds and how many characters it is long. This app's callback answers a nested
html.Div/Span tree of as many components, its words filling the answer to the
same length, so a comparison measures how Radiate's page takes an answer, not
the answer's size. It is measured when the app is built, so it follows Radiate.
`gunicorn 'benchmarks.same_size_app:create_server()'` serves it.
"""

import json
import random

from dash import Dash, Input, Output, html
from dash.development.base_component import Component
from flask import Flask

from benchmarks.harness import renderer_body
from viz import ids
from viz.factory import create_app
from viz.serving import configure_serving
from viz.urlstate import PageState

TAPPED = "knee_medial"  # the area benchmarks/page.py taps on the empty page
BRANCHING = 4  # children per Div in the generated tree
UPDATE = "/_dash-update-component"


def components(node: object) -> int:
    """How many components a callback answer (parsed JSON) holds."""
    if isinstance(node, list):
        return sum(components(n) for n in node)
    if not isinstance(node, dict):
        return 0
    own = {"type", "namespace", "props"} <= node.keys()
    return own + sum(components(v) for v in node.values())


def answer_size(answer: str) -> tuple[int, int]:
    """(components, characters) of a callback answer."""
    return components(json.loads(answer)), len(answer)


def answer_to_tap(app: Dash, output: str, value: object) -> str:
    """The server's answer, as text, to the callback setting `output` when its
    first input takes `value`."""
    client = app.server.test_client()
    dependencies = client.get("/_dash-dependencies").get_json()
    callback = next(d for d in dependencies if f"{output}." in d["output"])
    answer = client.post(UPDATE, json=renderer_body(callback, [value]))
    assert answer.status_code == 200, answer.status_code
    return answer.get_data(as_text=True)


def radiate_answer() -> str:
    """Radiate's answer to the benchmark's tap: the page's parts for one area."""
    tapped = PageState().to_store() | {"areas": [TAPPED]}
    return answer_to_tap(create_app(), ids.CANDIDATES, tapped)


def tree(words: list[str]) -> Component:
    """One component per word, nested BRANCHING wide: a Div holds its word and
    its children, a Span (a leaf) its word alone."""

    def node(k: int) -> Component:
        first = BRANCHING * k + 1
        kids = [node(c) for c in range(first, min(first + BRANCHING, len(words)))]
        return html.Div([words[k], *kids]) if kids else html.Span(words[k])

    return node(0)


def filler(count: int, chars: int) -> list[str]:
    """count texts of plain words, chars characters in all (no JSON escapes)."""
    rng = random.Random(0)
    text = ""
    while len(text) < chars:
        text += "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 9)))
        text += " "
    cuts = [chars * k // count for k in range(count + 1)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]


def create_same_size_app(words: list[str]) -> Dash:
    """A button and a div; a click answers the tree of `words` into the div."""
    app = Dash(__name__, serve_locally=True, update_title=None, assets_ignore=".*")
    app.layout = html.Div(
        [html.Button("Tap", id="tap", type="button"), html.Div(id="out")]
    )

    @app.callback(
        Output("out", "children"), Input("tap", "n_clicks"), prevent_initial_call=True
    )
    def answer(_: int | None) -> Component:
        return tree(words)  # built per call, as Radiate builds its parts

    configure_serving(app)
    return app


def create_server() -> Flask:
    """The app answering as many components and characters as Radiate's tap."""
    count, chars = answer_size(radiate_answer())
    empty = answer_to_tap(create_same_size_app([""] * count), "out", 1)
    app = create_same_size_app(filler(count, chars - len(empty)))
    assert answer_size(answer_to_tap(app, "out", 1)) == (count, chars)
    return app.server
