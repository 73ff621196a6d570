"""Root or nerve: a root's skin band and a nerve's skin shown at once, with the
areas only one of them reaches named."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.browser import query, start, wait
from viz.urlstate import parse_query
from viz.views import compare_summary, territories


def test_territories_come_from_the_bands_and_the_nerves_skin(kb):
    state = parse_query(kb, "root=L5&nerve=common_peroneal")
    t = territories(kb, state)
    assert set(t["root"]) == set(kb.band("L5").regions)
    keegan = territories(kb.with_map("keegan"), state)
    assert set(keegan["root"]) == set(kb.dermatomes["L5"].bands["keegan"].regions)
    assert keegan["root"] != t["root"]  # the maps differ for L5
    branches = kb.branches("common_peroneal")
    assert set(t["nerve"]) == {r for n in branches for r in kb.nerves[n].territory}
    assert "superficial_peroneal" in branches  # the branches' skin counts


def test_the_summary_names_what_only_one_reaches(kb):
    state = parse_query(kb, "root=L4&nerve=saphenous")
    t = territories(kb, state)
    root, nerve = set(t["root"]), set(t["nerve"])
    said = compare_summary(kb, state, t)
    for region in root ^ nerve:
        assert kb.regions[region].name in said
    alone = parse_query(kb, "root=L4")
    assert compare_summary(kb, alone, territories(kb, alone)) == ""


def test_unknown_roots_and_nerves_are_ignored_and_named(kb):
    state = parse_query(kb, "root=T12&nerve=ulnar")
    assert state.root is None and state.nerve is None
    assert set(state.ignored) == {"T12", "ulnar"}


@pytest.mark.browser
def test_both_territories_on_the_map_and_chosen_from_the_page(dash_duo, kb):
    driver = start(dash_duo, "root=L5&nerve=common_peroneal")
    t = territories(kb, parse_query(kb, "root=L5&nerve=common_peroneal"))
    marks = {
        el.get_attribute("data-region"): el.get_attribute("data-compare")
        for el in driver.find_elements(By.CSS_SELECTOR, "#map [data-compare]")
    }
    drawn = {
        el.get_attribute("data-region")
        for el in driver.find_elements(By.CSS_SELECTOR, "#map [data-region]")
    }
    for region in drawn:
        inside = (region in t["root"], region in t["nerve"])
        want = {(1, 1): "both", (1, 0): "root", (0, 1): "nerve"}.get(inside)
        assert marks.get(region) == want, region
    said = driver.find_element(By.ID, "compare-summary").text
    assert "only the L5 band reaches shin" in said
    assert kb.ui.compare_nothing not in said  # the nerve's skin is all in the band
    # what tells them apart, under the summary (open with a root and a nerve
    # chosen), in the reader's voice
    signs = driver.find_element(By.ID, "compare-signs")
    inversion = signs.find_element(By.CSS_SELECTOR, '[data-sign="foot_inversion"]')
    wait(dash_duo, lambda d: inversion.is_displayed())
    sign = kb.nerves["common_peroneal"].versus_root["L5"][0]
    assert sign.patient in inversion.text and sign.clinician not in inversion.text
    legend = driver.find_element(By.CSS_SELECTOR, '.legend [data-key="compare-root"]')
    assert legend.is_displayed()
    # Choosing another nerve from the page redraws and keeps it in the address.
    Select(
        driver.find_element(By.CSS_SELECTOR, 'select[name="nerve"]')
    ).select_by_value("saphenous")
    wait(dash_duo, lambda d: "nerve=saphenous" in query(d))
    wait(
        dash_duo,
        lambda d: d.find_elements(
            By.CSS_SELECTOR, '#map [data-region="knee_medial"][data-compare="nerve"]'
        ),
    )
