"""Where the app says it is, whom it answers and what it logs, in every serving
mode (`make run`'s development server and the WSGI app gunicorn serves): the
share link is the configured origin, an unknown Host is refused, HSTS follows
a trusted TLS front only, long addresses get the app's 414 page, and no log
line carries a raw control character from a request."""

import http.client
import logging
import os
import re
import signal
import socket
import subprocess
import sys

import pytest

from benchmarks.harness import ROOT, free_port, serving, wait_healthy
from tests.test_production import HEADERS
from viz.factory import create_app
from viz.origin import ConfigurationError, allowed_hosts, public_url
from viz.serving import QueryFilter
from viz.share import page_url


@pytest.fixture(scope="module")
def app():
    with pytest.MonkeyPatch.context() as env:
        for name in ("PUBLIC_URL", "ALLOWED_HOSTS", "TRUST_FORWARDED_PROTO", "PORT"):
            env.delenv(name, raising=False)
        yield create_app()


@pytest.fixture(scope="module")
def behind_tls():
    """The app as configured behind a TLS front."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("TRUST_FORWARDED_PROTO", "1")
        env.setenv("PUBLIC_URL", "https://radiate.example.org")
        env.delenv("ALLOWED_HOSTS", raising=False)
        yield create_app()


@pytest.mark.parametrize(
    "host", ["evil.example", "a" * 1500, "127.0.0.1.evil.example", "x y", ""]
)
def test_an_unknown_host_gets_400_with_the_security_headers(app, host):
    answer = app.server.test_client().get("/?areas=calf", headers={"Host": host})
    assert answer.status_code == 400
    for name in HEADERS:
        assert name in answer.headers, name


@pytest.mark.parametrize("host", ["127.0.0.1:8050", "localhost:8050", "127.0.0.1"])
def test_the_loopback_names_are_answered(app, host):
    answer = app.server.test_client().get("/?areas=calf", headers={"Host": host})
    assert answer.status_code == 200


def test_the_share_link_is_the_configured_origin_whatever_the_host(app, monkeypatch):
    monkeypatch.delenv("PUBLIC_URL", raising=False)
    monkeypatch.delenv("TRUST_FORWARDED_PROTO", raising=False)
    monkeypatch.setenv("PORT", "8050")
    headers = {"Host": "evil.example", "X-Forwarded-Proto": "https"}
    with app.server.test_request_context("/", headers=headers):
        assert page_url("?areas=calf") == "http://127.0.0.1:8050/?areas=calf"
    # unconfigured, a copy on this machine links to the port it was opened at
    for host in ("127.0.0.1:41234", "localhost:41234"):
        with app.server.test_request_context("/", headers={"Host": host}):
            assert page_url("?areas=calf") == f"http://{host}/?areas=calf"
    for host in ("127.0.0.1:x", "127.0.0.1.evil.example:80", "evil.example:41234"):
        with app.server.test_request_context("/", headers={"Host": host}):
            assert page_url("?areas=calf") == "http://127.0.0.1:8050/?areas=calf"
    monkeypatch.setenv("PUBLIC_URL", "https://radiate.example.org:8443")
    for host in ("evil.example", "127.0.0.1:41234"):
        with app.server.test_request_context("/", headers={**headers, "Host": host}):
            assert page_url("?areas=calf") == (
                "https://radiate.example.org:8443/?areas=calf"
            )


def test_forwarded_proto_is_not_believed_unless_switched_on(app):
    client = app.server.test_client()
    answer = client.get("/", headers={"X-Forwarded-Proto": "https"})
    assert answer.status_code == 200
    assert "Strict-Transport-Security" not in answer.headers


def test_behind_a_trusted_tls_front_hsts_is_sent_and_links_are_https(
    behind_tls, monkeypatch
):
    client = behind_tls.server.test_client()
    headers = {"Host": "radiate.example.org", "X-Forwarded-Proto": "https"}
    answer = client.get("/", headers=headers)
    assert answer.status_code == 200
    assert answer.headers["Strict-Transport-Security"].startswith("max-age=")
    assert answer.headers.get("Location") is None  # no redirect, so no loop
    plain = client.get("/", headers={"Host": "radiate.example.org"})
    assert plain.status_code == 200
    assert "Strict-Transport-Security" not in plain.headers
    monkeypatch.setenv("TRUST_FORWARDED_PROTO", "1")
    monkeypatch.delenv("PUBLIC_URL")
    assert public_url().startswith("https://")
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("PUBLIC_URL", "radiate.example.org"),
        ("PUBLIC_URL", "ftp://radiate.example.org"),
        ("PUBLIC_URL", "https://radiate.example.org/path"),
        ("PUBLIC_URL", "https://radiate.example.org/?q=1"),
        ("PUBLIC_URL", "https://user@radiate.example.org"),
        ("PUBLIC_URL", "https://radi ate.example.org"),
        ("PUBLIC_URL", "https://radiate.example.org:port"),
        ("ALLOWED_HOSTS", "radiate.example.org:443"),
        ("ALLOWED_HOSTS", "radiate.example.org;return 200"),
        ("ALLOWED_HOSTS", "https://radiate.example.org"),
        ("ALLOWED_HOSTS", "*"),
    ],
)
def test_a_configuration_that_cannot_be_used_is_refused(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=name):
        allowed_hosts()


def test_an_http_origin_behind_tls_is_refused(monkeypatch):
    monkeypatch.setenv("TRUST_FORWARDED_PROTO", "1")
    monkeypatch.setenv("PUBLIC_URL", "http://radiate.example.org")
    with pytest.raises(ConfigurationError, match="https"):
        public_url()


def test_the_configured_names_are_answered(monkeypatch):
    monkeypatch.setenv("PUBLIC_URL", "https://Radiate.Example.org")
    monkeypatch.setenv("ALLOWED_HOSTS", "www.example.org, .example.net")
    assert allowed_hosts() == [
        "radiate.example.org",
        "www.example.org",
        ".example.net",
        "127.0.0.1",
        "localhost",
    ]


def get(base: str, target: str) -> tuple[int, bytes, dict[str, str]]:
    """A GET through a real socket: status, body, headers."""
    conn = http.client.HTTPConnection(base.split("//")[1], timeout=30)
    conn.request("GET", target)
    answer = conn.getresponse()
    body = answer.read()
    conn.close()
    return answer.status, body, dict(answer.getheaders())


def test_make_run_opens_16_kb_addresses_and_refuses_longer(app):
    with serving(app) as base:
        status, body, _ = get(base, "/?areas=calf&x=" + "a" * (16 * 1024 - 15))
        assert status == 200 and b"_dash-renderer" in body
        status, body, headers = get(base, "/?areas=calf&x=" + "a" * (16 * 1024 - 14))
        assert status == 414 and b"too long" in body
        assert b"<script" not in body.lower()
        for name in HEADERS:
            assert name in headers, name


@pytest.mark.parametrize(
    "line",
    [
        "GET /\r\nFAKE 200 HTTP/1.1",
        "GET /\x1b[31mred\x1b[0m HTTP/1.1",
        "GET /\x00\x7f\x85 HTTP/1.1",
    ],
)
def test_make_runs_log_lines_carry_no_raw_control_character(line):
    record = logging.LogRecord(
        "werkzeug", logging.INFO, __file__, 1, '"%s" %s %s', (line, "404", "-"), None
    )
    assert QueryFilter().filter(record)
    message = record.getMessage()
    assert not any(ord(c) < 32 or 127 <= ord(c) < 160 for c in message), message
    assert "\\x" in message and '" 404 -' in message


@pytest.fixture(scope="module")
def make_run(tmp_path_factory):
    """`python app.py` as `make run` starts it, its log kept."""
    port = free_port()
    log = tmp_path_factory.mktemp("make-run") / "log"
    env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(port)}
    for name in ("PUBLIC_URL", "ALLOWED_HOSTS", "TRUST_FORWARDED_PROTO"):
        env.pop(name, None)
    with open(log, "wb") as out:
        server = subprocess.Popen(
            [sys.executable, "app.py"], cwd=ROOT, env=env, stdout=out, stderr=out
        )
        try:
            wait_healthy(port, timeout=90)
            yield port, log
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)


def exchange(port: int, request: bytes) -> tuple[int, bytes]:
    """Send bytes as they are; the answer's status and the whole answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1]), data


def test_make_run_refuses_an_unknown_host_and_a_line_over_64_kb(make_run):
    port, _ = make_run
    status, answer = exchange(
        port, b"GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
    )
    assert status == 400
    line = b"GET /?areas=" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    status, answer = exchange(port, line)
    assert status == 414 and b"too long" in answer
    for name in HEADERS:
        assert name.encode() in answer, name


def test_make_run_logs_no_raw_control_character(make_run):
    port, log = make_run
    for target in (b"/%0d%0aFAKE%1b[31m?areas=calf", b"/\x1b[31mFAKE?areas=calf"):
        exchange(
            port,
            b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Connection: close\r\n\r\n",
        )
    text = log.read_bytes().decode("utf-8", "replace")
    assert "FAKE" in text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text), text[-1000:]
    assert not any(line.startswith("FAKE") for line in text.splitlines())
    assert "areas=" not in text
