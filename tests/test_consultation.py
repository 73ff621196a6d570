"""The consultation screen on a tablet, driven as a finger would drive it.

Touch is emulated (a coarse pointer, taps dispatched as touch events); sizes are
the two tablet orientations a clinician holds.
"""

from urllib.parse import parse_qs

import pytest
from selenium.webdriver.common.by import By

from benchmarks.fingertips import FINGER, SIZES, at_own_zoom
from benchmarks.harness import set_viewport
from tests.browser import query, start, wait, wait_painted

pytestmark = pytest.mark.browser

# Without a warning sign: a banner (a new foot drop raises one) takes its own room.
PERONEAL = (
    "areas=knee_lateral,leg_lateral,foot_dorsum"
    "&symptoms=numbness_tingling,recent_leg_crossing_or_cast"
)
ROOT = "areas=lower_back,buttock,thigh_posterior,calf&symptoms=back_pain"
# (width, height, least share of the height the limb fills)
TABLETS = {"landscape": (1024, 768, 0.70), "portrait": (768, 1024, 0.55)}


def condition_in(search: str) -> str | None:
    """The condition id an address names, whole."""
    return parse_qs(search.lstrip("?")).get("condition", [None])[0]


FIRST_SCREEN = """
const box = el => el ? el.getBoundingClientRect() : null;
const regions = [...document.querySelectorAll('#map [data-region]')].map(box);
const top = Math.min(...regions.map(b => b.top));
const bottom = Math.max(...regions.map(b => b.bottom));
const candidate = box(document.querySelector('#candidates [data-condition]'));
const symptom = box(document.querySelector('[data-symptom]'));
// boxes that scroll inside the page: the side column's and the details'
const boxes = [...document.querySelectorAll('.side-panel, .side-panel *, .details')]
  .filter(el => /auto|scroll/.test(getComputedStyle(el).overflowY)
                && el.scrollHeight > el.clientHeight + 1)
  .map(el => el.className);
return {top, bottom, height: bottom - top, viewport: innerHeight,
        candidate: candidate && candidate.bottom, symptom: symptom.bottom,
        scrolled: scrollY, boxes};
"""


def on_tablet(dash_duo, address: str, width: int, height: int):
    """Open an address on an emulated touch tablet of the given size."""
    driver = start(dash_duo)
    set_viewport(driver, width, height)
    driver.execute_cdp_cmd(
        "Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5}
    )
    return reopen(dash_duo, address)


def reopen(dash_duo, address: str):
    """Load an address (a reload of a bookmarked view) and wait until painted."""
    driver = dash_duo.driver
    driver.get(f"{dash_duo.server_url}/?{address}")
    wait(dash_duo, lambda d: d.execute_script(
        "var m = document.getElementById('map');"
        "return !!(m && m.querySelector('svg') && m.hasAttribute('data-query'));"
    ))  # fmt: skip
    return driver


def tap(driver, selector: str) -> None:
    """A fingertip tap at the middle of the element's visible box."""
    x, y = driver.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return [r.x + r.width / 2, r.y + r.height / 2];",
        selector,
    )
    point = {"x": x, "y": y}
    driver.execute_cdp_cmd(
        "Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [point]}
    )
    driver.execute_cdp_cmd(
        "Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []}
    )


@pytest.mark.parametrize("lang", ["", "&lang=es"], ids=["en", "es"])
@pytest.mark.parametrize("tablet", TABLETS)
def test_the_limb_fills_the_first_screen_beside_the_list_and_symptoms(
    dash_duo, tablet: str, lang: str
) -> None:
    width, height, share = TABLETS[tablet]
    on_tablet(dash_duo, PERONEAL + lang, width, height)
    heights = {}
    for view, address in (
        ("front", PERONEAL + lang),
        ("back", f"{ROOT}&view=back{lang}"),
    ):
        screen = reopen(dash_duo, address).execute_script(FIRST_SCREEN)
        assert screen["scrolled"] == 0
        assert screen["top"] >= 0 and screen["bottom"] <= height, (view, screen)
        assert screen["height"] >= share * height, (view, screen)
        assert screen["candidate"] is not None and screen["candidate"] <= height
        assert screen["boxes"] == [], (view, screen)  # nothing scrolls inside
        heights[view] = screen["height"]
    assert abs(heights["front"] - heights["back"]) <= 0.1 * heights["front"], heights


def test_on_a_desktop_three_sources_show_with_their_strength(dash_duo) -> None:
    """The list uses the page's own scroll: at 1440x900 the first screen holds
    at least three sources, each with its strength, and no box of its own."""
    driver = start(dash_duo)
    set_viewport(driver, 1440, 900)
    screen = reopen(dash_duo, PERONEAL).execute_script(FIRST_SCREEN)
    assert screen["boxes"] == []
    strengths = driver.execute_script(
        "return [...document.querySelectorAll('#candidates [data-condition]"
        " .strength')].filter(s => s.getBoundingClientRect().bottom <= innerHeight"
        " && s.getBoundingClientRect().height > 0).length;"
    )
    assert strengths >= 3


@pytest.mark.parametrize("size", SIZES)
def test_every_area_holds_a_fingertip_circle_at_its_own_zoom(
    dash_duo, kb, size: str
) -> None:
    """The widest circle inside each area (not its bounding box), hit-tested with
    touch emulated at the zoom data/regions.yaml gives it, in either view it
    shows in: at least a fingertip on both tablets and a phone."""
    width, height = SIZES[size]
    driver = on_tablet(dash_duo, "", width, height)
    best = at_own_zoom(driver, dash_duo.server_url, kb)
    assert set(best) == set(kb.regions)
    small = {a: d for a, d in sorted(best.items()) if d < FINGER}
    assert not small, f"{size}: under {FINGER} px at their own zoom: {small}"


def test_a_tap_on_a_small_area_enlarges_its_part_then_marks_it(dash_duo) -> None:
    """The enlargement is made for one tap: once the area is marked, the whole
    leg is back and the message has gone."""
    driver = on_tablet(dash_duo, "", 1024, 768)
    region = '#map [data-region="knee_lateral"]'
    tap(driver, region)
    wait(dash_duo, lambda d: query(d) == "?zoom=knee")
    assert driver.find_element(By.CSS_SELECTOR, region).get_attribute(
        "aria-pressed"
    ) == ("false")
    assert "Knee" in driver.find_element(By.ID, "map-status").text
    tap(driver, region)
    wait(dash_duo, lambda d: query(d) == "?areas=knee_lateral")
    assert driver.find_element(By.CSS_SELECTOR, region).get_attribute(
        "aria-pressed"
    ) == ("true")
    assert driver.find_element(By.ID, "map-status").text == ""
    assert driver.execute_script(
        "var s = document.querySelector('#map svg');"
        "return s.getAttribute('viewBox') === s.getAttribute('data-zoom-whole');"
    )


def test_a_part_chosen_by_hand_stays_enlarged_while_areas_are_marked(
    dash_duo,
) -> None:
    driver = on_tablet(dash_duo, "zoom=knee", 1024, 768)
    tap(driver, '#map [data-region="knee_lateral"]')
    wait(dash_duo, lambda d: query(d) == "?areas=knee_lateral&zoom=knee")


def test_a_tap_on_a_large_area_marks_it_at_once(dash_duo) -> None:
    driver = on_tablet(dash_duo, "", 1024, 768)
    tap(driver, '#map [data-region="thigh_anterior"]')
    wait(dash_duo, lambda d: query(d) == "?areas=thigh_anterior")


def test_choosing_a_zoom_writes_it_to_the_address(dash_duo) -> None:
    driver = start(dash_duo, "view=back")
    driver.find_element(
        By.CSS_SELECTOR, '[data-group="zoom"][data-value="foot"]'
    ).click()
    wait(dash_duo, lambda d: query(d) == "?view=back&zoom=foot")
    boxes = driver.execute_script(
        "var s = document.querySelector('#map svg');"
        "return [s.getAttribute('viewBox'), s.getAttribute('data-zoom-foot')];"
    )
    assert boxes[0] == boxes[1]


def test_an_unknown_zoom_is_ignored_and_named(dash_duo) -> None:
    driver = start(dash_duo, "zoom=elbow")
    assert "elbow" in driver.find_element(By.ID, "notice").text
    assert (
        driver.find_element(
            By.CSS_SELECTOR, '[data-group="zoom"][data-value="whole"]'
        ).get_attribute("aria-checked")
        == "true"
    )


def test_presentation_from_the_address_is_large_one_source_and_has_an_exit(
    dash_duo,
) -> None:
    address = f"{ROOT}&view=back&layers=nerves,dermatomes"
    driver = start(dash_duo, address)
    set_viewport(driver, 1024, 768)
    normal = driver.execute_script(FIRST_SCREEN)["height"]
    driver = reopen(dash_duo, f"{address}&present=1")
    assert driver.execute_script(
        "return document.documentElement.hasAttribute('data-presenting');"
    )
    screen = driver.execute_script(FIRST_SCREEN)
    assert screen["top"] >= 0 and screen["bottom"] <= 768
    assert screen["height"] >= normal
    shown = [
        li
        for li in driver.find_elements(By.CSS_SELECTOR, "#candidates [data-condition]")
        if li.is_displayed()
    ]
    assert len(shown) == 1
    first = shown[0].get_attribute("data-condition")
    driver.find_element(By.ID, "next-candidate").click()
    # Compare the whole id: one condition id may contain another
    # (upper_lumbar_radiculopathy, lumbar_radiculopathy).
    wait(dash_duo, lambda d: condition_in(query(d)) not in (None, first))
    exit_button = driver.find_element(By.ID, "present")
    assert exit_button.is_displayed() and "Exit" in exit_button.text
    exit_button.click()
    wait(dash_duo, lambda d: "present=1" not in query(d))
    assert not driver.execute_script(
        "return document.documentElement.hasAttribute('data-presenting');"
    )


def test_the_warning_banner_folds_to_one_line_and_a_new_sign_unfolds_it(
    dash_duo,
) -> None:
    driver = start(dash_duo, "areas=lower_back&symptoms=persistent_despite_rest")
    set_viewport(driver, 1024, 768)
    banner = driver.find_element(By.ID, "red-flags")
    full = banner.size["height"]
    driver.find_element(By.CSS_SELECTOR, "#red-flags .flags-toggle").click()
    wait(dash_duo, lambda d: banner.size["height"] < full)
    assert banner.is_displayed() and banner.size["height"] <= 60
    driver.find_element(
        By.CSS_SELECTOR, '[data-symptom="bowel_bladder_change"]'
    ).click()
    wait(dash_duo, lambda d: banner.get_attribute("data-level") == "emergency")
    wait(dash_duo, lambda d: banner.get_attribute("data-folded") is None)


def test_the_key_names_what_is_drawn_and_bands_are_labelled_legibly(dash_duo) -> None:
    driver = start(dash_duo, "view=back&layers=nerves")
    set_viewport(driver, 1024, 768)
    key = driver.find_element(By.CSS_SELECTOR, '.legend [data-key="dermatomes"]')
    assert not key.is_displayed()
    assert driver.find_element(
        By.CSS_SELECTOR, '.legend [data-key="site"]'
    ).is_displayed()
    assert driver.find_element(
        By.CSS_SELECTOR, '.legend [data-key="root"]'
    ).is_displayed()
    driver = reopen(dash_duo, "view=back&layers=dermatomes,chain")
    assert driver.find_element(
        By.CSS_SELECTOR, '.legend [data-key="chain"]'
    ).is_displayed()
    assert not driver.find_element(
        By.CSS_SELECTOR, '.legend [data-key="site"]'
    ).is_displayed()
    labels = driver.execute_script(
        "return [...document.querySelectorAll('#map [data-dermatome]')].map(b => {"
        " const t = [...document.querySelectorAll('#map .band-label')]"
        "   .find(l => l.textContent === b.getAttribute('data-dermatome'));"
        " const svg = b.ownerSVGElement;"
        " return [b.getAttribute('data-dermatome'),"
        "         t ? t.getBoundingClientRect().height : 0,"
        "         !!t && t.parentNode === svg.lastElementChild"
        "         && !t.closest('[clip-path]')]; });"
    )
    # legible, drawn above every layer and never clipped at the limb's edge
    assert labels and all(h >= 12 and top for _, h, top in labels), labels
    chips = driver.find_elements(By.CSS_SELECTOR, ".legend [data-band]")
    shown = {c.get_attribute("data-band") for c in chips if c.is_displayed()}
    assert shown == {band for band, _, _ in labels}


def test_a_shown_pathway_is_traced_from_its_root_and_the_rest_steps_back(
    dash_duo,
) -> None:
    driver = start(dash_duo, f"{ROOT}&view=back")
    assert driver.find_elements(By.CSS_SELECTOR, "[data-root].is-highlighted")
    assert driver.find_elements(By.CSS_SELECTOR, "[data-site].is-highlighted")
    dimmed = driver.execute_script(
        "const n = document.querySelector('#map [data-nerve]:not(.is-highlighted)');"
        "return n ? getComputedStyle(n).opacity : null;"
    )
    assert dimmed is not None and float(dimmed) < 1
    traced = (
        "return document.getAnimations().filter(a => a.effect && a.effect.target"
        " && a.effect.target.closest('[data-layer]')).length;"
    )
    choose = "#candidates [data-condition]:nth-child(2) button"
    # Click and watch every frame: the tracing lasts half a second, too short
    # for a poll to be sure of catching it.
    watched = driver.execute_async_script(
        "const done = arguments[arguments.length - 1], end = performance.now() + 5000;"
        "document.querySelector(arguments[0]).click();"
        "(function look() { const n = document.getAnimations().filter(a => a.effect"
        " && a.effect.target && a.effect.target.closest('[data-layer]')).length;"
        " if (n > 0 || performance.now() > end) done(n);"
        " else requestAnimationFrame(look); })();",
        choose,
    )
    assert watched > 0
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]},
    )
    driver = reopen(dash_duo, f"{ROOT}&view=back")
    driver.find_element(By.CSS_SELECTOR, choose).click()
    wait(dash_duo, lambda d: "condition=" in query(d))
    wait(dash_duo, lambda d: d.execute_script(
        "return document.querySelector('#map').getAttribute('data-query')"
    ) == query(d))  # fmt: skip
    assert driver.execute_script(traced) == 0


PHONE_COVER = """
const free = el => { const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  return x >= 0 && x <= innerWidth && y >= 0 && y <= innerHeight && !!hit
    && (hit === el || el.contains(hit)
        || (hit.closest('#map') && el.closest('#map'))); };
const areas = [...document.querySelectorAll('#map [data-region][aria-pressed="true"]')];
const tools = [...document.querySelectorAll('.toolbar .toggles-view .control,'
                                           + ' .toolbar .toggles-side .control')];
const actions = [...document.querySelectorAll('.page-header .actions > *')];
return {banner: document.getElementById('red-flags').offsetHeight,
        areas: areas.filter(el => !free(el)).map(el => el.getAttribute('data-region')),
        tools: tools.filter(el => !free(el)).map(el => el.textContent),
        actions: actions.filter(el => el.getBoundingClientRect().right > innerWidth)
                        .map(el => el.textContent),
        pressed: areas.length};
"""


@pytest.mark.parametrize("lang", ["", "&lang=es"], ids=["en", "es"])
def test_on_a_phone_the_sheet_and_banner_leave_the_leg_and_toolbar_in_view(
    dash_duo, lang: str
) -> None:
    """A warning shows as one line; the painful areas and the toolbar are never
    under the list's sheet or the banner; the header's actions all fit."""
    on_tablet(dash_duo, f"areas=calf,heel&symptoms=swelling&view=back{lang}", 390, 844)
    seen = dash_duo.driver.execute_script(PHONE_COVER)
    assert seen["pressed"] == 2
    assert seen["banner"] <= 64, seen
    assert seen["areas"] == [] and seen["tools"] == [] and seen["actions"] == [], seen


BOTH_VIEWS = """
const twin = document.getElementById('map-twin'), map = document.getElementById('map');
const shown = el => el.offsetParent !== null;
const svg = el => el.querySelector('svg');
const tall = el => svg(el) ? svg(el).getBoundingClientRect().height : 0;
return {twin: shown(twin), drawn: twin.getAttribute('data-drawn'),
        heights: [tall(map), tall(twin)],
        calf: [...twin.querySelectorAll('[data-region="calf"]')]
              .map(el => el.getAttribute('aria-pressed')),
        tabbable: twin.querySelectorAll('[tabindex="0"]').length,
        hidden: twin.getAttribute('aria-hidden'),
        captions: [...document.querySelectorAll('.side-cue [data-view]')]
          .filter(shown).map(el => [el.scrollWidth <= el.clientWidth,
                                    el.getBoundingClientRect().height > 0])};
"""


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)], ids=["desktop", "tablet"])
def test_wide_screens_show_front_and_back_side_by_side(dash_duo, size) -> None:
    """A calf chosen from a link that opens on the front is in view at once,
    in the back view drawn beside the front at the same height; the copy is
    for the eye and the finger, the map for the keyboard."""
    driver = on_tablet(dash_duo, "areas=calf,knee_anterior", *size)
    wait(dash_duo, lambda d: d.execute_script(BOTH_VIEWS)["drawn"] == "back")
    seen = driver.execute_script(BOTH_VIEWS)
    assert seen["twin"] and seen["drawn"] == "back", seen
    assert seen["calf"] == ["true"], seen
    assert abs(seen["heights"][0] - seen["heights"][1]) <= 2, seen
    assert seen["tabbable"] == 0 and seen["hidden"] == "true", seen
    # each view's caption is whole, over its drawing
    assert seen["captions"] == [[True, True], [True, True]], seen
    # an enlarged part takes the whole width, in one view
    driver = reopen(dash_duo, "areas=calf,knee_anterior&zoom=knee")
    assert not driver.execute_script(BOTH_VIEWS)["twin"]


def test_a_portrait_tablet_shows_one_view(dash_duo) -> None:
    driver = on_tablet(dash_duo, "areas=calf", 768, 1024)
    assert not driver.execute_script(BOTH_VIEWS)["twin"]


@pytest.mark.parametrize("size", [(768, 1024), (390, 844)], ids=["portrait", "phone"])
def test_on_one_view_a_link_with_only_back_areas_opens_on_the_back(
    dash_duo, size
) -> None:
    """A heel and calf sent as a link without a view are seen at once: the
    single view is the back, the areas pressed and on screen; the address stays
    as it was given, and a view named in it is kept."""
    driver = on_tablet(dash_duo, "areas=calf,heel", *size)
    wait_painted(dash_duo, "?areas=calf,heel")
    assert query(driver) == "?areas=calf,heel"
    assert not driver.execute_script(BOTH_VIEWS)["twin"]
    seen = driver.execute_script(
        "return [...document.querySelectorAll('#map [data-region][aria-pressed=true]')]"
        ".map(el => { const r = el.getBoundingClientRect();"
        " return [el.getAttribute('data-region'), r.width > 0 && r.top < innerHeight"
        " && r.bottom > 0]; })"
    )
    assert sorted(seen) == [["calf", True], ["heel", True]], seen
    driver = reopen(dash_duo, "areas=calf,heel&view=front")
    wait_painted(dash_duo, "?areas=calf,heel&view=front")
    assert query(driver) == "?areas=calf,heel&view=front"
    assert not driver.find_elements(By.CSS_SELECTOR, '#map [data-region="calf"]')
