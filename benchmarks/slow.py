"""Slow clients: connections that send their headers a byte at a time must not
starve anyone else.

While N connections trickle a request's headers for S seconds, a normal client
asks for a page twice a second; every one of its requests must be answered
within 1 s. Run against `make serve` (nginx in front of gunicorn) and, for
comparison, gunicorn alone.
"""

import argparse
import http.client
import socket
import sys
import threading
import time

from benchmarks.harness import free_port, gunicorn, production

GOAL = 1.0  # seconds for each normal request


def trickle(port: int, until: float) -> None:
    """Open a connection and send a request's headers one byte per second."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\n")
            for byte in b"X-Slow: " + b"a" * 200:
                if time.monotonic() > until:
                    return
                sock.sendall(bytes([byte]))
                time.sleep(1)
    except OSError:
        return  # the server timed us out: exactly what it should do


def normal(port: int, until: float, waits: list[float]) -> None:
    """A person loading pages while the slow connections hold on."""
    while time.monotonic() < until:
        start = time.monotonic()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", "/?areas=calf")
            ok = conn.getresponse().status == 200
            conn.close()
        except OSError:
            ok = False
        waits.append(time.monotonic() - start if ok else float("inf"))
        time.sleep(0.5)


def measure(port: int, slow: int, seconds: float) -> list[float]:
    """The normal client's waits while `slow` connections trickle."""
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=trickle, args=(port, until), daemon=True)
        for _ in range(slow)
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # the slow ones are in before the first normal request
    waits: list[float] = []
    normal(port, until, waits)
    return waits


def line(label: str, waits: list[float]) -> bool:
    """Print one row; True if every normal request met the goal."""
    late = sum(w > GOAL for w in waits)
    worst = max(waits) if waits else float("inf")
    print(f"  {label:34} {len(waits):3} requests, worst {worst:6.2f} s, {late} late")
    return bool(waits) and not late


def run(slow: int = 10, seconds: float = 20, baseline: bool = True) -> bool:
    """Measure `make serve` (and gunicorn alone, unless baseline is False)."""
    print(f"{slow} connections sending headers a byte a second for {seconds:.0f} s;")
    print(f"a normal page request every 0.5 s must be answered within {GOAL:.0f} s:")
    if baseline:
        port = free_port()
        with gunicorn(port, workers=2):
            line("gunicorn alone (baseline)", measure(port, slow, seconds))
    port = free_port()
    with production(port):
        met = line("make serve (nginx, gunicorn)", measure(port, slow, seconds))
    print(f"slow clients starve no one: {'met' if met else 'NOT met'}")
    return met


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slow", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    sys.exit(0 if run(args.slow, args.seconds) else 1)


if __name__ == "__main__":
    main()
