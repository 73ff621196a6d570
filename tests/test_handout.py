"""The printed handout (viz/handout.py): the selection in words, the warning
signs to watch for, raised ones first, and the way back to this view."""

from datetime import date

import pytest
from selenium.webdriver.common.by import By

from benchmarks.harness import renderer_body, selection, server_callback
from tests.browser import query, start, wait
from tests.components import of_type, walk, words
from viz.factory import create_app
from viz.handout import handout_page, room
from viz.qr_route import qr_svg
from viz.reasoning import assess
from viz.share import page_url
from viz.urlstate import parse_query, to_query

PRINTED = date(2026, 3, 14)


def part(page, name: str) -> str:
    """The words of the handout's parts of one class."""
    return words(
        [c for c in walk(page) if name in (getattr(c, "className", None) or "").split()]
    )


def watched(page) -> set[str]:
    """The short titles of the warning signs listed to watch for."""
    items = [
        c
        for c in walk(page)
        if "watch" in (getattr(c, "className", None) or "").split()
    ]
    return {t for li in items for t in li.children[1].split("; ")}


def made(kb, query: str):
    """The handout for a query, as the page builds it, and its state."""
    state = parse_query(kb, query)
    result = assess(kb, state.areas, state.symptoms)
    url = page_url(to_query(state))
    page = handout_page(kb, state, result.candidates, result.red_flags, url, PRINTED)
    return page, url


def test_handout_names_the_areas_and_findings_in_words(kb):
    page, _ = made(kb, "areas=knee_lateral,foot_dorsum&symptoms=foot_drop")
    chosen = part(page, "handout-chosen")
    assert kb.regions["knee_lateral"].name in chosen
    assert kb.regions["foot_dorsum"].name in chosen
    assert kb.symptoms["foot_drop"].label in chosen
    assert "knee_lateral" not in chosen


def test_handout_lists_warning_signs_to_watch_with_none_raised(kb):
    page, _ = made(kb, "areas=knee_anterior")
    warnings = part(page, "handout-warnings")
    assert kb.ui.handout_watch_heading in warnings
    assert kb.ui.handout_raised not in warnings
    assert watched(page) == {
        rule.title
        for rule in kb.red_flags.values()
        if rule.level in ("emergency", "urgent")
    }
    assert kb.ui.section in part(page, "handout-warnings")


def test_raised_warnings_come_first_and_are_marked(kb):
    page, _ = made(kb, "areas=lower_back&symptoms=back_pain,bowel_bladder_change")
    warnings = part(page, "handout-warnings")
    raised = kb.red_flags["bowel_bladder"]
    assert f"{kb.ui.handout_raised}: " in part(page, "raised")
    assert raised.title in part(page, "raised")
    assert warnings.index(raised.title) < warnings.index(kb.ui.handout_watch_emergency)
    assert raised.title not in watched(page)  # not listed again to watch for


def test_handout_has_the_link_to_this_view_its_qr_code_and_the_date(kb):
    query = "areas=calf&symptoms=swelling&root=L5&nerve=common_peroneal"
    page, url = made(kb, query)
    assert url.endswith("/" + to_query(parse_query(kb, query)))
    said = words(page)
    assert url in said and "2026-03-14" in said
    (qr,) = of_type(page, "Img")
    # the code is its own image, of this state's canonical query
    assert qr.src == "/qr.svg" + to_query(parse_query(kb, query)) and qr.alt == url


def test_fewer_candidates_print_as_more_warnings_are_raised(kb):
    assert [room(tuple(range(n))) for n in (0, 1, 2, 4, 5, 9)] == [3, 3, 2, 2, 1, 1]


# The QR code is served as its own image (viz/qr_route.py): the answer to a tap
# carries only its address.


@pytest.fixture(scope="module")
def client(kb):
    from viz.factory import create_app

    return create_app(kb).server.test_client()


@pytest.mark.parametrize(
    ("asked", "canonical"),
    [
        ("", ""),
        ("areas=calf&symptoms=swelling", "areas=calf&symptoms=swelling"),
        # the app's own link is encoded, whatever order or repeats were asked
        ("symptoms=swelling&areas=calf,calf", "areas=calf&symptoms=swelling"),
        (
            "areas=knee_lateral&lang=es&panel=matrix",
            "areas=knee_lateral&lang=es&panel=matrix",
        ),
    ],
)
def test_the_qr_route_draws_the_code_of_the_canonical_link(
    client, kb, asked, canonical
):
    answer = client.get(f"/qr.svg?{asked}" if asked else "/qr.svg")
    assert answer.status_code == 200
    assert answer.mimetype == "image/svg+xml"
    with client.application.test_request_context("/"):
        link = page_url(to_query(parse_query(kb, canonical)))
    assert answer.data == qr_svg(link)
    assert answer.headers["Cache-Control"] == "public, max-age=300"
    # the headers every answer of the app carries
    for header in ("Content-Security-Policy", "X-Frame-Options", "Referrer-Policy"):
        assert header in answer.headers, header
    assert answer.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "asked",
    [
        "evil=%3Cscript%3Ealert(1)%3C/script%3E",  # a key the page does not have
        "areas=calf,nowhere",  # an id it does not know
        "areas=%ff%fe",  # not UTF-8 once decoded
        "view=" + "x" * 5000,  # longer than any page's query
        "areas=calf&" * 400,
    ],
)
def test_the_qr_route_refuses_what_is_not_a_page_query(client, asked):
    answer = client.get(f"/qr.svg?{asked}")
    assert answer.status_code == 400
    assert answer.mimetype == "text/plain"
    assert b"script" not in answer.data and b"nowhere" not in answer.data
    assert answer.headers["Cache-Control"] == "no-store"


def test_the_qr_route_refuses_raw_bytes(client):
    environ = {"QUERY_STRING": "areas=\xff\xfe".encode("latin-1").decode("latin-1")}
    answer = client.get("/qr.svg", environ_overrides=environ)
    assert answer.status_code == 400


def test_a_tap_makes_no_qr_code(kb, monkeypatch):
    """The update callback answers without segno: the code is drawn only when
    the handout's image is asked for."""
    import segno

    def refuse(*_, **__):
        raise AssertionError("the answer to a tap made a QR code")

    app_client = create_app(kb).server.test_client()
    tap = server_callback(app_client.get("/_dash-dependencies").get_json(), "selection")
    monkeypatch.setattr(segno, "make", refuse)
    answer = app_client.post(
        "/_dash-update-component",
        json=renderer_body(tap, [selection(["calf"], ["swelling"])]),
    )
    assert answer.status_code == 200
    assert "qr.svg?" in answer.get_data(as_text=True)  # its address only


LOADED = "return arguments[0].complete && arguments[0].naturalWidth > 0;"


@pytest.mark.browser
def test_the_printed_handout_shows_the_qr_code_of_this_view(dash_duo, kb):
    from tests.test_experience import print_media

    driver = start(dash_duo, "areas=calf&symptoms=swelling")
    qr = driver.find_element(By.CSS_SELECTOR, "#handout img.handout-qr")
    # fetched with the page though the screen hides it: print never waits for it
    wait(dash_duo, lambda d: d.execute_script(LOADED, qr))
    assert qr.get_attribute("src").endswith("/qr.svg" + query(driver))
    with print_media(driver):
        assert qr.is_displayed() and qr.size["width"] > 50
    # a tap changes the view: the code follows it
    driver.find_element(By.CSS_SELECTOR, '#map [data-region="heel"]').click()
    wait(dash_duo, lambda d: "heel" in query(d))
    shown = (  # the handout is drawn again: its image found anew
        "var img = document.querySelector('#handout img.handout-qr');"
        "return img.getAttribute('src') === '/qr.svg' + location.search"
        " && img.complete && img.naturalWidth > 0;"
    )
    wait(dash_duo, lambda d: d.execute_script(shown))
