"""The consultation screen on a tablet, driven as a finger would drive it.

Touch is emulated (a coarse pointer, taps dispatched as touch events); sizes are
the two tablet orientations a clinician holds.
"""

import pytest
from selenium.webdriver.common.by import By

from benchmarks.browser import set_viewport
from tests.browser import query, start, wait, wait_painted
from viz.urlstate import parse_query, to_query

pytestmark = pytest.mark.browser

PERONEAL = "areas=knee_lateral,leg_lateral,foot_dorsum&symptoms=foot_drop"
ROOT = "areas=lower_back,buttock,thigh_posterior,calf&symptoms=back_pain"
# (width, height, least share of the height the limb fills)
TABLETS = {"landscape": (1024, 768, 0.70), "portrait": (768, 1024, 0.55)}
ZOOMS = ("whole", "hip", "thigh", "knee", "lower_leg", "foot")
FINGER = 44

FIRST_SCREEN = """
const box = el => el ? el.getBoundingClientRect() : null;
const regions = [...document.querySelectorAll('#map [data-region]')].map(box);
const top = Math.min(...regions.map(b => b.top));
const bottom = Math.max(...regions.map(b => b.bottom));
const candidate = box(document.querySelector('#candidates [data-condition]'));
const symptom = box(document.querySelector('[data-symptom]').closest('label'));
return {top, bottom, height: bottom - top, viewport: innerHeight,
        candidate: candidate && candidate.bottom, symptom: symptom.bottom,
        scrolled: scrollY};
"""

REGION_SIZES = """
const out = {};
document.querySelectorAll('#map [data-region]').forEach(el => {
  const r = el.getBoundingClientRect();
  out[el.getAttribute('data-region')] = [r.width, r.height];
});
return out;
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


@pytest.mark.parametrize("tablet", TABLETS)
def test_the_limb_fills_the_first_screen_beside_the_list_and_symptoms(
    dash_duo, tablet: str
) -> None:
    width, height, share = TABLETS[tablet]
    on_tablet(dash_duo, PERONEAL, width, height)
    heights = {}
    for view, address in (("front", PERONEAL), ("back", f"{ROOT}&view=back")):
        screen = reopen(dash_duo, address).execute_script(FIRST_SCREEN)
        assert screen["scrolled"] == 0
        assert screen["top"] >= 0 and screen["bottom"] <= height, (view, screen)
        assert screen["height"] >= share * height, (view, screen)
        assert screen["candidate"] is not None and screen["candidate"] <= height
        assert screen["symptom"] <= height, (view, screen)
        heights[view] = screen["height"]
    assert abs(heights["front"] - heights["back"]) <= 0.1 * heights["front"], heights


@pytest.mark.parametrize("tablet", TABLETS)
@pytest.mark.parametrize("view", ["front", "back"])
def test_every_area_reaches_a_fingertip_at_some_zoom_kept_in_the_address(
    dash_duo, kb, tablet: str, view: str
) -> None:
    width, height, _ = TABLETS[tablet]
    driver = on_tablet(dash_duo, f"view={view}", width, height)
    best: dict[str, float] = {}
    for zoom in ZOOMS:
        address = f"view={view}&zoom={zoom}"
        reopen(dash_duo, address)
        wait_painted(dash_duo, to_query(parse_query(kb, address)))
        chosen = driver.find_element(
            By.CSS_SELECTOR, f'input[name="zoom"][value="{zoom}"]'
        )
        assert chosen.is_selected(), f"zoom={zoom} not restored on reload"
        for region, (w, h) in driver.execute_script(REGION_SIZES).items():
            best[region] = max(best.get(region, 0), min(w, h))
    small = {r: round(s, 1) for r, s in best.items() if s < FINGER}
    assert best and not small, f"under {FINGER}px at every zoom: {small}"


def test_a_tap_on_a_small_area_enlarges_its_part_then_marks_it(dash_duo) -> None:
    driver = on_tablet(dash_duo, "", 1024, 768)
    region = '#map [data-region="knee_lateral"]'
    tap(driver, region)
    wait(dash_duo, lambda d: query(d) == "?zoom=knee")
    assert driver.find_element(By.CSS_SELECTOR, region).get_attribute(
        "aria-pressed"
    ) == ("false")
    assert "Knee" in driver.find_element(By.ID, "map-status").text
    tap(driver, region)
    wait(dash_duo, lambda d: query(d) == "?areas=knee_lateral&zoom=knee")
    assert driver.find_element(By.CSS_SELECTOR, region).get_attribute(
        "aria-pressed"
    ) == ("true")


def test_a_tap_on_a_large_area_marks_it_at_once(dash_duo) -> None:
    driver = on_tablet(dash_duo, "", 1024, 768)
    tap(driver, '#map [data-region="thigh_anterior"]')
    wait(dash_duo, lambda d: query(d) == "?areas=thigh_anterior")


def test_choosing_a_zoom_writes_it_to_the_address(dash_duo) -> None:
    driver = start(dash_duo, "view=back")
    driver.find_element(By.CSS_SELECTOR, 'input[name="zoom"][value="foot"]').click()
    wait(dash_duo, lambda d: query(d) == "?view=back&zoom=foot")
    boxes = driver.execute_script(
        "var s = document.querySelector('#map svg');"
        "return [s.getAttribute('viewBox'), s.getAttribute('data-zoom-foot')];"
    )
    assert boxes[0] == boxes[1]


def test_an_unknown_zoom_is_ignored_and_named(dash_duo) -> None:
    driver = start(dash_duo, "zoom=elbow")
    assert "elbow" in driver.find_element(By.ID, "notice").text
    assert driver.find_element(
        By.CSS_SELECTOR, 'input[name="zoom"][value="whole"]'
    ).is_selected()
