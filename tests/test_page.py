"""What a person does on the page, in headless Chromium: URL, tap, keyboard, toggles."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.browser import (
    candidates,
    highlighted,
    pressed,
    query,
    red_flag_level,
    start,
    wait_painted,
)
from tests.scenarios import BROWSER, assert_holds

pytestmark = pytest.mark.browser


def region(driver, region_id):
    return driver.find_element(By.CSS_SELECTOR, f'#map [data-region="{region_id}"]')


def control(driver, group, value):
    """A control, scrolled to the middle of the screen: where a person taps it,
    clear of the warning banner that sticks to the top."""
    el = driver.find_element(
        By.CSS_SELECTOR, f'[data-group="{group}"][data-value="{value}"]'
    )
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", el)
    return el


@pytest.mark.parametrize("scenario", BROWSER, ids=[s["name"] for s in BROWSER])
def test_scenario_through_the_url(dash_duo, scenario):
    """The published scenarios and a few of ours, as a person opens them; every
    scenario also runs through the reasoning in Python (test_reasoning)."""
    driver = start(dash_duo, scenario["query"])
    items = driver.find_elements(By.CSS_SELECTOR, "#candidates [data-condition]")
    assert_holds(
        scenario,
        candidates(driver),
        red_flag_level(driver),
        {
            i.get_attribute("data-condition"): i.get_attribute("data-strength")
            for i in items
        },
        len(driver.find_elements(By.CSS_SELECTOR, "#candidates [data-tied]")),
        [
            b.get_attribute("data-ask")
            for b in driver.find_elements(By.CSS_SELECTOR, "#verdict [data-ask]")
        ],
    )
    if scenario.get("empty"):
        assert driver.find_element(By.ID, "invitation").is_displayed()


def test_tap_selects_a_region_and_ranks_candidates(dash_duo):
    driver = start(dash_duo)
    region(driver, "knee_medial").click()
    assert region(driver, "knee_medial").get_attribute("aria-pressed") == "true"
    wait_painted(dash_duo, "?areas=knee_medial")
    assert query(driver) == "?areas=knee_medial"
    item = driver.find_element(By.CSS_SELECTOR, "#candidates [data-condition]")
    assert "knee_medial" in item.get_attribute("data-explains").split()
    assert not driver.find_element(By.ID, "invitation").is_displayed()
    region(driver, "knee_medial").click()
    wait_painted(dash_duo, "")
    assert pressed(driver) == set() and candidates(driver) == []


@pytest.mark.parametrize("key", [Keys.ENTER, Keys.SPACE])
def test_keyboard_toggles_a_focused_region(dash_duo, key):
    driver = start(dash_duo)
    target = region(driver, "shin")
    assert target.get_attribute("tabindex") == "0"
    assert target.get_attribute("aria-label") == "Right shin"
    driver.execute_script("arguments[0].focus();", target)
    driver.switch_to.active_element.send_keys(key)
    wait_painted(dash_duo, "?areas=shin")
    assert pressed(driver) == {"shin"}
    assert driver.switch_to.active_element.get_attribute("data-region") == "shin"


def test_tab_reaches_the_regions(dash_duo):
    driver = start(dash_duo)
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    for _ in range(40):
        if driver.switch_to.active_element.get_attribute("data-region"):
            break
        driver.switch_to.active_element.send_keys(Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("data-region")


def test_symptom_checkbox_updates_selection_and_url(dash_duo):
    driver = start(dash_duo, "areas=calf")
    box = driver.find_element(
        By.CSS_SELECTOR, '[data-symptom="pain_on_walking_eased_by_rest"]'
    )
    assert box.get_attribute("role") == "checkbox"
    box.click()
    wait_painted(dash_duo, "?areas=calf&symptoms=pain_on_walking_eased_by_rest")
    assert box.get_attribute("aria-checked") == "true"
    assert candidates(driver)[0] == "peripheral_artery_disease"


def test_symptom_boxes_reflect_the_url(dash_duo):
    driver = start(dash_duo, "symptoms=burning,swelling")
    checked = {
        el.get_attribute("data-symptom")
        for el in driver.find_elements(By.CSS_SELECTOR, "[data-symptom]")
        if el.get_attribute("aria-checked") == "true"
    }
    assert checked == {"burning", "swelling"}


def test_view_toggle_keeps_regions_shared_by_both_views(dash_duo):
    driver = start(dash_duo, "areas=knee_lateral,knee_medial")
    control(driver, "view", "back").click()
    wait_painted(dash_duo, "?areas=knee_lateral,knee_medial&view=back")
    assert driver.find_elements(By.CSS_SELECTOR, '#map [data-region="calf"]')
    assert pressed(driver) == {"knee_lateral"}  # the inner knee is drawn in front only
    region(driver, "calf").click()
    wait_painted(dash_duo, "?areas=knee_lateral,knee_medial,calf&view=back")


def test_left_side_mirrors_the_drawing_and_says_so(dash_duo):
    driver = start(dash_duo, "areas=shin")
    control(driver, "side", "left").click()
    wait_painted(dash_duo, "?areas=shin&side=left")
    transform = driver.execute_script(
        "return getComputedStyle(document.querySelector('#map svg')).transform;"
    )
    assert transform.startswith("matrix(-1")
    assert "left" in driver.find_element(By.ID, "side-cue").text
    assert region(driver, "shin").get_attribute("aria-label") == "Left shin"


def test_layer_toggles_show_and_hide_overlays(dash_duo):
    driver = start(dash_duo)
    band = driver.find_element(By.CSS_SELECTOR, '[data-dermatome="L3"]')
    nerve = driver.find_element(By.CSS_SELECTOR, '[data-nerve="saphenous"]')
    assert not band.is_displayed() and nerve.is_displayed()
    control(driver, "layers", "dermatomes").click()
    control(driver, "layers", "nerves").click()
    wait_painted(dash_duo, "?layers=dermatomes")
    assert band.is_displayed() and not nerve.is_displayed()


def test_url_round_trip(dash_duo):
    driver = start(dash_duo)
    region(driver, "knee_lateral").click()
    driver.find_element(By.CSS_SELECTOR, '[data-symptom="foot_drop"]').click()
    control(driver, "layers", "chain").click()
    wait_painted(dash_duo, "?areas=knee_lateral&symptoms=foot_drop&layers=nerves,chain")
    url = driver.current_url
    before = candidates(driver)
    driver.get(dash_duo.server_url)
    wait_painted(dash_duo, "")
    driver.get(url)
    wait_painted(dash_duo, "?areas=knee_lateral&symptoms=foot_drop&layers=nerves,chain")
    assert pressed(driver) == {"knee_lateral"} and candidates(driver) == before


@pytest.mark.parametrize(
    ("query_string", "nerves"),
    [
        (
            "areas=knee_lateral,leg_lateral,foot_dorsum&symptoms=foot_drop,recent_leg_crossing_or_cast",
            {"common_peroneal", "superficial_peroneal", "deep_peroneal"},
        ),
        (
            "areas=knee_medial,leg_medial,ankle_medial&symptoms=burning,numbness_tingling",
            {"saphenous"},
        ),
    ],
)
def test_top_candidates_nerves_are_highlighted_and_no_other(
    dash_duo, query_string, nerves
):
    driver = start(dash_duo, query_string)
    assert highlighted(driver, "data-nerve") == nerves


def test_choosing_another_candidate_switches_detail_and_highlight(dash_duo):
    driver = start(dash_duo, "areas=knee_medial,leg_medial&symptoms=burning")
    assert candidates(driver)[0] == "saphenous_entrapment"
    driver.find_element(
        By.CSS_SELECTOR, '[data-condition="lumbar_radiculopathy"] button'
    ).click()
    wait_painted(
        dash_duo,
        "?areas=knee_medial,leg_medial&symptoms=burning&condition=lumbar_radiculopathy",
    )
    title = driver.find_element(By.ID, "explanation-title").text
    assert "low back" in title
    assert highlighted(driver, "data-dermatome") == {"L4"}
    assert "saphenous" not in highlighted(driver, "data-nerve")


def test_explanation_names_its_article_sections(dash_duo):
    driver = start(dash_duo, "areas=knee_lateral&symptoms=foot_drop")
    text = driver.find_element(By.ID, "explanation").text
    assert "Common Causes: Nerve Entrapment or Compression" in text
    assert "Initial Management Strategies" in text


def test_reverse_lookup_marks_typical_regions_before_any_tap(dash_duo):
    driver = start(dash_duo, "condition=saphenous_entrapment")
    typical = {
        el.get_attribute("data-region")
        for el in driver.find_elements(By.CSS_SELECTOR, "#map [data-region].is-typical")
    }
    assert typical == {"knee_medial", "leg_medial", "ankle_medial"}
    assert highlighted(driver, "data-nerve") == {"saphenous"}
    assert candidates(driver) == []
    # nothing is selected: the list says how to start, beside the explanation
    assert driver.find_element(By.ID, "invitation").is_displayed()
    assert "saphenous" in driver.find_element(By.ID, "explanation-title").text.lower()


def test_hostile_url_values_are_ignored_and_named(dash_duo):
    hostile = (
        "areas=knee_medial,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
        "&view=sideways&evil=%3Cscript%3Ealert(2)%3C/script%3E&layers=nerves"
    )
    driver = start(dash_duo, hostile)
    notice = driver.find_element(By.ID, "notice")
    assert notice.is_displayed()
    # the id-like value quoted, the markup only counted (never repeated)
    assert "sideways" in notice.text and "1 other value" in notice.text
    assert "img" not in notice.text and "alert" not in notice.text
    assert driver.find_elements(By.CSS_SELECTOR, "img[src=x]") == []
    assert pressed(driver) == {"knee_medial"}
    assert query(driver) == "?areas=knee_medial"


def test_red_flags_stay_in_view_when_the_page_scrolls(dash_duo):
    driver = start(
        dash_duo, "areas=lower_back,calf&symptoms=back_pain,bowel_bladder_change"
    )
    driver.execute_script("window.scrollTo(0, document.body.scrollHeight);")
    top = driver.execute_script(
        "return document.getElementById('red-flags').getBoundingClientRect().top;"
    )
    assert red_flag_level(driver) == "emergency" and 0 <= top < 5


def test_tap_highlights_at_once_without_redrawing_the_map(dash_duo):
    driver = start(dash_duo)
    same_drawing, pressed_now = driver.execute_script("""
        const svg = document.querySelector('#map svg');
        svg.dataset.marker = 'kept';
        const knee = document.querySelector('#map [data-region="knee_anterior"]');
        knee.dispatchEvent(new MouseEvent('click', {bubbles: true}));
        return [svg.isConnected, knee.getAttribute('aria-pressed')];
    """)
    assert same_drawing and pressed_now == "true"  # set in the same task as the tap
    wait_painted(dash_duo, "?areas=knee_anterior")
    assert (
        driver.execute_script(
            "return document.querySelector('#map svg').dataset.marker;"
        )
        == "kept"
    )


def test_clear_button_empties_the_selection(dash_duo):
    driver = start(dash_duo, "areas=calf,heel&symptoms=swelling&view=back")
    driver.find_element(By.ID, "clear").click()
    wait_painted(dash_duo, "?view=back")
    assert pressed(driver) == set() and candidates(driver) == []


def test_list_picker_selects_regions_of_either_view(dash_duo):
    driver = start(dash_duo)
    driver.find_element(By.CSS_SELECTOR, "#region-picker summary").click()
    control(driver, "areas", "heel").click()  # the heel is drawn in the back view only
    # the front stays shown, and the address says so: without a view it would
    # open where the heel is seen, on the back
    wait_painted(dash_duo, "?areas=heel&view=front")
    assert candidates(driver)


def test_activating_a_list_item_itself_shows_its_detail(dash_duo):
    driver = start(dash_duo, "areas=calf&symptoms=swelling")
    item = driver.find_element(
        By.CSS_SELECTOR, '#candidates [data-condition="deep_vein_thrombosis"]'
    )
    driver.execute_script("arguments[0].click();", item)
    wait_painted(
        dash_duo, "?areas=calf&symptoms=swelling&condition=deep_vein_thrombosis"
    )
    assert "clot" in driver.find_element(By.ID, "explanation-title").text.lower()
