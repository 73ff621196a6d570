"""Hostile input to the callback endpoint: always a 2xx or 4xx, never a 5xx."""

import json
import re
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selenium.webdriver.common.by import By

from benchmarks.harness import renderer_body, selection
from tests.browser import candidates, start, wait, wait_painted
from viz.content import load_knowledge_base
from viz.factory import create_app
from viz.serving import MAX_BODY
from viz.too_long import MAX_TARGET

UPDATE = "/_dash-update-component"
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
KB = load_knowledge_base()
KNOWN = sorted(
    {
        *KB.regions,
        *KB.symptoms,
        *KB.conditions,
        "front",
        "back",
        "left",
        "right",
        "nerves",
        "dermatomes",
        "chain",
    }
)
MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{7*7}}",
    "${7*7}",
    "' OR 1=1 --",
    "\x00\ud7ff",
    "../../etc/passwd",
    "__proto__",
    "constructor",
    "%s%n",
    "a" * 10_000,
]

leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=40)
    | st.sampled_from(MARKUP)
    | st.sampled_from(KNOWN)
)
junk = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=6)
        | st.dictionaries(st.text(max_size=12), inner, max_size=6)
    ),
    max_leaves=40,
)
id_lists = st.lists(
    st.sampled_from(KNOWN) | st.sampled_from(MARKUP) | leaves, max_size=30
) | st.lists(st.sampled_from(KNOWN), min_size=500, max_size=3000)
stores = st.fixed_dictionaries(
    {},
    optional={
        key: id_lists | junk
        for key in ("areas", "symptoms", "view", "side", "layers", "condition", "extra")
    },
)
queries = st.lists(
    st.sampled_from(
        [
            "areas=",
            "symptoms=",
            "view=",
            "side=",
            "layers=",
            "condition=",
            "&",
            ",",
            "?",
            "%",
            "%00",
            "#",
        ]
    )
    | st.sampled_from(KNOWN)
    | st.sampled_from(MARKUP),
    max_size=40,
).map("".join)
values = stores | stores.map(json.dumps) | queries | junk | id_lists


@pytest.fixture(scope="module")
def client():
    return create_app().server.test_client()


@pytest.fixture(scope="module", autouse=True)
def clean_page(client):
    global CLEAN_PAGE_SCRIPTS
    CLEAN_PAGE_SCRIPTS = client.get("/").get_data(as_text=True).count("<script")


CLEAN_PAGE_SCRIPTS = 0


@pytest.fixture(scope="module")
def server_callbacks(client) -> list[dict]:
    """Server callbacks as the page learns them from /_dash-dependencies."""
    deps = client.get("/_dash-dependencies").get_json()
    found = [d for d in deps if not d["clientside_function"]]
    assert {i["id"] for d in found for i in d["inputs"]} == {
        "url",
        "selection",
        "share",
        "referral-matrix",
    }
    return found


def post(client, body: object, raw: bytes | None = None, **headers):
    """POST to the callback endpoint; the answer must not be a server error."""
    data = raw if raw is not None else json.dumps(body).encode()
    answer = client.post(
        UPDATE, data=data, headers={"Content-Type": "application/json", **headers}
    )
    assert answer.status_code < 500, answer.get_data(as_text=True)[:300]
    assert b"Traceback" not in answer.get_data()
    return answer


def test_the_real_shape_is_accepted(client, server_callbacks):
    real = {
        "url": "?areas=calf",
        "selection": selection(["calf"], []),
    }
    for dependency in server_callbacks:
        body = renderer_body(
            dependency, [real.get(i["id"], 1) for i in dependency["inputs"]]
        )
        assert post(client, body).status_code == 200
        del body["inputs"][0]["value"]  # what the renderer sends for undefined
        assert post(client, body).status_code in (200, 204)


@SETTINGS
@given(data=st.data())
def test_hostile_values_in_real_requests(client, server_callbacks, data):
    dependency = data.draw(st.sampled_from(server_callbacks))
    state = [data.draw(values) for _ in dependency["state"]]
    hostile = [data.draw(values) for _ in dependency["inputs"]]
    trigger = data.draw(st.integers(0, len(hostile) - 1))
    body = renderer_body(dependency, hostile, state, changed=trigger)
    answer = post(client, body)
    too_big = len(json.dumps(body)) > MAX_BODY
    assert answer.status_code == (413 if too_big else 200)
    # What comes back is components: a hostile value may come back only as a
    # text child (which React writes as text), never as an attribute.
    for component, props in answer.get_json().get("response", {}).items():
        for value in attributes(props):
            assert "<script" not in value and "onerror" not in value, component


def attributes(node: object) -> list[str]:
    """Every text an answer sets as a property, other than a text child."""
    if isinstance(node, list):
        return [a for child in node for a in attributes(child)]
    if not isinstance(node, dict):
        return []
    found = []
    for key, value in node.items():
        if key == "children" and isinstance(value, str):
            continue
        found += [value] if isinstance(value, str) else attributes(value)
    return found


def mutations(dependency: dict) -> st.SearchStrategy:
    """Bodies that differ from the renderer's in their shape."""
    good = renderer_body(dependency, [None])
    keys = st.sampled_from(sorted(good) + ["state", "output", "x"])
    replaced = st.tuples(keys, junk).map(lambda kv: {**good, kv[0]: kv[1]})
    dropped = keys.map(lambda k: {key: v for key, v in good.items() if key != k})
    inputs = st.lists(
        st.dictionaries(st.sampled_from(["id", "property", "value", "x"]), junk),
        max_size=3,
    ).map(lambda i: {**good, "inputs": i})
    output = (
        st.text(max_size=80)
        | st.sampled_from(
            ["map.data-selection", "..a.b...c.d..", "....", ".", "url.search"]
        )
    ).map(lambda o: {**good, "output": o})
    return replaced | dropped | inputs | output | junk


@SETTINGS
@given(data=st.data())
def test_malformed_requests_get_4xx(client, server_callbacks, data):
    dependency = data.draw(st.sampled_from(server_callbacks))
    answer = post(client, data.draw(mutations(dependency)))
    assert answer.status_code in (200, 400, 413)


@pytest.mark.parametrize(
    "raw, content_type, status",
    [
        (b"{not json", "application/json", 400),
        (b"", "application/json", 400),
        (b"null", "application/json", 400),
        (b"\xff\xfe\x00garbage", "application/json", 400),
        (b"[" * 200_000 + b"]" * 200_000, "application/json", 413),
        (b"[" * 50_000 + b"]" * 50_000, "application/json", 400),
        (b'{"output": "x"}', "text/plain", 415),
        (b"x" * (MAX_BODY + 1), "application/json", 413),
    ],
)
def test_malformed_bytes(client, raw, content_type, status):
    assert (
        post(client, None, raw=raw, **{"Content-Type": content_type}).status_code
        == status
    )


def test_other_methods_and_paths(client):
    assert client.get(UPDATE).status_code == 200  # Dash's catch-all: the page
    assert client.put(UPDATE, data=b"{}").status_code == 405
    assert client.get("/_dash-component-suites/os/../../etc/passwd").status_code == 404
    assert client.get("/_dash-component-suites/dash/nope.js").status_code == 404
    # a source map Dash's registry names but its package does not ship
    for name in ("dash_renderer.min.js.map", "dash_renderer.dev.js.map"):
        path = f"/_dash-component-suites/dash/dash-renderer/build/{name}"
        answer = client.get(path)
        assert answer.status_code == 404 and b"Traceback" not in answer.get_data()


@SETTINGS
@given(
    prefix=st.sampled_from(
        [
            "/",
            "/assets/",
            "/_dash-component-suites/",
            "/_dash-component-suites/dash/",
            "/_dash-component-suites/dash/dash-renderer/build/",
            "/_dash-component-suites/dash/dcc/",
            "/_dash-layout/",
        ]
    ),
    rest=st.text(max_size=60)
    | st.sampled_from(MARKUP[:-1])
    | st.tuples(  # files a bundle names beside it: maps, licences
        st.sampled_from(["dash_renderer.min.js", "dash_core_components.js"]),
        st.sampled_from([".map", ".LICENSE.txt", "x", ""]),
    ).map("".join),
)
def test_hostile_paths(client, prefix, rest):
    # A path starting "//" would name a host to the test client, not a path.
    answer = client.get(prefix + quote(rest, safe="/.?=&%").lstrip("/"))
    assert answer.status_code < 500
    assert b"Traceback" not in answer.get_data()


@SETTINGS
@given(query=queries)
def test_hostile_addresses_reach_the_page_only_as_escaped_text(
    client, server_callbacks, query
):
    # The index is the same for every address; the page is opened for it by a
    # callback, whose components carry what the address holds as a state
    # (known ids only) and in the notice (text, which React writes escaped).
    search = "?" + quote(query, safe="=&,")
    answer = client.get("/" + search)
    if len("/" + search) > MAX_TARGET:  # the app's own page, no script in it
        assert answer.status_code == 414 and b"<script" not in answer.get_data()
        return
    assert answer.status_code == 200
    page = answer.get_data(as_text=True)
    assert page.count("<script") == CLEAN_PAGE_SCRIPTS
    assert "<img" not in page and not re.search(r"<[^>]*onerror", page)
    opening = next(d for d in server_callbacks if d["inputs"][0]["id"] == "url")
    opened = post(client, renderer_body(opening, [search]))
    assert opened.status_code == 200
    json.dumps(opened.get_json())  # a whole answer, whatever the address


def barrage(base: str) -> list[int]:
    """Fire hostile requests at a live server; the status codes it answered."""
    bodies = [
        b"{bad",
        b"[" * 50_000,
        json.dumps({"output": "<script>"}).encode(),
        json.dumps({"output": 1, "inputs": [[[[]]]]}).encode(),
        json.dumps({"areas": ["x"] * 10_000}).encode(),
    ] * 10
    codes = []
    for body in bodies:
        request = urllib.request.Request(
            base + UPDATE, data=body, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                codes.append(answer.status)
        except urllib.error.HTTPError as err:
            codes.append(err.code)
    return codes


@pytest.mark.browser
def test_the_page_still_works_after_a_barrage(dash_duo):
    driver = start(dash_duo)
    codes = barrage(dash_duo.server_url)
    assert codes and all(400 <= c < 500 for c in codes)
    driver.find_element(By.CSS_SELECTOR, '#map [data-region="knee_medial"]').click()
    wait_painted(dash_duo, "?areas=knee_medial")
    wait(dash_duo, lambda d: candidates(d))
    driver.refresh()
    wait_painted(dash_duo, "?areas=knee_medial")
    assert candidates(driver)


HEADER_NAMES = [
    "Host",
    "X-Forwarded-Proto",
    "X-Forwarded-Host",
    "X-Forwarded-For",
    "Accept-Encoding",
    "Accept-Language",
    "Content-Type",
    "Content-Length",
    "Cookie",
    "Range",
    "If-None-Match",
    "If-Modified-Since",
    "Origin",
    "Referer",
    "Transfer-Encoding",
]
header_values = (
    st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=300)
    | st.sampled_from(MARKUP[:-1])
    | st.sampled_from(["127.0.0.1", "localhost:8050", "evil.example", "a" * 2000])
)


@SETTINGS
@given(
    path=st.sampled_from(
        ["/", "/?areas=calf", UPDATE, "/healthz", "/qr.svg?areas=calf"]
    ),
    headers=st.dictionaries(st.sampled_from(HEADER_NAMES), header_values, max_size=6),
)
def test_hostile_headers(client, server_callbacks, path, headers):
    """Any header, any value: an answer or a refusal, never a server error."""
    if path == UPDATE:
        body = renderer_body(server_callbacks[0], ["?areas=calf"])
        answer = client.post(path, data=json.dumps(body), headers=headers)
    else:
        answer = client.get(path, headers=headers)
    assert answer.status_code < 500, (headers, answer.status_code)
    assert b"Traceback" not in answer.get_data()
