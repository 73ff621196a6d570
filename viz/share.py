"""The share panel: the page's address as text and as a QR code made here,
the same code the handout's image shows (viz/qr_route.py)."""

import base64
import io
from functools import lru_cache

import segno
from dash import dcc, html
from dash.development.base_component import Component as Element

from viz import ids
from viz.knowledge import KnowledgeBase
from viz.origin import link_origin
from viz.urlstate import MAX_QUERY


def page_url(query: str) -> str:
    """The absolute address of the page in a state, at the configured public
    origin (PUBLIC_URL), never at whatever Host a request named: without
    one, at the loopback address the page was opened at."""
    return link_origin() + (query[:MAX_QUERY] if query.startswith("?") else "")


@lru_cache(maxsize=256)
def qr_svg(url: str) -> bytes:
    """The QR code of an address as an SVG document, black on white, made here
    (no outside service); segno keeps its automatic mask choice, the one that
    scans best once printed. A state's code never changes: the last made are
    kept."""
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", scale=4, border=2)
    return out.getvalue()


def qr_data_uri(url: str) -> str:
    """The same code as an inline image, for the share panel."""
    return "data:image/svg+xml;base64," + base64.b64encode(qr_svg(url)).decode()


def share_panel(kb: KnowledgeBase, url: str) -> list[Element]:
    """The link to copy, its QR code, and what they are for."""
    return [
        html.H2(kb.ui.share_heading),
        html.Img(
            src=qr_data_uri(url), alt=url, className="qr", width="180", height="180"
        ),
        html.Label(
            [
                html.Span(kb.ui.share_heading, className="visually-hidden"),
                dcc.Input(
                    value=url,
                    readOnly=True,
                    type="url",
                    className="share-url",
                    id=ids.SHARE_URL,
                ),
            ]
        ),
    ]
