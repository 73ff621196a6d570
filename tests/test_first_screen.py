"""The first screen says in one line where to start, right above the map, on a
laptop, a tablet either way round and a phone, in each language; the line
steps aside once an area is tapped."""

import pytest
from selenium.webdriver.common.by import By

from benchmarks.harness import set_viewport
from tests.browser import start, wait, wait_painted

SIZES = {"tablet-landscape": (1024, 768), "tablet-portrait": (768, 1024),
         "phone": (390, 844)}  # fmt: skip

# The line's box without scrolling: on screen, one line high, not covered,
# and above the drawing in the same column.
PLACED = """
const line = document.querySelector('.map-panel .start-line');
const map = document.getElementById('map').getBoundingClientRect();
const r = line.getBoundingClientRect();
const x = r.left + r.width / 2, y = r.top + r.height / 2;
const hit = document.elementFromPoint(x, y);
return {
  onScreen: r.top >= 0 && r.bottom <= innerHeight
    && r.left >= 0 && r.right <= innerWidth,
  uncovered: !!hit && (hit === line || line.contains(hit)),
  lines: Math.round(r.height / parseFloat(getComputedStyle(line).lineHeight)),
  aboveMap: r.bottom <= map.top + 1 && r.right > map.left && r.left < map.right,
  text: line.textContent,
};
"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", SIZES)
def test_the_start_line_is_on_the_first_screen_above_the_map(dash_duo, kb, size, lang):
    query = "lang=es" if lang == "es" else ""
    driver = start(dash_duo, query)
    set_viewport(driver, *SIZES[size])
    driver.execute_script("window.scrollTo(0, 0);")
    placed = driver.execute_script(PLACED)
    words = kb.with_lang(lang) if lang != kb.lang else kb
    assert placed["text"] == words.ui.start_line
    assert placed["onScreen"] and placed["uncovered"], placed
    assert placed["lines"] == 1, placed
    assert placed["aboveMap"], placed


@pytest.mark.browser
def test_the_start_line_steps_aside_once_an_area_is_tapped(dash_duo):
    driver = start(dash_duo)
    line = driver.find_element(By.CSS_SELECTOR, ".map-panel .start-line")
    assert line.is_displayed()
    driver.find_element(By.CSS_SELECTOR, '#map [data-region="knee_lateral"]').click()
    wait_painted(dash_duo, "?areas=knee_lateral")
    wait(dash_duo, lambda d: not line.is_displayed())
