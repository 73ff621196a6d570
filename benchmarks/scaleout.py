"""Scale-out: two gunicorn instances behind nginx round-robin give identical answers.

No state lives in a server between requests, so any instance can answer any
request: the same selection sent repeatedly through nginx must reach both
instances and come back the same. The same JSON, that is: Dash writes a
component's data-* and aria-* props in an order that follows each process's
string hashing, so two processes may order an object's keys differently.
"""

import json
import subprocess
import sys
import tempfile
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

from benchmarks.harness import (
    free_port,
    gunicorn,
    renderer_body,
    selection,
    server_callback,
    wait_healthy,
)
from benchmarks.load import fetch_dependencies
from deploy.serve import ensure_nginx

REQUESTS = 40
NGINX_CONF = """
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 256; }}
http {{
  log_format noquery '$remote_addr [$time_local] "$request_method $uri" $status '
                     '$body_bytes_sent $upstream_addr';
  access_log {dir}/access.log noquery;
  client_body_temp_path {dir}/body;
  proxy_temp_path {dir}/proxy;
  fastcgi_temp_path {dir}/fastcgi;
  uwsgi_temp_path {dir}/uwsgi;
  scgi_temp_path {dir}/scgi;
  upstream radiate {{
    server 127.0.0.1:{a};
    server 127.0.0.1:{b};
    keepalive 8;
  }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://radiate;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      add_header X-Upstream $upstream_addr always;
    }}
  }}
}}
"""


@contextmanager
def nginx(port: int, upstreams: tuple[int, int]):
    """nginx in the foreground on a loopback port, round-robin over two instances."""
    with tempfile.TemporaryDirectory(prefix="radiate-nginx-") as tmp:
        conf = Path(tmp) / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(dir=tmp, port=port, a=upstreams[0], b=upstreams[1])
        )
        proc = subprocess.Popen(
            [ensure_nginx(), "-p", tmp, "-c", str(conf), "-g", "daemon off;"]
        )
        try:
            wait_healthy(port)
            yield proc
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def post(port: int, body: bytes) -> tuple[str, bytes]:
    """POST a callback through nginx: which upstream answered, and the raw body."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/_dash-update-component",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.headers["X-Upstream"], answer.read()


def same_json(data: bytes) -> str:
    """An answer written with its objects' keys in one order."""
    return json.dumps(json.loads(data), sort_keys=True)


def main() -> None:
    """Start two instances and nginx, send one selection repeatedly, compare."""
    ensure_nginx()
    a, b, front = free_port(), free_port(), free_port()
    picked = selection(
        ["knee_medial", "ankle_medial"], ["burning"], "saphenous_entrapment"
    )
    with ExitStack() as stack:
        stack.enter_context(gunicorn(a, workers=1))
        stack.enter_context(gunicorn(b, workers=1))
        stack.enter_context(nginx(front, (a, b)))
        render = server_callback(fetch_dependencies(front), "selection")
        body = json.dumps(renderer_body(render, [picked])).encode()
        answers = [post(front, body) for _ in range(REQUESTS)]
    by_upstream: dict[str, int] = {}
    for upstream, _ in answers:
        by_upstream[upstream] = by_upstream.get(upstream, 0) + 1
    distinct = {same_json(data) for _, data in answers}
    both = set(by_upstream) == {f"127.0.0.1:{a}", f"127.0.0.1:{b}"}
    print(
        f"nginx :{front} round-robin over :{a} and :{b}; {REQUESTS} identical "
        "render requests"
    )
    for upstream, count in sorted(by_upstream.items()):
        print(f"  {upstream} answered {count}")
    size = len(next(iter(distinct)))
    print(
        f"distinct answers: {len(distinct)} ({size} characters)"
        if len(distinct) == 1
        else f"distinct answers: {len(distinct)}"
    )
    ok = both and len(distinct) == 1
    print(
        "scale-out: OK, both instances answered the same" if ok else "scale-out: FAILED"
    )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
