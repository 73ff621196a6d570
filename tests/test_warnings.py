"""Every warning rule fires in the browser at its level, with its what-to-do;
the banner stays in view at every screen size; the must-not-miss and the
dangerous causes left off are marked."""

import pytest
from selenium.webdriver.common.by import By

from benchmarks.harness import set_viewport
from tests.browser import candidates, knowledge_base, red_flag_level, start
from tests.test_safety import minimal
from viz.reasoning import assess

pytestmark = pytest.mark.browser

SIZES = [(1280, 800), (1024, 768), (768, 1024), (390, 844)]


def address(areas, symptoms) -> str:
    parts = {"areas": ",".join(areas), "symptoms": ",".join(symptoms)}
    return "&".join(f"{key}={value}" for key, value in parts.items() if value)


def test_every_rule_fires_in_the_browser_at_its_level(dash_duo):
    kb = knowledge_base()
    for rule in kb.red_flags.values():
        areas, symptoms = minimal(kb, rule)
        expected = assess(kb, areas, symptoms).level
        driver = start(dash_duo, address(areas, symptoms))
        shown = driver.find_elements(
            By.CSS_SELECTOR, f'#red-flags [data-flag="{rule.id}"]'
        )
        assert shown and shown[0].is_displayed(), rule.id
        assert shown[0].get_attribute("data-flag-level") == rule.level
        assert rule.what_to_do.patient[:40] in shown[0].text
        assert red_flag_level(driver) == expected, rule.id


@pytest.mark.parametrize("width,height", SIZES)
def test_the_banner_stays_in_view_at_every_size(dash_duo, width, height):
    set_viewport(dash_duo.driver, width, height)
    driver = start(
        dash_duo,
        "areas=calf,knee_posterior,thigh_medial&symptoms=swelling,breathless_or_chest_pain",
    )
    assert red_flag_level(driver) == "emergency"
    box = driver.execute_script(
        "var r = document.getElementById('red-flags').getBoundingClientRect();"
        "return [r.top, r.bottom, r.height, window.innerHeight, window.innerWidth,"
        " r.left, r.right];"
    )
    top, bottom, tall, inner_h, inner_w, left, right = box
    assert tall > 0 and top >= 0 and bottom <= inner_h, box
    assert left >= 0 and right <= inner_w + 1, box
    # Still in view after scrolling the results as far as they go.
    driver.execute_script("window.scrollTo(0, document.body.scrollHeight);")
    top, bottom = driver.execute_script(
        "var r = document.getElementById('red-flags').getBoundingClientRect();"
        "return [r.top, r.bottom];"
    )
    assert bottom > 0 and top < inner_h


def test_must_not_miss_is_first_among_equals_and_marked(dash_duo):
    driver = start(dash_duo, "areas=calf&symptoms=swelling")
    first = driver.find_element(By.CSS_SELECTOR, "#candidates [data-condition]")
    assert first.get_attribute("data-condition") == "deep_vein_thrombosis"
    assert first.get_attribute("data-must-not-miss") is not None
    assert first.get_attribute("data-tied") is not None
    assert first.find_element(By.CSS_SELECTOR, ".must-not-miss").is_displayed()


def test_one_area_names_the_dangerous_causes_left_off(dash_duo):
    driver = start(dash_duo, "areas=calf")
    assert candidates(driver)[0] == "calf_muscle_strain"
    assert "deep_vein_thrombosis" not in candidates(driver)
    note = driver.find_element(
        By.CSS_SELECTOR, '#only-if [data-only-if="deep_vein_thrombosis"]'
    )
    assert note.is_displayed() and "swelling" in note.text.lower()


def test_a_finding_nothing_explains_says_so_not_the_invitation(dash_duo):
    kb = knowledge_base()
    query = next(
        address([], [s]) for s in kb.symptoms if not assess(kb, [], [s]).candidates
    )
    driver = start(dash_duo, query)
    assert candidates(driver) == []
    assert not driver.find_element(By.ID, "invitation").is_displayed()
    assert kb.ui.nothing_explains[:30] in driver.find_element(By.ID, "verdict").text
