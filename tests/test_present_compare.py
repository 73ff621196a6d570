"""Root or nerve presented to a patient: both territories side by side in bold
stripes, the areas only one reaches named, what tells them apart in plain
words; Previous and Next step through what is shown; nothing overlaps or runs
sideways on a phone; in English and in Spanish."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from benchmarks.harness import set_viewport
from tests.browser import query, start, wait, wait_painted
from viz.compare_view import signs_of
from viz.urlstate import parse_query
from viz.views import compare_summary, parts_for, territories

PERONEAL = "root=L5&nerve=common_peroneal&areas=foot_dorsum,knee_lateral"
SOURCES = "areas=foot_dorsum,knee_lateral,lower_back&symptoms=back_pain"
LANGS = ["en", "es"]


def in_lang(kb, lang: str):
    return kb.with_lang(lang) if lang != "en" else kb


def address(base: str, lang: str) -> str:
    return f"{base}&present=1" + ("&lang=es" if lang == "es" else "")


def test_the_peroneal_nerve_and_the_l5_root_are_told_apart_by_strength(kb):
    for lang in LANGS:
        signs = {s.id: s for s in signs_of(in_lang(kb, lang), "L5", "common_peroneal")}
        assert {"foot_inversion", "hip_abduction", "back_and_leg_pain"} <= set(signs)
        assert all(kb.sources[s.source].kind == "reference" for s in signs.values())
    english = {s.id: s.clinician for s in signs_of(kb, "L5", "common_peroneal")}
    assert "tibialis posterior" in english["foot_inversion"]  # L5, tibial nerve
    assert "gluteus medius" in english["hip_abduction"]  # L5, superior gluteal
    english = signs_of(kb, "L5", "common_peroneal")[0].patient
    assert english != signs_of(kb.with_lang("es"), "L5", "common_peroneal")[0].patient


@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_says_what_differs_when_the_nerve_has_no_area_of_its_own(kb, lang):
    kb = in_lang(kb, lang)
    state = parse_query(kb, "root=L5&nerve=common_peroneal")
    said = compare_summary(kb, state, territories(kb, state))
    assert kb.ui.compare_nothing not in said
    assert kb.ui.compare_signs_heading in said  # where the difference is told
    assert kb.regions["shin"].name in said


def test_previous_and_next_step_through_root_nerve_and_signs_and_wrap(kb):
    steps = {}
    for focus in ("root", "nerve", "signs"):
        state = parse_query(kb, f"{PERONEAL}&present=1&focus={focus}")
        parts = parts_for(kb, state)
        steps[focus] = (parts["previous"], parts["next"], parts["stepping_hidden"])
    assert steps["root"] == ('{"focus":"signs"}', '{"focus":"nerve"}', False)
    assert steps["nerve"][1] == '{"focus":"signs"}'
    assert steps["signs"][1] == '{"focus":"root"}'
    # with nothing to step to, no Previous and Next at all
    alone = parts_for(kb, parse_query(kb, "condition=bakers_cyst&present=1"))
    assert alone["stepping_hidden"] is True


def shown(driver, selector: str) -> list:
    return [
        el
        for el in driver.find_elements(By.CSS_SELECTOR, selector)
        if el.is_displayed()
    ]


def focus_of(driver) -> str | None:
    return driver.execute_script(
        "var p = document.querySelector('#compare-present .present-compare');"
        "return p && p.getAttribute('data-focus');"
    )


def step(dash_duo, button: str, focus: str) -> None:
    """Press Previous or Next and wait until the presentation shows `focus`."""
    dash_duo.driver.find_element(By.ID, button).click()
    wait(dash_duo, lambda d: focus_of(d) == focus)


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_presenting_root_or_nerve_shows_both_territories_and_the_signs(
    dash_duo, kb, lang
):
    kb = in_lang(kb, lang)
    set_viewport(dash_duo.driver, 1024, 768)
    driver = start(dash_duo, address(PERONEAL, lang))
    # the comparison, not the ranking
    assert not shown(driver, "#candidates [data-condition]")
    root, nerve = (
        driver.find_element(By.CSS_SELECTOR, f'#compare-present [data-step="{s}"]')
        for s in ("root", "nerve")
    )
    assert root.is_displayed() and nerve.is_displayed()
    a, b = root.rect, nerve.rect
    assert abs(a["y"] - b["y"]) < 2 and a["x"] + a["width"] <= b["x"]  # side by side
    assert root.find_element(By.CSS_SELECTOR, ".present-only").text == (
        kb.regions["shin"].name
    )
    only = nerve.find_element(By.CSS_SELECTOR, ".present-only")
    assert only.text == kb.ui.present_nerve_none.format(root="L5")
    assert float(only.value_of_css_property("font-size").rstrip("px")) >= 24
    # on the map, the two territories alone, in thick stripes
    assert not shown(driver, "#map [data-layer]")
    stripes = driver.execute_script(
        "return ['root', 'nerve'].map(function (k) { return parseFloat("
        "getComputedStyle(document.querySelector('#map #pattern-' + k + ' path'))"
        ".strokeWidth); });"
    )
    assert min(stripes) >= 4, stripes
    marked = {
        el.get_attribute("data-compare")
        for el in driver.find_elements(By.CSS_SELECTOR, "#map [data-compare]")
    }
    assert marked == {"root", "both"}
    # what tells them apart, in plain words, one step on
    step(dash_duo, "next-candidate", "nerve")
    step(dash_duo, "next-candidate", "signs")
    signs = driver.find_element(By.CSS_SELECTOR, ".present-signs")
    assert signs.is_displayed() and not shown(driver, ".present-territory")
    for sign in signs_of(kb, "L5", "common_peroneal"):
        item = signs.find_element(By.CSS_SELECTOR, f'[data-sign="{sign.id}"]')
        assert sign.patient in item.text
    assert "focus=signs" in query(driver)


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_previous_and_next_change_what_is_presented_and_name_it(dash_duo, kb, lang):
    kb = in_lang(kb, lang)
    set_viewport(dash_duo.driver, 1024, 768)
    driver = start(dash_duo, address(PERONEAL, lang))
    assert focus_of(driver) == "root"
    following = driver.find_element(By.ID, "next-candidate")
    assert following.text == kb.ui.next_to.format(
        name=kb.nerves["common_peroneal"].name
    )
    step(dash_duo, "next-candidate", "nerve")
    assert (
        driver.find_element(By.CSS_SELECTOR, "#map-panel").get_attribute("data-focus")
        == "nerve"
    )
    step(dash_duo, "previous-candidate", "root")
    step(dash_duo, "previous-candidate", "signs")  # the first goes round to the last
    step(dash_duo, "next-candidate", "root")
    step(dash_duo, "next-candidate", "nerve")
    # a keyboard or a presenter's clicker steps too
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
    wait(dash_duo, lambda d: focus_of(d) == "signs")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.PAGE_UP)
    wait(dash_duo, lambda d: focus_of(d) == "nerve")
    driver.find_element(By.ID, "present").click()  # leaving starts again next time
    wait(dash_duo, lambda d: "present=1" not in query(d))
    assert "focus=" not in query(driver)
    # the sources, when no comparison is open: each press shows another one
    driver = start(dash_duo, address(SOURCES, lang))
    first = presented_sources(driver)
    assert len(first) == 1
    driver.find_element(By.ID, "next-candidate").click()
    wait(dash_duo, lambda d: presented_sources(d) not in ([], first))


def presented_sources(driver) -> list[str]:
    """The candidates presented (on screen), by id."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#candidates [data-condition]'))"
        ".filter(function (li) { return li.offsetParent !== null; })"
        ".map(function (li) { return li.getAttribute('data-condition'); });"
    )


def overlap(a: dict, b: dict) -> bool:
    return not (
        a["right"] <= b["left"]
        or b["right"] <= a["left"]
        or a["bottom"] <= b["top"]
        or b["bottom"] <= a["top"]
    )


BOXES = """
var box = function (el) { var r = el.getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
var q = function (s) { return document.querySelector(s); };
return {
  width: window.innerWidth, height: window.innerHeight,
  scroll: document.documentElement.scrollWidth,
  exit: box(q('#present')),
  previous: box(q('#previous-candidate')), next: box(q('#next-candidate'))
};
"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("what", ["compare", "sources"])
def test_nothing_overlaps_or_runs_sideways_on_a_phone(dash_duo, lang, what):
    set_viewport(dash_duo.driver, 390, 844)
    driver = start(dash_duo, address(PERONEAL if what == "compare" else SOURCES, lang))
    for press in (None, "next-candidate", "next-candidate"):
        if press:
            before = query(driver)
            driver.find_element(By.ID, press).click()
            wait(dash_duo, lambda d, before=before: query(d) != before)
            wait_painted(dash_duo, query(driver))
        boxes = driver.execute_script(BOXES)
        assert boxes["scroll"] <= boxes["width"], boxes
        captions = [
            el.rect
            for el in driver.find_elements(By.CSS_SELECTOR, ".map-caption > *")
            if el.is_displayed()
        ]
        exit_box = boxes["exit"]
        for c in captions:
            box = {"left": c["x"], "right": c["x"] + c["width"], "top": c["y"],
                   "bottom": c["y"] + c["height"]}  # fmt: skip
            assert not overlap(exit_box, box), (exit_box, box)
        for name in ("previous", "next", "exit"):
            b = boxes[name]
            assert 0 <= b["left"] and b["right"] <= boxes["width"], (name, b)
            assert 0 <= b["top"] and b["bottom"] <= boxes["height"], (name, b)
        assert not overlap(boxes["previous"], boxes["next"])
        assert not overlap(boxes["exit"], boxes["previous"])
