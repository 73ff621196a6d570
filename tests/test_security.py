"""Security headers, health, caching and compression; the page works under its CSP."""

import base64
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import dash
import plotly
import pytest
from selenium.webdriver.common.by import By

from benchmarks.harness import renderer_body, selection, server_callback
from tests.browser import wait, wait_painted
from tests.conftest import ROOT
from tests.journey import consult, open_watched, violations
from viz.factory import create_app


@pytest.fixture(scope="module")
def app():
    return create_app()


@pytest.fixture(scope="module")
def client(app):
    return app.server.test_client()


def script_url(client, name: str) -> str:
    """The fingerprinted URL of a script the page loads, by part of its name."""
    html = client.get("/").get_data(as_text=True)
    return next(u for u in re.findall(r'src="([^"]+)"', html) if name in u)


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as directive -> sources."""
    parts = [p.split() for p in response.headers["Content-Security-Policy"].split(";")]
    return {p[0]: p[1:] for p in parts if p}


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/_dash-layout",
        "/healthz",
        "/assets/radiate.js",
        "/no/such/page",
        "/_dash-component-suites/x/y.js",
    ],
)
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in response.headers["Permissions-Policy"]
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"] and csp["connect-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert not {"'unsafe-inline'", "'unsafe-eval'", "*"} & set(csp["script-src"])


def test_script_hashes_cover_exactly_the_inline_scripts(client):
    response = client.get("/")
    html = re.sub(r"<!--.*?-->", "", response.get_data(as_text=True), flags=re.S)
    inline = re.findall(
        r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)"
        r"</script>",
        html,
        re.S,
    )
    digests = (hashlib.sha256(s.encode()).digest() for s in inline)
    hashes = {f"'sha256-{base64.b64encode(d).decode()}'" for d in digests}
    # Dash's renderer start-up only: the clientside callbacks live in assets/.
    assert inline and all("DashRenderer" in s for s in inline)
    assert hashes == set(policy(response)["script-src"]) - {"'self'"}


def test_the_page_names_no_python_build_or_library_version(client):
    html = client.get("/").get_data(as_text=True)
    config = json.loads(
        re.search(r'<script id="_dash-config"[^>]*>(.*?)</script>', html, re.S)[1]
    )
    assert not {"python_version", "dash_version", "plotly_version"} & set(config)
    assert sys.version.split()[0] not in html and "GCC" not in html
    # Dash's cache-busting names of its own files (v4_4_1m…) are all that is left
    assert plotly.__version__ not in html
    assert f'"{dash.__version__}"' not in html


def test_health_endpoint(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}
    assert response.headers["Cache-Control"] == "no-store"


def test_fingerprinted_files_are_immutable_and_the_rest_short_lived(client):
    html = client.get("/").get_data(as_text=True)
    suites = re.findall(r'src="(/_dash-component-suites/[^"]+)"', html)
    assets = re.findall(r'(?:src|href)="(/assets/[^"]+\?m=[^"]+)"', html)
    assert suites and assets
    for url in suites + assets:
        answer = client.get(url)
        assert answer.status_code == 200, url
        assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert client.get("/assets/svg/front.svg").headers["Cache-Control"] == (
        "public, max-age=300"
    )
    assert client.get("/").headers["Cache-Control"] == "no-cache"


@pytest.mark.parametrize(
    "path", ["/", "/assets/svg/front.svg", "react-dom", "radiate.js"]
)
def test_responses_are_gzipped_when_asked(client, path):
    path = path if path.startswith("/") else script_url(client, path)
    plain = client.get(path).get_data()
    packed = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert packed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed.headers["Vary"]
    per_load = re.compile(rb'"end_id":"[^"]*"')  # Dash signs each page load anew
    assert per_load.sub(b"", gzip.decompress(packed.get_data())) == per_load.sub(
        b"", plain
    )
    assert len(packed.get_data()) < len(plain) / 2


def test_callback_answers_are_not_cached(app, client):
    deps = client.get("/_dash-dependencies").get_json()
    body = renderer_body(server_callback(deps, "selection"), [selection(["calf"], [])])
    answer = client.post("/_dash-update-component", json=body)
    assert answer.status_code == 200
    assert answer.headers["Cache-Control"] == "no-store"


# Serves the app in a fresh interpreter and prints a digest of the index, the
# layout, the page opened for an address, a tap's answer and the share panel's.
# (The index holds a token Dash draws at random for each process: left out.)
ANSWERS = """
import hashlib, json, re, sys
from viz.factory import create_app
from benchmarks.harness import renderer_body, server_callback, selection
client = create_app().server.test_client()
deps = client.get("/_dash-dependencies").get_json()
tap = selection(["calf", "knee_lateral"], ["foot_drop"])
tap = renderer_body(server_callback(deps, "selection"), [tap])
share = renderer_body(server_callback(deps, "share"), [1], [{"areas": ["calf"]}])
opened = renderer_body(server_callback(deps, "url"), ["?areas=calf&symptoms=fever"])
digest = hashlib.sha256()
for answer in (
    client.get("/?areas=calf,knee_lateral&symptoms=foot_drop,saddle_numbness"),
    client.get("/_dash-layout"),
    client.post("/_dash-update-component", json=opened),
    client.post("/_dash-update-component", json=tap),
    client.post("/_dash-update-component", json=share),
):
    assert answer.status_code == 200, answer.status_code
    if answer.is_json:  # Dash orders a component's data-* props as it likes
        digest.update(json.dumps(answer.get_json(), sort_keys=True).encode())
    else:
        digest.update(re.sub(rb'"end_id":"[^"]*"', b"", answer.get_data()))
sys.stdout.write(digest.hexdigest())
"""


def test_instances_send_the_same_bytes_whatever_their_hash_seed():
    instances = [
        subprocess.Popen(
            [sys.executable, "-c", ANSWERS],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            text=True,
        )
        for seed in ("1", "2", "3")
    ]
    digests = {instance.communicate(timeout=60)[0] for instance in instances}
    assert all(instance.returncode == 0 for instance in instances)
    assert len(digests) == 1


@pytest.mark.browser
def test_the_whole_page_works_under_the_policy(dash_duo):
    driver = consult(dash_duo)
    assert driver.find_element(By.ID, "explanation").text
    assert violations(driver) == []


@pytest.mark.browser
def test_the_policy_is_enforced_and_its_violations_are_seen(dash_duo):
    driver = open_watched(dash_duo)
    wait_painted(dash_duo, "")
    driver.execute_script(
        "var s = document.createElement('script');"
        "s.textContent = 'window.__ran = true;';"
        "document.head.appendChild(s);"
    )
    wait(dash_duo, lambda d: d.execute_script("return window.__violations.length;"))
    assert driver.execute_script("return window.__ran === undefined;")
    assert any("script-src" in p for p in violations(driver))


def test_a_fresh_worker_serves_the_scripts_to_concurrent_first_requests(client):
    """Gunicorn forks workers (and recycles them) after the app is built; a new
    worker's first requests arrive together, in threads: none may answer 404."""
    html = client.get("/").get_data(as_text=True)
    urls = re.findall(r'src="([^"]*_dash-component-suites[^"]+)"', html)
    fresh = create_app().server
    start = threading.Barrier(len(urls))

    def fetch(url: str) -> int:
        start.wait()
        return fresh.test_client().get(url).status_code

    with ThreadPoolExecutor(len(urls)) as pool:
        codes = list(pool.map(fetch, urls))
    assert len(urls) > 5 and codes == [200] * len(urls)
