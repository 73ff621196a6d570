"""The share panel: the page's address as text and as a QR code made here."""

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


def qr_data_uri(url: str) -> str:
    """A QR code of the address as an inline SVG image: no outside service."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


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
