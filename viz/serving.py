"""Production serving: compression, caching, security headers, health, hostile input."""

import logging
import re
from typing import Any

from dash import Dash
from dash.exceptions import DependencyException
from dash.fingerprint import check_fingerprint
from flask import Flask, Response, jsonify, request
from flask_compress import Compress
from flask_talisman import Talisman
from werkzeug.exceptions import HTTPException, InternalServerError, NotFound
from werkzeug.middleware.proxy_fix import ProxyFix

from viz import too_long
from viz.handout import QR_PATH
from viz.origin import allowed_hosts, behind_tls

UPDATE = "/_dash-update-component"
IMMUTABLE = "public, max-age=31536000, immutable"
SHORT = "public, max-age=300"
MAX_BODY = 256 * 1024  # a real callback request is about 1 KB
# Browser features the page never uses, each switched off: "camera=()".
PERMISSIONS = dict.fromkeys(
    (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    ),
    "()",
)
# A query string anywhere in a log line: `?` up to the next space or quote.
QUERY_IN_LINE = re.compile(r"\?[^\s\"']+")
# Control characters (CR, LF, ESC...) a request could put in a log line to
# forge lines or drive a terminal: written as \xNN instead.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def log_safe(text: str) -> str:
    """A log line's text with no query string and no raw control character."""
    return CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}", QUERY_IN_LINE.sub("", text)
    )


def content_security_policy(app: Dash) -> dict[str, str]:
    """The policy: everything from this origin; inline scripts only by Dash's hashes."""
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *app.csp_hashes()],
        # React writes style="" attributes and the drawing carries some: inline
        # styles are allowed, inline scripts are not.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    return {name: " ".join(sources) for name, sources in directives.items()}


def cache_control(path: str, query: str, status: int) -> str:
    """Immutable for fingerprinted files, short for other assets, none for answers."""
    if status >= 400 or path in (UPDATE, "/healthz"):
        return "no-store"
    if path.startswith("/_dash-component-suites/"):
        return IMMUTABLE if check_fingerprint(path)[1] else SHORT
    if path == QR_PATH:  # a page's QR code: its query's, at the public address
        return SHORT
    static = path.startswith("/assets/") or path == "/_favicon.ico"
    if static and re.search(r"(^|&)[mv]=", query):
        return IMMUTABLE
    return SHORT if static else "no-cache"


def security_headers(app: Dash) -> None:
    """Every response's security headers, by flask-talisman; HTTPS itself is the
    front's job (docs/deploy.md), so no redirect here, and HSTS only when a TLS
    front's X-Forwarded-Proto is trusted (TRUST_FORWARDED_PROTO=1) and says
    https. Talisman has no setting for the cross-origin isolation pair, added
    beside it."""
    Talisman(
        app.server,
        force_https=False,
        strict_transport_security=behind_tls(),
        frame_options="DENY",
        content_security_policy=content_security_policy(app),
        referrer_policy="no-referrer",
        permissions_policy=PERMISSIONS,
        session_cookie_secure=False,  # no cookies are set
    )

    def isolate(response: Response) -> Response:
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
        return response

    app.server.after_request(isolate)


def guard_callbacks(app: Dash) -> None:
    """A callback request Dash cannot read (not JSON of the renderer's shape, an
    output no callback has, absurd nesting) is the client's mistake: 400 with
    a short reason, never 500. A file Dash names but does not ship (a bundle's
    source map) is a 404. Other errors keep their own status."""

    def refuse(error: Exception) -> Any:
        if isinstance(error, HTTPException):
            return error
        if isinstance(error, FileNotFoundError):  # e.g. a bundle's .map Dash names
            return NotFound()
        if request.path != UPDATE:
            logging.getLogger(__name__).exception("request failed")
            return InternalServerError()
        logging.getLogger(__name__).warning(
            "callback request refused: %s", type(error).__name__
        )
        return jsonify(error="not a callback request of this page"), 400

    app.server.register_error_handler(Exception, refuse)


class QueryFilter(logging.Filter):
    """Drop query strings (they carry health information) and raw control
    characters (they forge lines) from request log lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place, its arguments merged; never drop it."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError, KeyError):
            message = str(record.msg)
        record.msg, record.args = log_safe(message), ()
        return True


def install_log_filter(name: str = "werkzeug") -> None:
    """Strip query strings and control characters from a logger's lines (the
    development server's request log, gunicorn's access and error logs), once."""
    logger = logging.getLogger(name)
    if not any(isinstance(f, QueryFilter) for f in logger.filters):
        logger.addFilter(QueryFilter())


def healthz() -> Response:
    """Alive and able to answer: the app was built from a valid knowledge base."""
    return jsonify(status="ok")


def refuse_long_addresses(server: Flask) -> None:
    """An address over 16 KB gets the app's own 414 page; any shorter one is
    read as far as the page's state goes (viz/urlstate.py)."""

    def check() -> Response | None:
        length = too_long.target_length(
            request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI"),
            request.path,
            request.query_string,
        )
        if length <= too_long.MAX_TARGET:
            return None
        return Response(too_long.PAGE, 414, mimetype="text/html")

    server.before_request(check)


def trust_hosts(server: Flask) -> None:
    """Answer only the configured host names (400 otherwise, Flask's
    TRUSTED_HOSTS); behind a TLS front, take the scheme from its
    X-Forwarded-Proto (werkzeug's ProxyFix), and nothing else from it."""
    server.config["TRUSTED_HOSTS"] = allowed_hosts()
    if behind_tls():
        server.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            server.wsgi_app, x_for=0, x_proto=1, x_host=0, x_port=0, x_prefix=0
        )


class CompressedFiles:
    """Flask-Compress's cache, for files only: the compressed body of each script
    bundle and asset, by address and encoding (plotly.js takes 0.15 s to
    compress), so each is compressed once per worker. Answers are never kept
    (their key is empty), nor more than MAX_KEPT files."""

    MAX_KEPT = 256

    def __init__(self) -> None:
        self.bodies: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self.bodies.get(key)

    def set(self, key: str, value: bytes) -> None:
        if not key.endswith(";") and len(self.bodies) < self.MAX_KEPT:
            self.bodies[key] = value


def file_key(req: Any) -> str:
    """A file's address, or "" for an answer: a package's file by its path (it
    does not change while the server runs), an asset with its query (Dash's
    `m=` follows the file's edits)."""
    if req.method != "GET":
        return ""
    if req.path.startswith("/_dash-component-suites/"):
        return str(req.path)
    return str(req.full_path) if req.path.startswith("/assets/") else ""


def _compress(server: Flask) -> None:
    server.config.setdefault("COMPRESS_ALGORITHM", ["br", "gzip"])
    server.config.setdefault("COMPRESS_BR_LEVEL", 5)
    server.config.setdefault("COMPRESS_CACHE_BACKEND", CompressedFiles)
    server.config.setdefault("COMPRESS_CACHE_KEY", file_key)
    server.config.setdefault(
        "COMPRESS_MIMETYPES",
        [
            "text/html",
            "text/css",
            "text/javascript",
            "application/javascript",
            "application/json",
            "image/svg+xml",
            "image/x-icon",
        ],
    )
    Compress(server)


def configure_serving(app: Dash) -> None:
    """Make a built app fit to serve: call last, once layout and callbacks exist."""
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY
    trust_hosts(server)
    refuse_long_addresses(server)
    _compress(server)
    security_headers(app)
    server.add_url_rule("/healthz", "healthz", healthz)
    # Dash raises this for /_dash-component-suites/<unknown package>/...: a 404.
    server.register_error_handler(
        DependencyException, lambda _: (jsonify(error="not found"), 404)
    )
    guard_callbacks(app)
    install_log_filter()

    def finish(response: Response) -> Response:
        if response.status_code == 200 and response.direct_passthrough:
            response.direct_passthrough = False  # read static files so they compress
            response.get_data()
        response.headers["Cache-Control"] = cache_control(
            request.path, request.query_string.decode("latin-1"), response.status_code
        )
        return response

    server.after_request(finish)
    # Dash registers its script bundles on a process's first request, and a
    # worker's first requests arrive together: run its set-up now, before
    # gunicorn forks, through Flask's own before-request hooks (no request).
    with server.test_request_context("/"):
        server.preprocess_request()
