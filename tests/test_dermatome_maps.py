"""Two dermatome maps: Lee et al. 2008 (the default) and Keegan & Garrett 1948,
each drawn from its own data, the reasoning following the chosen one, and one
root shown in both side by side."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from tests.browser import candidates, query, start, wait
from tests.components import of_type, words
from viz.map_figures import compare_maps
from viz.palette import DERMATOME_COLOURS
from viz.reasoning import assess
from viz.urlstate import parse_query
from viz.views import parts_for as render

L4_PATTERN = "areas=thigh_lateral,knee_anterior,leg_medial&symptoms=numbness"
DRAWN = "return document.getElementById('map').getAttribute('data-drawn');"
ROOT = Path(__file__).resolve().parent.parent


def ranking(kb, map_id: str) -> list[str]:
    base = kb.with_map(map_id)
    areas = ("thigh_lateral", "knee_anterior", "leg_medial")
    return [c.condition for c in assess(base, areas, ("numbness",)).candidates]


def test_the_key_names_the_map_and_the_hatch_follows_the_root(kb):
    state = parse_query(kb, "dermatome_map=keegan&root=L4")
    parts = render(kb.with_map("keegan"), state)
    assert parts["legend_map"] == "Skin bands drawn as in Keegan & Garrett 1948:"
    assert parts["view"]["highlight"]["differs"] == ["L4"]
    assert "dermatome_map=keegan" in parts["view"]["query"]
    plain = render(kb, parse_query(kb, "areas=calf&symptoms=back_pain"))
    lit = plain["view"]["highlight"]["dermatome"]
    assert "L4" in lit and "S2" in lit
    assert plain["view"]["highlight"]["differs"] == []  # the bands are off
    bands = render(
        kb, parse_query(kb, "areas=calf&symptoms=back_pain&layers=dermatomes")
    )
    # S2: both maps draw it alike, so nothing to hatch
    assert bands["view"]["highlight"]["differs"] == [
        r for r in lit if kb.maps_differ(r)
    ]
    assert "S2" not in bands["view"]["highlight"]["differs"]
    assert plain["legend_map"] == "Skin bands drawn as in Lee et al. 2008:"


def test_both_maps_side_by_side_say_what_each_covers_and_where_they_part(kb):
    text = words(compare_maps(kb, "L4"))
    assert len(of_type(compare_maps(kb, "L4"), "Figure")) == 2
    for m in kb.maps.values():
        names = kb.region_names(kb.ordered(kb.dermatomes["L4"].bands[m.id].regions))
        assert f"{m.name}: {names}." in text
    assert f"They disagree about: {kb.region_names(kb.maps_differ('L4'))}." in text
    assert "The two maps agree for this root." in words(compare_maps(kb, "S2"))


@pytest.mark.parametrize("root", ["L2", "L3", "L4", "L5", "S1", "S2"])
def test_each_map_of_a_root_is_a_picture_generated_from_its_data(kb, root):
    """`make drawing` writes each root's band in each map (assets/svg/); the page
    shows the file, described in words, filled where the map's band reaches and
    hatched where the maps disagree."""
    assert root in kb.dermatomes
    shown = of_type(compare_maps(kb, root), "Img")
    assert len(shown) == len(kb.maps)
    differ = set(kb.maps_differ(root))
    for img, m in zip(shown, kb.maps.values(), strict=True):
        src = img.src
        assert src == f"/assets/svg/band-{root}-{m.id}.svg"
        assert img.className == "map-figure-drawing"
        assert m.name in img.alt
        said = kb.ui.maps_differ.split("{")[0]
        assert (said in img.alt) == bool(differ)
        svg = ET.parse(ROOT / src.lstrip("/")).getroot()
        fills = [e.get("fill") for e in svg.iter("{http://www.w3.org/2000/svg}path")]
        covered = kb.dermatomes[root].bands[m.id].regions
        # a region drawn in both views is filled, or hatched, in both
        assert fills.count(DERMATOME_COLOURS[root]) == sum(
            len(kb.regions[r].views) for r in covered
        )
        assert fills.count("url(#differs)") == sum(
            len(kb.regions[r].views) for r in differ
        )


@pytest.mark.browser
def test_keegan_from_the_address_draws_and_reasons_with_its_bands(dash_duo, kb):
    driver = start(dash_duo, f"{L4_PATTERN}&dermatome_map=keegan&layers=dermatomes")
    assert driver.execute_script(DRAWN) == "front-keegan"
    assert candidates(driver) == ranking(kb, "keegan")
    assert candidates(driver)[0] == "upper_lumbar_radiculopathy"
    key = driver.find_element(By.ID, "legend-map")
    assert key.is_displayed() and "Keegan & Garrett 1948" in key.text
    chosen = driver.find_element(
        By.CSS_SELECTOR, '[data-group="dermatome_map"][data-value="keegan"]'
    )
    assert chosen.get_attribute("aria-checked") == "true"
    # the pathway's bands the maps disagree about are hatched on the map
    hatch = driver.find_element(By.CSS_SELECTOR, '#map [data-differs="L4"]')
    assert hatch.is_displayed()
    assert driver.find_element(
        By.CSS_SELECTOR, '.legend [data-key="differs"]'
    ).is_displayed()


@pytest.mark.browser
def test_switching_the_map_from_its_buttons_redraws_and_reranks(dash_duo, kb):
    driver = start(dash_duo, f"{L4_PATTERN}&layers=dermatomes")
    assert driver.execute_script(DRAWN) == "front"
    assert candidates(driver) == ranking(kb, "lee")
    lee_band = driver.find_element(By.CSS_SELECTOR, '#map [data-dermatome="L4"]')
    lee_d = lee_band.get_attribute("d")

    def choose(map_id: str) -> None:
        driver.find_element(
            By.CSS_SELECTOR, f'[data-group="dermatome_map"][data-value="{map_id}"]'
        ).click()

    choose("keegan")
    wait(dash_duo, lambda d: "dermatome_map=keegan" in query(d))
    wait(dash_duo, lambda d: d.execute_script(DRAWN) == "front-keegan")
    wait(dash_duo, lambda d: candidates(d) == ranking(kb, "keegan"))
    keegan_d = driver.find_element(
        By.CSS_SELECTOR, '#map [data-dermatome="L4"]'
    ).get_attribute("d")
    assert keegan_d != lee_d
    assert "Keegan" in driver.find_element(By.ID, "legend-map").text
    # back to the default: no value in the address, Lee's drawing and ranking
    choose("lee")
    wait(dash_duo, lambda d: "dermatome_map" not in query(d))
    wait(dash_duo, lambda d: d.execute_script(DRAWN) == "front")
    wait(dash_duo, lambda d: candidates(d) == ranking(kb, "lee"))
    assert ranking(kb, "lee") != ranking(kb, "keegan")


@pytest.mark.browser
def test_one_root_in_both_maps_side_by_side(dash_duo, kb):
    driver = start(dash_duo, "root=L4&view=back")
    figures = driver.find_elements(By.CSS_SELECTOR, "#compare-maps figure")
    assert [f.get_attribute("data-map") for f in figures] == ["lee", "keegan"]
    assert all(f.is_displayed() for f in figures)
    differ = driver.find_element(By.ID, "compare-maps-differ").text
    assert "buttock" in differ and "calf" in differ
    # the hatch shows on the map with the skin bands off: it answers the root chosen
    assert driver.find_element(
        By.CSS_SELECTOR, '#map [data-differs="L4"]'
    ).is_displayed()
    assert not driver.find_element(
        By.CSS_SELECTOR, '#map [data-dermatome="L4"]'
    ).is_displayed()


@pytest.mark.browser
def test_where_it_hurts_stays_in_view_inside_the_root_compared(dash_duo):
    driver = start(dash_duo, "root=L4&dermatome_map=keegan&areas=thigh_lateral")
    style = (
        "const s = getComputedStyle(document.querySelector("
        "'#map [data-region=\"' + arguments[0] + '\"]'));"
        "return [s.fill, s.stroke];"
    )
    fill, _ = driver.execute_script(style, "thigh_lateral")
    assert "pattern-selected" in fill  # selected, inside L4's Keegan band
    fill, _ = driver.execute_script(style, "leg_medial")
    assert "pattern-root" in fill  # the band where it does not hurt
