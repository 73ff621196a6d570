"""`make serve`: nginx in front of gunicorn, and gunicorn alone. Slow clients
starve no one, the front's own error answers carry the security headers, only
the configured host names are answered, any address up to 16 KB opens the page
and a longer one gets the app's 414 page, no log line holds a query string or a
raw control character, a worker's death loses no request, and SIGTERM to make
stops everything within 5 s."""

import base64
import hashlib
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from benchmarks.harness import (
    ROOT,
    descendants,
    free_port,
    gunicorn,
    production,
    renderer_body,
    selection,
    server_callback,
)
from viz import ids

HEADERS = (
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Cross-Origin-Resource-Policy",
)


@pytest.fixture(scope="module")
def served():
    port = free_port()
    with production(port, workers=2) as run:
        yield port, run


@pytest.fixture
def port(served):
    return served[0]


def raw(port: int, request: bytes) -> tuple[int, dict[str, str]]:
    """Send bytes as they are; the status and headers of the answer."""
    status, fields, _ = exchange(port, request)
    return status, fields


def exchange(port: int, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are; the status, headers and body of the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
        size = int(fields.get("Content-Length", "0"))
        while len(body) < size and (chunk := sock.recv(65536)):
            body += chunk
    return int(lines[0].split()[1]), fields, body


def request(target: bytes, host: bytes = b"127.0.0.1", extra: bytes = b"") -> bytes:
    """A GET as a browser sends it, with the Host given."""
    return (
        b"GET " + target + b" HTTP/1.1\r\nHost: " + host + b"\r\n"
        b"Connection: close\r\n" + extra + b"\r\n"
    )


def share_link(port: int, host: str, headers: dict[str, str] | None = None) -> str:
    """The address the share panel gives for ?areas=calf, asked through Host."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/_dash-dependencies", headers={"Host": host})
    share = server_callback(json.loads(conn.getresponse().read()), ids.SHARE)
    body = renderer_body(share, [1], state=[selection(["calf"], [])])
    conn.request(
        "POST",
        "/_dash-update-component",
        body=json.dumps(body),
        headers={"Host": host, "Content-Type": "application/json", **(headers or {})},
    )
    answer = conn.getresponse()
    text = json.dumps(json.loads(answer.read()))  # with "/" as it is
    conn.close()
    assert answer.status == 200, text
    found = re.search(r'"(https?://[^"?]*)\?areas=calf', text)
    assert found, text[:500]
    return found.group(1)


def get(port: int, path: str) -> tuple[int, float]:
    """A normal request: its status and how long it took."""
    start = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path)
    status = conn.getresponse().status
    conn.close()
    return status, time.monotonic() - start


def test_slow_clients_do_not_starve_a_normal_request(port):
    # More trickling connections than gunicorn has threads (2 workers x 2).
    stop = time.monotonic() + 2.5

    def trickle():
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\n")
            while time.monotonic() < stop:
                sock.sendall(b"X")
                time.sleep(0.5)

    slow = [threading.Thread(target=trickle, daemon=True) for _ in range(12)]
    for thread in slow:
        thread.start()
    time.sleep(0.5)
    for _ in range(3):
        status, took = get(port, "/?areas=calf")
        assert status == 200 and took < 1.0, took
        time.sleep(0.4)
    for thread in slow:
        thread.join()


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /?areas=calf&symptoms=foot_drop HTTP/1.1 junk\r\n\r\n", 400),
        (b"GET /?areas=" + b"calf," * 4000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (
            b"GET /?areas=calf HTTP/1.1\r\nHost: x\r\nX-Big: "
            + b"a" * 18000
            + b"\r\n\r\n",
            400,
        ),
        (b"GET /?areas=calf HTTP/1.1\r\nHost: evil.example\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\nHost: " + b"a" * 1500 + b"\r\n\r\n", 400),
    ],
    ids=[
        "bad request line",
        "request line too long",
        "header too large",
        "unknown host",
        "long unknown host",
    ],
)
def test_error_answers_carry_the_security_headers(port, request_bytes, status):
    got, fields = raw(port, request_bytes)
    assert got == status
    for name in HEADERS:
        assert name in fields, name
    assert fields["X-Frame-Options"] == "DENY"


def test_answers_carry_the_apps_headers_once(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/?areas=calf")
    answer = conn.getresponse()
    assert answer.status == 200
    csp = answer.headers.get_all("Content-Security-Policy")
    assert len(csp) == 1 and "script-src 'self'" in csp[0]  # the app's, not the front's


@pytest.mark.parametrize("length", [4097, 16 * 1024])
def test_an_address_up_to_16_kb_opens_the_page(port, length):
    target = b"/?areas=calf&x=" + b"a" * (length - 15)
    status, _, body = exchange(port, request(target))
    assert status == 200 and b"_dash-renderer" in body


@pytest.mark.parametrize("length", [16 * 1024 + 1, 16 * 1024 + 40, 40000])
def test_a_longer_address_gets_the_apps_414_page(port, length):
    target = b"/?areas=calf&x=" + b"a" * (length - 15)
    status, fields, body = exchange(port, request(target))
    assert status == 414
    assert b"too long" in body and b"<script" not in body.lower()
    assert fields["Content-Type"].startswith("text/html")
    for name in HEADERS:
        assert name in fields, name
    style = re.search(rb"<style>(.*?)</style>", body, re.S)[1]
    digest = base64.b64encode(hashlib.sha256(style).digest()).decode()
    allowed = fields["Content-Security-Policy"].split("style-src")[1].split(";")[0]
    assert f"'sha256-{digest}'" in allowed or "'unsafe-inline'" in allowed


def test_the_share_link_ignores_the_host_and_forwarded_proto(port):
    link = share_link(port, "localhost", {"X-Forwarded-Proto": "https"})
    assert link == f"http://127.0.0.1:{port}/"  # the configured origin
    status, fields = raw(port, request(b"/", extra=b"X-Forwarded-Proto: https\r\n"))
    assert status == 200 and "Strict-Transport-Security" not in fields


def gunicorn_workers(run) -> list[int]:
    """The pids of make serve's gunicorn workers."""
    master = next(
        pid
        for pid in descendants(run.process.pid)
        if b"gunicorn" in Path(f"/proc/{pid}/cmdline").read_bytes()
    )
    return descendants(master)


def test_a_worker_killed_under_load_loses_no_request(served):
    port, run = served
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/_dash-dependencies")
    deps = json.loads(conn.getresponse().read())
    tap = server_callback(deps, ids.SELECTION)
    body = json.dumps(renderer_body(tap, [selection(["calf"], ["burning"])]))
    stop, failures, answered = threading.Event(), [], []

    def client() -> None:
        link = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while not stop.is_set():
            try:
                link.request(
                    "POST",
                    "/_dash-update-component",
                    body=body,
                    headers={"Content-Type": "application/json"},
                )
                answer = link.getresponse()
                answer.read()
                (answered if answer.status == 200 else failures).append(answer.status)
            except OSError as err:
                failures.append(repr(err))
                link.close()

    clients = [threading.Thread(target=client, daemon=True) for _ in range(8)]
    for thread in clients:
        thread.start()
    deadline = time.monotonic() + 30
    while len(answered) < 20 and time.monotonic() < deadline:
        time.sleep(0.05)
    before = len(answered)
    os.kill(gunicorn_workers(run)[0], signal.SIGKILL)  # mid-request: 8 clients
    while len(answered) < before + 40 and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    for thread in clients:
        thread.join(timeout=30)
    assert not failures, failures
    assert len(answered) >= before + 40


def test_sigterm_stops_both_and_no_log_line_holds_a_query(served):
    # Last in this module: it stops the server the tests above used.
    port, run = served
    assert get(port, "/?areas=calf,knee_lateral&symptoms=foot_drop")[0] == 200
    raw(port, b"GET /?areas=calf&symptoms=saddle_numbness HTTP/1.1 junk\r\n\r\n")
    raw(port, request(b"/%0d%0aFAKE%20line%1b[31m?areas=calf"))  # decoded: CR LF
    raw(port, request(b"/x\x1b[31mFAKE"))  # raw ESC: nginx refuses the line
    run.process.send_signal(signal.SIGTERM)
    assert run.process.wait(timeout=40) == 0
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2)
    time.sleep(0.5)  # the last lines reach the reader
    logged = "".join(run.lines)
    assert "GET /" in logged  # the requests were logged...
    assert "areas=" not in logged and "symptoms" not in logged  # ...without queries
    assert not any(line.startswith("FAKE") for line in run.lines)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", logged), logged[-2000:]


# `make serve` itself behind a trusted TLS front: started with make, stopped
# by SIGTERM to make.
TLS_ENV = {
    "TRUST_FORWARDED_PROTO": "1",
    "PUBLIC_URL": "https://radiate.test",
    "WEB_CONCURRENCY": "1",
}


@pytest.fixture(scope="module")
def behind_tls():
    port = free_port()
    with production(port, command=("make", "-s", "serve"), env=TLS_ENV) as run:
        yield port, run


def test_behind_a_trusted_tls_front_hsts_is_sent_and_links_are_https(behind_tls):
    port, _ = behind_tls
    tls = b"X-Forwarded-Proto: https\r\n"
    status, fields = raw(port, request(b"/?areas=calf", b"radiate.test", tls))
    assert status == 200
    assert fields["Strict-Transport-Security"].startswith("max-age=")
    status, fields = raw(port, request(b"/?areas=calf", b"radiate.test"))
    assert status == 200 and "Strict-Transport-Security" not in fields  # plain http
    assert share_link(port, "radiate.test") == "https://radiate.test/"
    assert raw(port, request(b"/", b"evil.example", tls))[0] == 400


def test_a_start_on_a_port_in_use_fails_and_says_so(behind_tls):
    port, _ = behind_tls
    second = subprocess.run(
        [sys.executable, "-m", "deploy.serve"],
        cwd=ROOT,
        env={**os.environ, "PORT": str(port)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode != 0
    assert "Radiate: http" not in second.stdout
    assert f"port {port} is in use" in second.stderr


def running(pid: int) -> bool:
    """The process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_sigterm_to_make_stops_everything_within_5_s(behind_tls):
    # Last of the make serve tests: it stops the server they used.
    port, run = behind_tls
    tree = [run.process.pid, *descendants(run.process.pid)]
    assert len(tree) >= 5  # make, deploy.serve, gunicorn and its worker, nginx...
    start = time.monotonic()
    run.process.send_signal(signal.SIGTERM)
    while any(running(pid) for pid in tree) and time.monotonic() - start < 10:
        run.process.poll()
        time.sleep(0.05)
    took = time.monotonic() - start
    assert not [pid for pid in tree if running(pid)], took
    assert took < 5, took
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2)


# gunicorn alone (`gunicorn app:server`), as a platform may run it.


@pytest.fixture(scope="module")
def alone(tmp_path_factory):
    logs = tmp_path_factory.mktemp("gunicorn")
    port = free_port()
    with gunicorn(port, workers=1, log=logs / "access", errors=logs / "error"):
        yield port, logs


def test_gunicorn_alone_answers_only_its_host_names(alone):
    port, _ = alone
    assert raw(port, request(b"/", b"localhost"))[0] == 200
    status, fields = raw(port, request(b"/", b"evil.example"))
    assert status == 400
    for name in HEADERS:
        assert name in fields, name


@pytest.mark.parametrize(
    ("length", "status"), [(16 * 1024, 200), (16 * 1024 + 1, 414), (40000, 414)]
)
def test_gunicorn_alone_opens_16_kb_addresses_and_refuses_longer(alone, length, status):
    port, _ = alone
    target = b"/?areas=calf&x=" + b"a" * (length - 15)
    got, fields, body = exchange(port, request(target))
    assert got == status
    if status == 414:
        assert b"too long" in body and b"<script" not in body.lower()
        for name in HEADERS:
            assert name in fields, name


def test_gunicorn_alone_logs_no_raw_control_character(alone):
    port, logs = alone
    raw(port, request(b"/%0d%0aFAKE%20line%1b[31m?areas=calf"))
    raw(port, request(b"/x\x1b[31mFAKE?areas=calf"))
    raw(port, b"GET /?areas=calf HTTP/1.1 \x1b[31m\r\nHost: 127.0.0.1\r\n\r\n")
    deadline = time.monotonic() + 10
    while "FAKE" not in (logs / "access").read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    text = (logs / "access").read_text() + (logs / "error").read_text()
    assert "FAKE" in text  # the requests were logged...
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text), text  # ...escaped
    assert not any(line.startswith("FAKE") for line in text.splitlines())
    assert "areas=" not in text


def test_a_start_with_an_unusable_address_fails_and_names_it():
    started = subprocess.run(
        [sys.executable, "-m", "deploy.serve"],
        cwd=ROOT,
        env={**os.environ, "PORT": str(free_port()), "PUBLIC_URL": "http://x/y"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 2
    assert "PUBLIC_URL must be an origin" in started.stderr
