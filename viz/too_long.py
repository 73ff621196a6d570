"""The answer to an address too long to read: a page of the app's own
(assets/too-long.html, no script), served alike by the app, gunicorn and nginx."""

import base64
import hashlib
import re
from http import HTTPStatus
from pathlib import Path

from werkzeug.serving import WSGIRequestHandler

# Any address (path and query) up to 16 KB opens the page, which reads what it
# can and names the rest (viz/urlstate.py); a longer one gets this page, 414.
MAX_TARGET = 16 * 1024

PAGE = (
    Path(__file__).resolve().parent.parent / "assets" / "too-long.html"
).read_bytes()
_STYLE = re.search(rb"<style>(.*?)</style>", PAGE, re.S)
assert _STYLE, "assets/too-long.html has its style in one <style> element"
# The page's one inline style, allowed by its hash and nothing else.
STYLE_HASH = f"'sha256-{base64.b64encode(hashlib.sha256(_STYLE[1]).digest()).decode()}'"
POLICY = (
    f"default-src 'none'; style-src {STYLE_HASH}; frame-ancestors 'none';"
    " base-uri 'none'; form-action 'none'"
)
# What every answer carries (viz/serving.py, deploy/nginx.conf), for the
# answers written without the app.
HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def target_length(raw_uri: str | None, path: str, query: bytes) -> int:
    """How long the address asked for is, as sent (path and query)."""
    if raw_uri:
        return len(raw_uri)
    return len(path) + (len(query) + 1 if query else 0)


def raw_answer() -> bytes:
    """The whole HTTP answer, for a server that writes it without the app."""
    head = {**HEADERS, "Content-Length": str(len(PAGE)), "Connection": "close"}
    lines = "".join(f"{name}: {value}\r\n" for name, value in head.items())
    return f"HTTP/1.1 414 URI Too Long\r\n{lines}\r\n".encode("latin-1") + PAGE


class DevRequestHandler(WSGIRequestHandler):
    """Werkzeug's development server (`python app.py`), with the page for a
    request line over the 64 KB it reads."""

    def send_error(
        self, code: int, message: str | None = None, explain: str | None = None
    ) -> None:
        """The server's own error answer, except for a line too long."""
        if code != HTTPStatus.REQUEST_URI_TOO_LONG:
            super().send_error(code, message, explain)
            return
        self.close_connection = True
        self.wfile.write(raw_answer())
