"""Privacy: nothing loads from elsewhere, and query strings never reach a log."""

import logging
import os
import runpy
import socket
import subprocess
import sys
import threading
import urllib.request
from datetime import timedelta
from types import SimpleNamespace

import pytest
from gunicorn.config import Config
from gunicorn.glogging import Logger
from werkzeug.serving import make_server

from benchmarks.harness import free_port, gunicorn, wait_healthy
from tests.conftest import ROOT
from tests.journey import consult
from viz.factory import create_app
from viz.serving import QueryFilter

QUERY = "areas=knee_medial,ankle_medial&symptoms=burning&condition=saphenous_entrapment"
SECRETS = ("knee_medial", "burning", "saphenous", "areas=")


def gunicorn_settings() -> dict:
    """The settings gunicorn.conf.py defines."""
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))


def test_gunicorn_access_log_format_has_the_path_but_not_the_query():
    fmt = gunicorn_settings()["access_log_format"]
    assert "%(U)s" in fmt
    for atom in ("%(r)s", "%(q)s", "%(f)s", "%({referer}i)s"):
        assert atom not in fmt
    cfg = Config()
    cfg.set("access_log_format", fmt)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/?{QUERY}",
        "PATH_INFO": "/",
        "QUERY_STRING": QUERY,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": f"http://127.0.0.1/?{QUERY}",
        "REMOTE_ADDR": "127.0.0.1",
    }
    response = SimpleNamespace(status="200 OK", sent=512, headers=[])
    logger = Logger(cfg)
    atoms = logger.atoms(
        response, SimpleNamespace(headers=[]), environ, timedelta(milliseconds=3)
    )
    line = fmt % Logger.atoms_wrapper_class(atoms)
    assert '"GET / HTTP/1.1" 200' in line
    assert not any(secret in line for secret in SECRETS)


def test_gunicorn_really_logs_without_the_query(tmp_path):
    log = tmp_path / "access.log"
    port = free_port()
    with gunicorn(port, workers=1, log=log):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?{QUERY}") as answer:
            assert answer.status == 200
    text = log.read_text()
    assert '"GET / HTTP/1.1" 200' in text
    assert not any(secret in text for secret in SECRETS)


def werkzeug_record(request_line: str) -> logging.LogRecord:
    """A request log record as Werkzeug's request handler makes it."""
    return logging.LogRecord(
        "werkzeug",
        logging.INFO,
        __file__,
        1,
        '127.0.0.1 - - [24/Nov/2026 10:00:00] "%s" %s %s\n',
        (request_line, "200", "-"),
        None,
    )


@pytest.mark.parametrize(
    "line",
    [
        f"GET /?{QUERY} HTTP/1.1",
        f"\x1b[37mGET /?{QUERY} HTTP/1.1\x1b[0m",
        f"GET /assets/x.css?m=1&{QUERY} HTTP/1.1",
    ],
)
def test_werkzeug_filter_drops_the_query(line):
    record = werkzeug_record(line)
    assert QueryFilter().filter(record)
    message = record.getMessage()
    assert " HTTP/1.1" in message and '" 200 -' in message
    assert not any(secret in message for secret in SECRETS)


def test_werkzeug_server_logs_no_query(caplog):
    app = create_app()
    filters = logging.getLogger("werkzeug").filters
    assert any(isinstance(f, QueryFilter) for f in filters)
    server = make_server("127.0.0.1", free_port(), app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with caplog.at_level(logging.INFO, logger="werkzeug"):
            url = f"http://127.0.0.1:{server.server_port}/?{QUERY}"
            with urllib.request.urlopen(url) as answer:
                assert answer.status == 200
    finally:
        server.shutdown()
        thread.join()
    lines = [r.getMessage() for r in caplog.records if r.name == "werkzeug"]
    assert any('"GET / HTTP/1.1" 200' in line for line in lines)
    assert not any(secret in line for line in lines for secret in SECRETS)


@pytest.mark.browser
def test_the_page_loads_nothing_from_another_origin(dash_duo):
    driver = consult(dash_duo)
    origin = driver.execute_script("return window.location.origin;")
    assert origin == dash_duo.server.url
    urls = driver.execute_script(
        "return [document.URL].concat(performance.getEntriesByType('resource')"
        ".map(function (e) { return e.name; }));"
    )
    assert len(urls) > 10
    assert [u for u in urls if not u.startswith(origin + "/")] == []
    assert {"script", "link", "fetch"} <= set(
        driver.execute_script(
            "return performance.getEntriesByType('resource')"
            ".map(function (e) { return e.initiatorType; });"
        )
    )


def test_gunicorn_alone_logs_no_query_for_a_malformed_request_line():
    # gunicorn quotes a request line it cannot parse in its error log, whole.
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "app:server", "-w", "1"],
        cwd=ROOT,
        env={**os.environ, "BIND": f"127.0.0.1:{port}", "ACCESS_LOG": ""},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_healthy(port)
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(f"GET /?{QUERY}\r\n\r\n".encode())  # no HTTP version
            assert sock.recv(100).startswith(b"HTTP/1.1 400")
    finally:
        server.terminate()
        logged = server.communicate(timeout=30)[0]
    assert "Invalid request" in logged  # the line was logged...
    assert not any(secret in logged for secret in SECRETS)  # ...without its query
