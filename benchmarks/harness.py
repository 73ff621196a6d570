"""Driving the app from outside, for the tests and the benchmarks alike: the
body Dash's renderer posts, a free port, gunicorn in a subprocess, the app in a
thread, and headless Chromium with this machine's flags."""

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.support.ui import WebDriverWait
from werkzeug.serving import make_server

from viz.factory import create_app

ROOT = Path(__file__).resolve().parent.parent
# How often a browser wait looks again. Selenium's default, half a second, adds
# up to that much to every wait: about a third of the browser tests' time.
POLL = 0.05


def output_targets(output: str) -> list[dict[str, str]]:
    """The (id, property) pairs a callback's output key names, as Dash writes it:
    'id.prop' for one output, '..id1.prop1...id2.prop2..' for several."""
    parts = output.strip(".").split("...") if output.startswith("..") else [output]
    return [dict(zip(("id", "property"), p.rsplit(".", 1), strict=True)) for p in parts]


def renderer_body(
    dependency: dict,
    values: list,
    state: list | None = None,
    changed: int | None = None,
) -> dict:
    """A request for one of /_dash-dependencies, as Dash's renderer builds it.

    `values` are the first inputs' values (the rest are sent undefined, without
    a value); `changed` is the index of the input that triggered, or all given.
    """
    output = dependency["output"]
    outputs = output_targets(output)
    inputs = [
        {**i, "value": v} for i, v in zip(dependency["inputs"], values, strict=False)
    ]
    inputs += [dict(i) for i in dependency["inputs"][len(values) :]]
    given = range(len(values)) if changed is None else [changed]
    names = [f"{i['id']}.{i['property']}" for i in dependency["inputs"]]
    changed_ids = [names[k] for k in given]
    body = {
        "output": output,
        "outputs": outputs if len(outputs) > 1 else outputs[0],
        "inputs": inputs,
        "changedPropIds": changed_ids,
        "parsedChangedPropsIds": changed_ids,
    }
    if dependency["state"]:
        body["state"] = [
            {**s, "value": v}
            for s, v in zip(
                dependency["state"],
                state or [None] * len(dependency["state"]),
                strict=True,
            )
        ]
    return body


def server_callback(dependencies: list[dict], input_id: str) -> dict:
    """The server callback (not clientside) that a component's change triggers."""
    return next(
        d
        for d in dependencies
        if not d["clientside_function"]
        and any(i["id"] == input_id for i in d["inputs"])
    )


def selection(
    areas: list[str],
    symptoms: list[str],
    condition: str | None = None,
    view: str = "front",
    side: str = "right",
) -> dict:
    """The page state as the map script puts it in the selection store."""
    state = {
        "areas": areas,
        "symptoms": symptoms,
        "view": view,
        "side": side,
        "layers": ["nerves"],
        "condition": condition,
    }
    return state


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(port: int, timeout: float = 30) -> None:
    """Poll /healthz until it answers 200."""
    end = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return
        except OSError:
            if time.monotonic() > end:
                raise
            time.sleep(0.1)


@contextmanager
def gunicorn(
    port: int,
    workers: int = 2,
    log: Path | None = None,
    target: str = "app:server",
    errors: Path | None = None,
):
    """Run `gunicorn app:server` (with gunicorn.conf.py) on a loopback port; its
    access log to log, its error log to errors (else nowhere)."""
    cmd = [
        sys.executable,
        "-m",
        "gunicorn",
        target,
        "-w",
        str(workers),
        "-b",
        f"127.0.0.1:{port}",
        "--access-logfile",
        str(log or os.devnull),
        "--error-logfile",
        str(errors or os.devnull),
    ]
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_healthy(port)
        yield proc
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


@dataclass
class Production:
    """`make serve` running in a subprocess: its process and every log line."""

    process: subprocess.Popen
    lines: list[str] = field(default_factory=list)


@contextmanager
def production(
    port: int,
    workers: int | None = None,
    command: tuple[str, ...] = (sys.executable, "-m", "deploy.serve"),
    env: dict[str, str] | None = None,
) -> Iterator[Production]:
    """Run `make serve`'s configuration (python -m deploy.serve, or the command
    given) on a loopback port, with env added to the environment; stop it with
    SIGTERM afterwards, keeping everything it logged."""
    env = {**os.environ, **(env or {}), "PORT": str(port)}
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    proc = subprocess.Popen(
        list(command),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    run = Production(proc)
    output = proc.stdout
    assert output is not None
    reader = threading.Thread(target=lambda: run.lines.extend(output), daemon=True)
    reader.start()
    try:
        wait_healthy(port, timeout=90)
        yield run
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=40)
        reader.join(timeout=5)


def descendants(pid: int) -> list[int]:
    """Every process below pid (Linux /proc), children first."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # it ended meanwhile
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        below = parents.get(todo.pop(0), [])
        found += below
        todo += below
    return found


FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
    "--window-size=1280,800",
)


@contextmanager
def serving(app=None):
    """Yield the base URL of the app served on a free loopback port."""
    server = make_server("127.0.0.1", 0, (app or create_app()).server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


def chromium_options(headless: bool = True) -> webdriver.ChromeOptions:
    """Chromium flags for a closed network and a root user; a laptop-sized window."""
    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        if flag != "--headless" or headless:
            options.add_argument(flag)
    return options


@contextmanager
def chromium() -> Iterator[webdriver.Chrome]:
    """A headless Chromium driver that quits when done."""
    driver = webdriver.Chrome(options=chromium_options())
    try:
        yield driver
    finally:
        driver.quit()


def set_viewport(driver, width: int, height: int) -> None:
    """Make the page's viewport exactly width x height CSS pixels."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )


def open_painted(driver, base: str, query: str, timeout: float = 30) -> None:
    """Open a query and wait until the map has painted it."""
    driver.get(f"{base}/?{query}" if query else base)
    WebDriverWait(driver, timeout, poll_frequency=POLL).until(
        lambda d: d.execute_script(
            "var m = document.getElementById('map');"
            "return !!(m && m.querySelector('svg') && m.hasAttribute('data-query'));"
        )
    )
