"""The QR code of a page's share link, served as a small SVG image (`/qr.svg`
and the page's query), so that the answer to a tap carries only its address.

The code is made for the canonical share link of the state the query names;
a query that is too long, or names anything the page does not know, is refused
with 400: what is encoded is always the app's own address, never the request's
text. The code itself is viz/share.py's, as the share panel shows it.
"""

from collections.abc import Callable

from flask import Response, request

from viz.knowledge import KnowledgeBase
from viz.share import page_url, qr_svg
from viz.urlstate import MAX_QUERY, parse_query, to_query

REFUSED = "not the query of a page of this app"


def qr_image(kb: KnowledgeBase) -> Callable[[], Response]:
    """The view answering `/qr.svg?<query>` with the code of that page's link."""

    def answer() -> Response:
        raw = request.query_string
        try:
            query = raw.decode("ascii")  # a real address's query is percent-encoded
        except UnicodeDecodeError:
            query = None
        state = (
            parse_query(kb, query)
            if query is not None and len(raw) <= MAX_QUERY
            else None
        )
        if state is None or state.ignored:
            return Response(REFUSED, status=400, mimetype="text/plain")
        return Response(qr_svg(page_url(to_query(state))), mimetype="image/svg+xml")

    return answer
