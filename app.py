"""Radiate's entry point: `python app.py` serves it, `gunicorn app:server` too."""

import os
import sys

from viz.content import ContentError
from viz.factory import create_app
from viz.origin import ConfigurationError
from viz.too_long import DevRequestHandler

try:
    app = create_app()
except (ContentError, ConfigurationError) as err:
    sys.exit(str(err))
server = app.server

if __name__ == "__main__":
    app.run(
        host=os.environ.get("HOST", "127.0.0.1"),
        port=int(os.environ.get("PORT", "8050")),
        debug=os.environ.get("DASH_DEBUG") == "1",
        request_handler=DevRequestHandler,  # its own page for a line over 64 KB
    )
