"""Load: gunicorn with 2 workers, 40 simulated people tapping for 20 s; latency.

Each person opens the page (/, /_dash-layout, /_dash-dependencies, the URL
callback) and then taps regions and symptoms, each tap one render callback with
the body Dash's renderer sends. `--think` is the pause between a person's
actions; `--think 0` hammers the server with no pause at all.
"""

import argparse
import asyncio
import json
import random
import sys
import time
import urllib.request
from pathlib import Path

from viz.content import load_knowledge_base
from viz.harness import free_port, gunicorn, renderer_body, selection, server_callback

ROOT = Path(__file__).resolve().parent.parent


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
    on_url, on_selection = stats["url"], stats["selection"]
    rng = random.Random(seed)
    conn = Connection(port)

    async def timed(kind: str, method: str, path: str, body: bytes = b"") -> None:
        start = time.perf_counter()
        try:
            status, _, _ = await conn.request(method, path, body)
            ok = status < 400
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            conn.close()
            ok = False
        stats["latency"].append((kind, time.perf_counter() - start))
        stats["errors"] += not ok
        if think:
            await asyncio.sleep(rng.uniform(think / 2, think * 1.5))

    while time.monotonic() < until:
        areas = rng.sample(regions, rng.randint(0, 2))
        query = "?areas=" + ",".join(areas) if areas else ""
        await timed("page", "GET", "/" + query)
        await timed("layout", "GET", "/_dash-layout")
        await timed("deps", "GET", "/_dash-dependencies")
        await timed(
            "url",
            "POST",
            "/_dash-update-component",
            json.dumps(renderer_body(on_url, [query])).encode(),
        )
        ticked: list[str] = []
        for _ in range(rng.randint(3, 8)):
            if time.monotonic() >= until:
                break
            if rng.random() < 0.7:
                tap = rng.choice(regions)
                areas = [a for a in areas if a != tap] + ([] if tap in areas else [tap])
            else:
                ticked = sorted(set(ticked) ^ {rng.choice(symptoms)})
            body = renderer_body(
                on_selection, [query, selection(areas, ticked)], changed=1
            )
            await timed(
                "tap", "POST", "/_dash-update-component", json.dumps(body).encode()
            )
    conn.close()


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
        "regions": sorted(kb.regions),
        "symptoms": sorted(kb.symptoms),
        "url": server_callback(deps, "url"),
        "selection": server_callback(deps, "selection"),
    }
    until = time.monotonic() + seconds
    await asyncio.gather(
        *(person(port, until, think, stats, seed) for seed in range(people))
    )
    return stats


def report(stats: dict, seconds: float) -> None:
    """Print requests, errors and p50/p95/p99 latency, overall and per kind."""
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
    print(f"goal p99 <= 100 ms: {'met' if p99 <= 100 else 'NOT met'} ({p99:.1f} ms)")


def main() -> None:
    """Start gunicorn, replay the traffic, report, stop gunicorn."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--think", type=float, default=0.5, help="mean pause, s")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    port = free_port()
    log = Path(f"/tmp/radiate-load-{port}.log")
    with gunicorn(port, args.workers, log):
        print(
            f"gunicorn app:server, {args.workers} workers, port {port}; "
            f"{args.people} people, {args.seconds:.0f} s, think {args.think} s"
        )
        stats = asyncio.run(replay(port, args.people, args.seconds, args.think))
    report(stats, args.seconds)
    lines = log.read_text().splitlines()
    leaked = sum("?" in line for line in lines)
    print(f"access log: {len(lines)} lines, {leaked} with a query string")
    log.unlink()
    sys.exit(1 if stats["errors"] or leaked else 0)


if __name__ == "__main__":
    main()
