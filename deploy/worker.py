"""gunicorn's threaded worker, answering an address too long to read with the
app's own 414 page (viz/too_long.py) and its security headers."""

from typing import Any

from gunicorn import util  # type: ignore[import-untyped]
from gunicorn.http import message  # type: ignore[import-untyped]
from gunicorn.http.errors import LimitRequestLine  # type: ignore[import-untyped]
from gunicorn.workers.gthread import ThreadWorker  # type: ignore[import-untyped]

from viz.too_long import MAX_TARGET, raw_answer

# The longest request line read: an address of MAX_TARGET bytes, its method and
# protocol. gunicorn reads at most 8190 bytes whatever limit_request_line says
# (0 aside, which reads without any limit); this raises that ceiling only.
REQUEST_LINE = MAX_TARGET + len("OPTIONS  HTTP/1.1")
message.MAX_REQUEST_LINE = max(message.MAX_REQUEST_LINE, REQUEST_LINE)


class Worker(ThreadWorker):
    """gthread, with the app's page for a request line over the limit."""

    def handle_error(self, req: Any, client: Any, addr: Any, exc: Exception) -> None:
        """gunicorn's own answer, except for a line too long: the app's page."""
        if not isinstance(exc, LimitRequestLine):
            super().handle_error(req, client, addr, exc)
            return
        self.log.warning("Invalid request: request line over %d bytes", REQUEST_LINE)
        try:
            util.write_nonblock(client, raw_answer())
        except OSError:
            self.log.debug("Failed to send the 414 page.")
