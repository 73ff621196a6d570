"""Gunicorn settings for Radiate; `gunicorn app:server` reads this file from here."""

import os

from deploy.worker import REQUEST_LINE

# Bind to loopback unless told otherwise; a reverse proxy faces the network.
# `make serve` binds a private unix socket behind nginx (BIND=unix:...).
bind = os.environ.get("BIND") or (
    f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8050')}"
)

# The work is CPU-bound Python: about two processes per core, or WEB_CONCURRENCY.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1))
# gthread (a few threads keep slow clients from stalling a worker), with the
# app's own page for an address over 16 KB (deploy/worker.py).
worker_class = "deploy.worker.Worker"
threads = int(os.environ.get("THREADS", "2"))

# Load the knowledge base and build the app once, then fork: copy-on-write memory
# and a broken knowledge base fails at start, not on the first request.
preload_app = True

timeout = 30
graceful_timeout = 4  # a request takes well under a second; SIGTERM stops in 5 s
keepalive = 5
max_requests = 5000  # recycle workers now and then; there is no state to lose
max_requests_jitter = 500
# Any address up to 16 KB reaches the app (it reads what it can and names the
# rest); a longer one gets the app's 414 page from deploy/worker.py.
limit_request_line = REQUEST_LINE
limit_request_fields = 50
control_socket_disable = True  # gunicorn >= 25: no control socket, many instances

# Access log without query strings or referrers: a query names body areas and
# symptoms, which is health information. %(U)s is the path alone, not %(r)s.
accesslog = os.environ.get("ACCESS_LOG", "-") or None  # "": none (nginx logs)
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")


def on_starting(server):
    """gunicorn's error log quotes a bad request line whole, and its access log
    writes the path as decoded (%0d%0a is a line break): drop queries and write
    control characters escaped, in both."""
    from viz.serving import install_log_filter

    install_log_filter("gunicorn.error")
    install_log_filter("gunicorn.access")


def pre_fork(server, worker):
    """Objects built before forking (the app, the knowledge base and its caches)
    are never garbage: keep the collector off them, so that a collection in a
    worker is short and does not copy the shared pages."""
    import gc

    gc.freeze()
