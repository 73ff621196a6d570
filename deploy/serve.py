"""The production configuration in the foreground: `make serve`.

nginx (deploy/nginx.conf) listens on 127.0.0.1:$PORT (default 8000) and hands
whole, buffered requests to gunicorn (gunicorn.conf.py) on a private unix
socket. Slow or stalled clients wait in nginx, never in a gunicorn thread; the
answers nginx writes itself carry the security headers. Every log line of both
goes through here and leaves without its query string or any raw control
character. SIGTERM or Ctrl-C stops both within 5 s; so does the end of the
process that started this one (make), on Linux.

    python -m deploy.serve          # PORT=8000 by default
"""

import ctypes
import errno
import os
import shutil
import signal
import socket as socket_module
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import IO

from viz import too_long
from viz.origin import ConfigurationError, allowed_hosts, behind_tls, public_url
from viz.serving import log_safe

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx.conf"
HOST = "127.0.0.1"
PR_SET_PDEATHSIG = 1  # linux/prctl.h
STOP_WITHIN = 4.5  # seconds from SIGTERM until everything is stopped


def ensure_nginx() -> str:
    """The nginx binary; installed from Debian when missing and allowed (root)."""
    found = shutil.which("nginx") or shutil.which("/usr/sbin/nginx")
    if found:
        return found
    if os.geteuid() != 0:
        sys.exit("make serve needs nginx: sudo apt-get install nginx-light")
    print("Installing nginx from Debian...", flush=True)
    env = {"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/bin"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "nginx-light"], check=True, env=env
    )
    return shutil.which("nginx") or "/usr/sbin/nginx"


def nginx_conf(directory: Path, port: int, socket: Path) -> str:
    """deploy/nginx.conf with this run's folder, port, socket and host names
    filled in."""
    names = {
        "DIR": str(directory),
        "HOST": HOST,
        "PORT": str(port),
        "SERVER_NAMES": " ".join(allowed_hosts()),
        "FORWARDED_HTTPS": "https" if behind_tls() else "$scheme",
        "FRONT_POLICY": too_long.POLICY,
    }
    text = TEMPLATE.read_text(encoding="utf-8").replace("@SOCKET@", str(socket))
    for name, value in names.items():
        text = text.replace(f"@{name}@", value)
    return text


def redacted(line: bytes) -> str:
    """A log line without any query string or raw control character."""
    return log_safe(line.decode("utf-8", "replace").rstrip("\r\n")) + "\n"


def relay(stream: IO[bytes], out: IO[str]) -> None:
    """Copy a child's log lines to ours (split at LF alone), redacted."""
    for line in stream:
        out.write(redacted(line))
        out.flush()


# Loaded before any fork: a child only calls prctl, it loads nothing.
LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform == "linux" else None


def die_with_parent(signum: int = signal.SIGTERM) -> None:
    """Linux: have the kernel send signum to this process when the process
    that started it ends, however it ends (no orphan keeps the port)."""
    if LIBC is not None:
        LIBC.prctl(PR_SET_PDEATHSIG, signum)


def start(command: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
    """A child whose output is relayed through the redaction, and which ends
    if this process does."""
    child = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # Ctrl-C reaches us; we stop the children
        preexec_fn=die_with_parent,
    )
    for stream, out in ((child.stdout, sys.stdout), (child.stderr, sys.stderr)):
        assert stream is not None
        threading.Thread(target=relay, args=(stream, out), daemon=True).start()
    return child


def port_free(port: int) -> bool:
    """Nothing listens on HOST:port (as nginx binds it, address reuse on)."""
    with socket_module.socket() as probe:
        probe.setsockopt(socket_module.SOL_SOCKET, socket_module.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                return False
            raise
    return True


def healthy(port: int) -> bool:
    """/healthz answers 200 through nginx."""
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def until(
    ready: Callable[[], bool],
    children: list[subprocess.Popen],
    failure: str,
    seconds: float = 60,
) -> None:
    """Wait until ready() holds; fail if a child stops or time runs out."""
    deadline = time.monotonic() + seconds
    while not ready():
        if any(c.poll() is not None for c in children):
            raise RuntimeError(failure)
        if time.monotonic() > deadline:
            raise RuntimeError(failure)
        time.sleep(0.1)


def stop_all(app: subprocess.Popen, children: list[subprocess.Popen]) -> None:
    """nginx first (QUIT: the requests in flight are answered, 3 s at most),
    then gunicorn (TERM: the same); whatever still runs after STOP_WITHIN
    seconds is killed, so the port is free within 5 s of SIGTERM."""
    deadline = time.monotonic() + STOP_WITHIN
    for child in reversed(children):
        if child.poll() is None:
            child.send_signal(signal.SIGTERM if child is app else signal.SIGQUIT)
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def serve(port: int) -> int:
    """Run nginx and gunicorn until SIGTERM/SIGINT or until either stops."""
    nginx = ensure_nginx()
    stopping = threading.Event()

    def stop(signum: int, frame: object) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    parent = os.getppid()
    die_with_parent()
    if os.getppid() != parent:  # it ended before it could be watched
        return 1
    os.environ["PORT"] = str(port)  # the default public address's port
    try:
        allowed_hosts()  # PUBLIC_URL and ALLOWED_HOSTS can be used
    except ConfigurationError as err:
        print(f"make serve: {err}", file=sys.stderr)
        return 2
    if not port_free(port):
        print(
            f"make serve: port {port} is in use (another make serve?): stop it,"
            " or choose another with PORT=...",
            file=sys.stderr,
        )
        return 1
    with tempfile.TemporaryDirectory(prefix="radiate-") as tmp:
        directory = Path(tmp)
        directory.chmod(0o711)  # nginx's workers (another user) reach the socket
        (directory / "too-long.html").write_bytes(too_long.PAGE)
        (directory / "too-long.html").chmod(0o644)
        socket = directory / "app.sock"
        conf = directory / "nginx.conf"
        conf.write_text(nginx_conf(directory, port, socket), encoding="utf-8")
        # nginx writes the access log; gunicorn keeps its error log.
        # The share link names the public address, written out: in production
        # it never follows a request's Host, not even a loopback one.
        env = {
            **os.environ,
            "BIND": f"unix:{socket}",
            "ACCESS_LOG": "",
            "PORT": str(port),
        }
        env["PUBLIC_URL"] = public_url()
        gunicorn = [sys.executable, "-m", "gunicorn", "app:server"]
        app = start(gunicorn, env)
        children = [app]
        try:
            until(lambda: socket.exists(), children, "gunicorn did not start")
            front = start([nginx, "-p", tmp, "-c", str(conf), "-g", "daemon off;"])
            children.append(front)
            until(lambda: healthy(port), children, f"nothing answered on port {port}")
            print(f"Radiate: http://{HOST}:{port}/ (nginx, gunicorn)", flush=True)
            while not stopping.is_set() and all(c.poll() is None for c in children):
                stopping.wait(0.5)
        except RuntimeError as err:
            print(f"make serve: {err}", file=sys.stderr)
        finally:
            stop_all(app, children)
    clean = stopping.is_set() and all(c.returncode == 0 for c in children)
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(serve(int(os.environ.get("PORT", "8000"))))
