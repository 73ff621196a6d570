"""ISNCSCI key sensory points: in the clinician voice each is a named button that
says its root, where it lies and how it is tested, with the reference."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from benchmarks.harness import set_viewport
from tests.browser import knowledge_base, start, wait

pytestmark = pytest.mark.browser

STATUS = "return document.getElementById('map-status').textContent;"


@pytest.mark.parametrize(("view", "root"), [("front", "L4"), ("back", "S1")])
def test_a_key_point_is_named_and_explains_its_test(dash_duo, view, root):
    kb = knowledge_base()
    driver = start(dash_duo, f"voice=clinician&view={view}&layers=dermatomes")
    dot = driver.find_element(By.CSS_SELECTOR, f'#map [data-key-point="{root}"]')
    assert dot.get_attribute("role") == "button"
    assert dot.get_attribute("tabindex") == "0"
    where = kb.dermatomes[root].key_point.description.clinician
    assert dot.get_attribute("aria-label").startswith(f"{root} key sensory point")
    assert where in dot.get_attribute("aria-label")
    driver.execute_script("arguments[0].focus();", dot)
    dot.send_keys(Keys.ENTER)
    wait(dash_duo, lambda d: root in d.execute_script(STATUS))
    said = driver.execute_script(STATUS)
    assert "pin prick" in said and "ISNCSCI" in said


@pytest.mark.parametrize("root", ["L3", "L4", "L5", "S1"])
def test_a_key_point_is_a_fingertip_target_at_its_parts_zoom(dash_duo, root):
    # Like the areas: at the whole limb a tablet shows them small; enlarged to
    # the part that holds them, each target is at least 44 px across.
    kb = knowledge_base()
    region = kb.regions[kb.dermatomes[root].key_point.region]
    view = "front" if "front" in region.views else "back"
    set_viewport(dash_duo.driver, 1024, 768)
    driver = start(
        dash_duo, f"voice=clinician&layers=dermatomes&view={view}&zoom={region.zoom}"
    )
    hit = driver.find_element(By.CSS_SELECTOR, f'#map [data-key-hit="{root}"]')
    assert min(hit.rect["width"], hit.rect["height"]) >= 44, hit.rect
    hit.click()  # the target, not only the small dot, chooses the point
    wait(dash_duo, lambda d: root in d.execute_script(STATUS))
