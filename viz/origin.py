"""Where the app is reached: its public address and the host names it answers
to, from the environment (docs/deploy.md), never from a request's headers."""

import os
import re
from urllib.parse import urlsplit

from flask import has_request_context, request
from werkzeug.exceptions import SecurityError

# Loopback names are always answered: health checks and `make run` use them,
# and a share link never carries them unless PUBLIC_URL says so.
LOOPBACK = ("127.0.0.1", "localhost")
# A host name, or `.example.org` for it and its subdomains; nothing else, so
# that a name is safe in nginx's configuration as in werkzeug's check.
HOST_NAME = re.compile(r"\.?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9-]{1,63})*")


class ConfigurationError(ValueError):
    """An address or host name in the environment that cannot be used."""


def behind_tls() -> bool:
    """TRUST_FORWARDED_PROTO=1: a TLS front sets X-Forwarded-Proto; believe it."""
    return os.environ.get("TRUST_FORWARDED_PROTO", "") == "1"


def public_url() -> str:
    """The origin people open, ending in `/`: PUBLIC_URL, else this machine's
    loopback address on PORT (8050), https behind a TLS front."""
    scheme = "https" if behind_tls() else "http"
    given = os.environ.get("PUBLIC_URL", "").strip() or (
        f"{scheme}://127.0.0.1:{os.environ.get('PORT', '8050')}"
    )
    parts = urlsplit(given)
    try:
        parts.port  # noqa: B018 - a port that is not a number raises
    except ValueError:
        parts = parts._replace(netloc="")
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or not HOST_NAME.fullmatch(parts.hostname)
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
        or parts.username
    ):
        raise ConfigurationError(
            f"PUBLIC_URL must be an origin such as https://radiate.example.org,"
            f" not {given!r}"
        )
    if behind_tls() and parts.scheme != "https":
        raise ConfigurationError(
            "TRUST_FORWARDED_PROTO=1 means people reach the app over HTTPS:"
            f" PUBLIC_URL must start with https://, not {given!r}"
        )
    return f"{parts.scheme}://{parts.netloc.lower()}/"


def link_origin() -> str:
    """The origin a share link names: PUBLIC_URL when it is set; without it,
    the loopback address and port the page was reached at (a copy of Radiate
    on this machine, any port; no other host is answered unless configured),
    else the default public address."""
    if os.environ.get("PUBLIC_URL", "").strip() or not has_request_context():
        return public_url()
    try:
        host = urlsplit(f"//{request.host}")  # refused unless an allowed host
        port = host.port
    except (SecurityError, ValueError):
        return public_url()
    if host.hostname not in LOOPBACK or request.scheme not in ("http", "https"):
        return public_url()
    return f"{request.scheme}://{host.hostname}{f':{port}' if port else ''}/"


def allowed_hosts() -> list[str]:
    """The Host names answered: PUBLIC_URL's, ALLOWED_HOSTS (comma-separated)
    and the loopback names; any other gets 400."""
    origin = urlsplit(public_url()).hostname or ""
    extra = [h.strip().lower() for h in os.environ.get("ALLOWED_HOSTS", "").split(",")]
    hosts = list(dict.fromkeys([origin, *(h for h in extra if h), *LOOPBACK]))
    for host in hosts:
        if not HOST_NAME.fullmatch(host):
            raise ConfigurationError(
                f"ALLOWED_HOSTS holds {host!r}: give host names such as"
                " radiate.example.org or .example.org, without port or scheme"
            )
    return hosts
