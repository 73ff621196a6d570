"""Load: `make serve` (nginx and gunicorn), 40 simulated people tapping for 20 s.

Each person opens the page as the browser does (/ with its state, /_dash-layout,
/_dash-dependencies, then the callback that builds the page for the address) and
then taps regions and symptoms: each tap changes the selection store, whose
server callbacks (the page's parts, the matrix) are posted with the bodies Dash's
renderer sends. `--think` is the pause after each request (after each tap's
requests, which the browser sends together); `--think 0` hammers the server
with no pause at all. `--plain` measures gunicorn alone, without nginx in front.
`--kill-worker` kills one gunicorn worker (SIGKILL) halfway through and counts
the requests lost before and after; the run ends with SIGTERM to make serve,
timed until the port is free.
"""

import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import sys
import threading
import time
import urllib.request
from pathlib import Path

from benchmarks.harness import (
    descendants,
    free_port,
    gunicorn,
    production,
    renderer_body,
    selection,
)
from viz import ids
from viz.content import load_knowledge_base

UPDATE = "/_dash-update-component"


def fetch_dependencies(port: int) -> list[dict]:
    """What the page learns from /_dash-dependencies."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_dash-dependencies") as r:
        return json.loads(r.read())


class Connection:
    """A minimal keep-alive HTTP/1.1 client for Content-Length answers."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def request(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict, bytes]:
        """Send one request; reconnect once if the server closed an idle connection."""
        for attempt in (0, 1):
            if self.streams is None:
                self.streams = await asyncio.open_connection("127.0.0.1", self.port)
            reader, writer = self.streams
            head = {"Host": "127.0.0.1", "Accept-Encoding": "gzip", **(headers or {})}
            if body:
                head |= {
                    "Content-Type": "application/json",
                    "Content-Length": str(len(body)),
                }
            lines = "".join(f"{k}: {v}\r\n" for k, v in head.items())
            writer.write(f"{method} {path} HTTP/1.1\r\n{lines}\r\n".encode() + body)
            status_line = await reader.readline()
            if status_line or attempt:
                break
            self.close()
        status = int(status_line.split()[1])
        answer: dict[str, str] = {}
        while (line := await reader.readline()) not in (b"\r\n", b""):
            key, _, value = line.decode("latin-1").partition(":")
            answer[key.strip().lower()] = value.strip()
        data = await reader.readexactly(int(answer.get("content-length", "0")))
        if answer.get("connection", "").lower() == "close":
            self.close()
        return status, answer, data

    def close(self) -> None:
        """Drop the connection."""
        if self.streams:
            self.streams[1].close()
        self.streams = None


async def person(port: int, until: float, think: float, stats: dict, seed: int) -> None:
    """One person: open the page, tap a few areas and symptoms, start over."""
    regions, symptoms = stats["regions"], stats["symptoms"]
    rng = random.Random(seed)
    conn = Connection(port)

    async def timed(
        kind: str, method: str, path: str, body: bytes = b"", pause: bool = True
    ) -> None:
        start = time.perf_counter()
        try:
            status, _, _ = await conn.request(method, path, body)
            ok = status < 400
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            conn.close()
            ok = False
        stats["latency"].append((kind, time.perf_counter() - start))
        stats["errors"] += not ok
        if not ok:
            stats["failed_at"].append(time.monotonic())
        if think and pause:
            await asyncio.sleep(rng.uniform(think / 2, think * 1.5))

    callbacks = stats["selection"]
    while time.monotonic() < until:
        areas = rng.sample(regions, rng.randint(0, 2))
        query = "?areas=" + ",".join(areas) if areas else ""
        await timed("page", "GET", "/" + query)
        await timed("layout", "GET", "/_dash-layout")
        await timed("deps", "GET", "/_dash-dependencies")
        body = json.dumps(renderer_body(stats["open"], [query])).encode()
        await timed("open", "POST", UPDATE, body)
        ticked: list[str] = []
        for _ in range(rng.randint(3, 8)):
            if time.monotonic() >= until:
                break
            if rng.random() < 0.7:
                tap = rng.choice(regions)
                areas = [a for a in areas if a != tap] + ([] if tap in areas else [tap])
            else:
                ticked = sorted(set(ticked) ^ {rng.choice(symptoms)})
            for k, callback in enumerate(callbacks):  # the browser sends them together
                body = json.dumps(tap_body(callback, selection(areas, ticked))).encode()
                await timed("tap", "POST", UPDATE, body, pause=k == len(callbacks) - 1)
    conn.close()


def tap_body(callback: dict, picked: dict) -> dict:
    """The renderer's body for a selection callback; the one state any reads is
    the matrix panel's hidden, true while it is closed."""
    return renderer_body(callback, [picked], state=[True] * len(callback["state"]))


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


async def replay(port: int, people: int, seconds: float, think: float) -> dict:
    """Run every person concurrently; the gathered latencies and errors."""
    kb, deps = load_knowledge_base(), fetch_dependencies(port)
    stats: dict = {
        "latency": [],
        "errors": 0,
        "failed_at": [],
        "regions": sorted(kb.regions),
        "symptoms": sorted(kb.symptoms),
        # the page for the address, and what a change of the selection store posts
        "open": next(d for d in deps if d["output"] == f"{ids.PAGE}.children"),
        "selection": [
            d
            for d in deps
            if not d["clientside_function"]
            and any(i["id"] == ids.SELECTION for i in d["inputs"])
        ],
    }
    until = time.monotonic() + seconds
    await asyncio.gather(
        *(person(port, until, think, stats, seed) for seed in range(people))
    )
    return stats


def report(stats: dict, seconds: float) -> bool:
    """Print requests, errors and p50/p95/p99 latency, overall and per kind;
    True if the goal is met (p99 <= 100 ms, no error)."""
    rows = {"all": [t for _, t in stats["latency"]]}
    for kind, t in stats["latency"]:
        rows.setdefault(kind, []).append(t)
    total = len(rows["all"])
    print(f"requests {total} ({total / seconds:.0f}/s), errors {stats['errors']}")
    for kind, times in rows.items():
        p50, p95, p99 = (percentile(times, q) * 1000 for q in (50, 95, 99))
        print(
            f"  {kind:7} n={len(times):6}  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  "
            f"p99 {p99:6.1f} ms"
        )
    p99 = percentile(rows["all"], 99) * 1000
    met = p99 <= 100 and not stats["errors"]
    people = stats.get("people", 40)
    print(
        f"{people} clients, p99 <= 100 ms and no error: {'met' if met else 'NOT met'} "
        f"(p99 {p99:.1f} ms, {stats['errors']} errors)"
    )
    return met


def kill_a_worker(serve_pid: int, after: float, killed: list[float]) -> None:
    """After `after` seconds, SIGKILL one of make serve's gunicorn workers."""
    time.sleep(after)
    tree = descendants(serve_pid)
    master = next(
        pid for pid in tree if b"gunicorn" in open(f"/proc/{pid}/cmdline", "rb").read()
    )
    worker = descendants(master)[0]
    killed.append(time.monotonic())
    os.kill(worker, signal.SIGKILL)
    print(f"killed gunicorn worker {worker} at {after:.0f} s")


def stop_timed(process, port: int) -> None:
    """SIGTERM to make serve; print how long until it ended and the port was free."""
    start = time.monotonic()
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=40)
    ended = time.monotonic() - start
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            break
        time.sleep(0.01)
    print(
        f"SIGTERM: make serve ended in {ended:.2f} s, "
        f"port free after {time.monotonic() - start:.2f} s, exit {process.returncode}"
    )


def run(
    people: int = 40, seconds: float = 20, think: float = 0.5, kill: bool = False
) -> bool:
    """Replay the traffic against `make serve`; report; True if the goal is met
    and no log line holds a query string (and, killing a worker, none is lost)."""
    port = free_port()
    killed: list[float] = []
    with production(port) as served:
        print(
            f"make serve (nginx, gunicorn), port {port}; "
            f"{people} people, {seconds:.0f} s, think {think} s"
        )
        if kill:
            threading.Thread(
                target=kill_a_worker,
                args=(served.process.pid, seconds / 2 + 1, killed),
                daemon=True,
            ).start()
        stats = asyncio.run(replay(port, people, seconds, think))
        stats["people"] = people
        stop_timed(served.process, port)
    met = report(stats, seconds)
    if killed:
        lost = sum(t >= killed[0] for t in stats["failed_at"])
        print(
            f"requests lost: {stats['errors'] - lost} before the kill, {lost} after it"
        )
    return leaks(served.lines) and met


def leaks(lines: list[str]) -> bool:
    """Print how many log lines hold a query string; True if none."""
    leaked = [line for line in lines if re.search(r"\?[^\s\"']", line)]
    print(f"logs: {len(lines)} lines, {len(leaked)} with a query string")
    return not leaked


def main() -> None:
    """Serve, replay the traffic, report, stop."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--think", type=float, default=0.5, help="mean pause, s")
    parser.add_argument("--plain", action="store_true", help="gunicorn alone")
    parser.add_argument(
        "--kill-worker", action="store_true", help="SIGKILL a worker halfway"
    )
    args = parser.parse_args()
    if not args.plain:
        ok = run(args.people, args.seconds, args.think, args.kill_worker)
        sys.exit(0 if ok else 1)
    port = free_port()
    log = Path(f"/tmp/radiate-load-{port}.log")
    with gunicorn(port, 2, log):
        print(f"gunicorn app:server alone, port {port}")
        stats = asyncio.run(replay(port, args.people, args.seconds, args.think))
        stats["people"] = args.people
    met = report(stats, args.seconds)
    ok = leaks(log.read_text().splitlines())
    log.unlink()
    sys.exit(0 if met and ok else 1)


if __name__ == "__main__":
    main()
