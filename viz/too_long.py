"""The answer to an address too long to read: a page of the app's own (no
script), served alike by the app, gunicorn and nginx."""

import base64
import hashlib

# Any address (path and query) up to 16 KB opens the page, which reads what it
# can and names the rest (viz/urlstate.py); a longer one gets this page, 414.
MAX_TARGET = 16 * 1024

STYLE = (
    "body{margin:0;padding:2rem 1rem;color:#1d2330;background:#fff;"
    "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,"
    "sans-serif;line-height:1.45}main{max-width:36rem;margin:0 auto}"
    "h1{font-size:1.4rem}a{color:#0b5cad}p{margin:.6rem 0}"
)
PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Radiate: link too long</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<h1>This link is too long to open</h1>
<p>It holds more than a page's state can (16 KB). It may have been cut, joined
to another or changed on the way.</p>
<p><a href="/">Open Radiate</a> and choose the areas again.</p>
<p lang="es">Este enlace es demasiado largo para abrirlo.
<a href="/">Abra Radiate</a> y vuelva a elegir las zonas.</p>
</main>
</body>
</html>
""".encode()

# The page's one inline style, allowed by its hash and nothing else.
_DIGEST = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
STYLE_HASH = f"'sha256-{_DIGEST}'"
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
