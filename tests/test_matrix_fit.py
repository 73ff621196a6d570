"""The referral matrix fits its screen: every row and column named at each of
four sizes in both languages, and opening it draws every name."""

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from benchmarks.harness import set_viewport
from tests.browser import knowledge_base, start, wait

SIZES = [(1280, 800), (1024, 768), (768, 1024), (390, 844)]
PLOT = "#referral-matrix .js-plotly-plot"
DRAWN = PLOT + " g.hm"

# Each tick label: drawn (has text and a size), and where it sits horizontally.
LABELS = """
var gd = document.querySelector(arguments[0]);
function boxes(sel) {
  return Array.prototype.map.call(gd.querySelectorAll(sel), function (t) {
    var r = t.getBoundingClientRect();
    return {text: t.textContent, left: r.left, right: r.right, width: r.width};
  });
}
return {rows: boxes("g.ytick text"), columns: boxes("g.xtick text"),
        width: document.documentElement.clientWidth};
"""
SCROLL_TO_END = (
    "var s = document.querySelector('.matrix-scroll'); s.scrollLeft = s.scrollWidth;"
    "s.dispatchEvent(new Event('scroll')); return s.scrollWidth > s.clientWidth;"
)


def labels(driver) -> dict:
    return driver.execute_script(LABELS, PLOT)


def inside(box: dict, width: int) -> bool:
    return box["width"] > 0 and box["left"] >= -1 and box["right"] <= width + 1


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_row_and_column_is_named_on_screen(dash_duo, size, lang):
    kb = knowledge_base()
    set_viewport(dash_duo.driver, *size)
    driver = start(dash_duo, f"panel=matrix&areas=knee_lateral&lang={lang}")
    wait(dash_duo, lambda d: d.find_elements(By.CSS_SELECTOR, DRAWN))
    assert driver.execute_script(
        "return document.getElementById('matrix').getBoundingClientRect().top;"
    ) == pytest.approx(0, abs=1)
    seen = labels(driver)
    assert len(seen["rows"]) == len(kb.regions)
    assert len(seen["columns"]) == len(kb.conditions)
    assert all(b["text"] and inside(b, seen["width"]) for b in seen["rows"])
    if not all(inside(b, seen["width"]) for b in seen["columns"]):
        # a narrow screen scrolls the heatmap sideways: the last columns come
        # into view and the row names stay where they were
        assert driver.execute_script(SCROLL_TO_END)
        wait(dash_duo, lambda d: inside(labels(d)["columns"][-1], seen["width"]))
        scrolled = labels(driver)
        assert all(inside(b, seen["width"]) for b in scrolled["rows"])


def every_name_drawn(driver, kb) -> bool:
    """The heatmap drawn with a name on each of its rows and columns."""
    if not driver.find_elements(By.CSS_SELECTOR, DRAWN):
        return False
    seen = labels(driver)
    return (
        len(seen["rows"]) == len(kb.regions)
        and len(seen["columns"]) == len(kb.conditions)
        and all(b["text"] and b["width"] > 0 for b in seen["rows"] + seen["columns"])
    )


@pytest.mark.browser
@pytest.mark.parametrize("opened_by", ["button", "link"])
def test_opening_the_matrix_draws_every_row_and_column(dash_duo, opened_by):
    """Opened cold by its button or by a link, the heatmap is drawn with every
    name (how fast is measured by make bench, not here)."""
    kb = knowledge_base()
    if opened_by == "link":
        driver = start(dash_duo, "panel=matrix&areas=calf")
    else:
        driver = start(dash_duo, "areas=calf")
        button = driver.find_element(By.ID, "matrix-open")
        # the pointer reaches the button, then clicks, as a person's does
        ActionChains(driver).move_to_element(button).click().perform()
    wait(dash_duo, lambda d: every_name_drawn(d, kb), timeout=30)
