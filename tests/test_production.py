"""`make serve`: nginx in front of gunicorn. Slow clients starve no one, the
front's own error answers carry the security headers, no log line holds a query
string, and SIGTERM stops everything cleanly."""

import http.client
import signal
import socket
import threading
import time

import pytest

from benchmarks.harness import free_port, production

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
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    head = data.split(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
    fields = dict(line.split(": ", 1) for line in head[1:] if ": " in line)
    return int(head[0].split()[1]), fields


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
        (b"GET /?areas=" + b"calf," * 1000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (
            b"GET /?areas=calf HTTP/1.1\r\nHost: x\r\nX-Big: "
            + b"a" * 5000
            + b"\r\n\r\n",
            400,
        ),
    ],
    ids=["bad request line", "request line too long", "header too large"],
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


def test_sigterm_stops_both_and_no_log_line_holds_a_query(served):
    # Last in this module: it stops the server the tests above used.
    port, run = served
    assert get(port, "/?areas=calf,knee_lateral&symptoms=foot_drop")[0] == 200
    raw(port, b"GET /?areas=calf&symptoms=saddle_numbness HTTP/1.1 junk\r\n\r\n")
    run.process.send_signal(signal.SIGTERM)
    assert run.process.wait(timeout=40) == 0
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2)
    time.sleep(0.5)  # the last lines reach the reader
    logged = "".join(run.lines)
    assert "GET /" in logged  # the requests were logged...
    assert "areas=" not in logged and "symptoms" not in logged  # ...without queries
