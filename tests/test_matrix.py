"""The referral matrix: one table from the knowledge base, agreeing cell for cell
with the reasoning's pathways, offered as a heatmap, a CSV file and a table."""

import csv
import io

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.browser import knowledge_base, query, start, wait
from viz.knowledge import KnowledgeBase
from viz.matrix import HOW, as_csv, pathways, referral_matrix
from viz.matrix_figure import ticks
from viz.reasoning import evidence_score, pathway_matches
from viz.urlstate import parse_query

# What a region adds to a condition's score, by how the condition reaches it.
WEIGHT = {
    "source": lambda kb: kb.weights.region_source.value,
    "typical": lambda kb: kb.weights.region_typical.value,
    "pathway": lambda kb: kb.weights.region_on_pathway.value,
    "chain": lambda kb: kb.weights.region_on_chain.value,
    "none": lambda kb: kb.weights.region_unexplained.value,
}


def test_rows_are_the_regions_top_down_and_columns_the_conditions(kb):
    frame = referral_matrix(kb)
    assert list(frame.index) == list(kb.regions)
    assert list(frame.columns) == list(kb.conditions)
    assert frame.index[0] == "lower_back" and frame.index[-1] == "sole"
    assert set(frame.to_numpy().ravel()) <= set(HOW)


@pytest.mark.parametrize("condition", list(knowledge_base().conditions))
def test_each_cell_agrees_with_the_reasoning(kb: KnowledgeBase, condition):
    frame, named = referral_matrix(kb), pathways(kb)
    c = kb.conditions[condition]
    for region in kb.regions:
        how = frame.loc[region, condition]
        matches = pathway_matches(kb, c, (region,))
        # The reasoning scores the region exactly as the matrix says it reaches it.
        added = evidence_score(kb, condition, (region,), ()) - evidence_score(
            kb, condition, (), ()
        )
        assert added == pytest.approx(WEIGHT[how](kb)), (region, how)
        if how in ("source", "typical"):
            assert region in c.source_regions + c.typical_regions
        if how in ("pathway", "chain"):
            assert matches, region
        assert bool(named.loc[region, condition]) == bool(matches), region


def test_every_condition_reaches_its_own_source_and_typical_areas(kb):
    frame = referral_matrix(kb)
    for c in kb.conditions.values():
        assert all(frame.loc[r, c.id] == "source" for r in c.source_regions)
        assert all(
            frame.loc[r, c.id] in ("source", "typical") for r in c.typical_regions
        )


def test_the_csv_holds_one_row_per_region_and_condition(kb):
    rows = list(csv.DictReader(io.StringIO(as_csv(kb))))
    assert len(rows) == len(kb.regions) * len(kb.conditions)
    assert set(rows[0]) == {"region", "condition", "how", "pathway"}
    frame = referral_matrix(kb)
    for row in rows:
        assert frame.loc[row["region"], row["condition"]] == row["how"]


def test_the_csv_is_served_as_a_download(kb):
    from viz.factory import create_app

    client = create_app(kb).server.test_client()
    answer = client.get("/referral-matrix.csv")
    assert answer.status_code == 200
    assert answer.mimetype == "text/csv"
    assert "attachment" in answer.headers["Content-Disposition"]
    assert answer.get_data(as_text=True) == as_csv(kb)
    # the matrix of the map and the language the panel shows
    keegan = client.get("/referral-matrix.csv?dermatome_map=keegan&lang=es")
    assert keegan.get_data(as_text=True) == as_csv(
        kb.with_lang("es").with_map("keegan")
    )
    assert keegan.get_data(as_text=True) != answer.get_data(as_text=True)
    assert client.get("/referral-matrix.csv?lang=xx").get_data(as_text=True) == as_csv(
        kb
    )


# In the browser: opened from the address and from the page, plotly fetched only
# then, a cell shows its source and area on the map, no axe violation.

PLOT = "#referral-matrix .js-plotly-plot"
PLOTLY_FETCHED = (
    "return performance.getEntriesByType('resource')"
    ".some(function (e) { return /plotly/i.test(e.name); });"
)


def matrix_open(driver) -> bool:
    return driver.execute_script(
        "var m = document.getElementById('matrix'); return !!m && !m.hidden;"
    )


def wait_plot(dash_duo):
    wait(dash_duo, lambda d: d.find_elements(By.CSS_SELECTOR, PLOT))


@pytest.mark.browser
def test_opened_from_the_address_with_the_areas_marked(dash_duo):
    driver = start(dash_duo, "panel=matrix&areas=knee_lateral")
    wait_plot(dash_duo)
    assert matrix_open(driver)
    rows = driver.find_elements(By.CSS_SELECTOR, "#matrix .matrix-table tbody tr")
    assert len(rows) == 25
    texts = [r.get_attribute("textContent") for r in rows]  # in a closed <details>
    marked = [t for t in texts if "(your area)" in t]
    assert len(marked) == 1 and marked[0].startswith("outer knee")


# Records, before any page script, when the map is painted (the page ready).
READY_WATCH = """window.__ready = null;
new MutationObserver(function (_, obs) {
  if (!document.querySelector("#map[data-query] svg")) return;
  window.__ready = performance.now(); obs.disconnect();
}).observe(document, {subtree: true, childList: true, attributes: true});"""
PLOTLY_ENTRIES = (
    "return performance.getEntriesByType('resource')"
    ".filter(function (e) { return /plotly|async-graph/.test(e.name); })"
    ".map(function (e) { return [e.name.split('?')[0], e.startTime]; });"
)
PLOTLY_RAN = "return !!(window.Plotly && window.Plotly.newPlot);"


def open_watched(dash_duo, query: str):
    """Open a query with READY_WATCH; wait until the map is painted."""
    driver = dash_duo.driver
    driver.get("about:blank")
    script = driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument", {"source": READY_WATCH}
    )
    driver.get(f"{dash_duo.server_url}/?{query}")
    driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", script)
    return wait(dash_duo, lambda d: d.execute_script("return window.__ready;"))


@pytest.mark.browser
def test_plotly_stays_off_the_first_screen_and_comes_once_the_page_is_drawn(
    dash_duo,
):
    ready = open_watched(dash_duo, "areas=calf")
    wait(dash_duo, lambda d: d.execute_script(PLOTLY_RAN), timeout=30)
    fetched = dash_duo.driver.execute_script(PLOTLY_ENTRIES)
    # Dash's graph code and plotly.js, each once, after the map was painted
    assert sorted(name.rsplit("/", 1)[-1] for name, _ in fetched) == [
        "async-graph.js",
        "plotly.min.js",
    ]
    assert all(start >= ready for _, start in fetched), (ready, fetched)
    assert not matrix_open(dash_duo.driver)


@pytest.mark.browser
def test_a_link_to_the_matrix_fetches_plotly_once(dash_duo):
    driver = start(dash_duo, "panel=matrix&areas=calf")
    wait_plot(dash_duo)
    names = [n.rsplit("/", 1)[-1] for n, _ in driver.execute_script(PLOTLY_ENTRIES)]
    assert names.count("plotly.min.js") == 1 and names.count("async-graph.js") == 1
    assert len(driver.find_elements(By.CSS_SELECTOR, "script[src*='plotly']")) == 1


@pytest.mark.browser
def test_the_button_opens_the_matrix_and_escape_closes_it(dash_duo):
    driver = start(dash_duo, "areas=calf")
    assert not matrix_open(driver)
    driver.find_element(By.ID, "matrix-open").click()
    wait_plot(dash_duo)
    assert driver.execute_script(PLOTLY_FETCHED)
    assert "panel=matrix" in query(driver)
    # Escape closes it, drops it from the address and gives focus back.
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    wait(dash_duo, lambda d: not matrix_open(d))
    wait(dash_duo, lambda d: "panel=" not in query(d))
    assert driver.switch_to.active_element.get_attribute("id") == "matrix-open"


@pytest.mark.browser
def test_a_cell_shows_its_source_on_the_map(dash_duo):
    driver = start(dash_duo, "panel=matrix&areas=calf")
    wait_plot(dash_duo)
    # A real click on the heatmap; the cell under the pointer is the one
    # plotly reports on hover, "region condition".
    driver.execute_script(
        "var gd = document.querySelector(arguments[0]); window.__cell = null;"
        "gd.on('plotly_hover', function (e) {"
        " window.__cell = e.points[0].customdata; });",
        PLOT,
    )
    drag = driver.find_element(By.CSS_SELECTOR, PLOT + " .nsewdrag")
    ActionChains(driver).move_to_element(drag).pause(0.3).click().perform()
    region, condition = driver.execute_script("return window.__cell;").split(" ")
    wait(dash_duo, lambda d: not matrix_open(d))
    wait(dash_duo, lambda d: f"condition={condition}" in query(d))
    pointed = driver.find_elements(By.CSS_SELECTOR, "#map [data-region].is-pointed")
    assert {p.get_attribute("data-region") for p in pointed} == {region}


@pytest.mark.browser
def test_no_axe_violations_with_the_matrix_open(dash_duo):
    from tests.test_accessibility import AXE, describe, run_axe

    driver = start(dash_duo, "panel=matrix&areas=knee_lateral")
    wait_plot(dash_duo)
    violations = run_axe(driver, AXE.read_text(encoding="utf-8"))
    assert not violations, describe(violations)


def test_the_panel_links_the_csv_of_its_map_and_language(kb):
    from viz.matrix_panel import panel
    from viz.urlstate import parse_query

    def link(base, query):
        items = panel(base, parse_query(kb, query))
        return next(c for c in items if type(c).__name__ == "A").href

    spanish_keegan = kb.with_lang("es").with_map("keegan")
    assert (
        link(spanish_keegan, "panel=matrix&dermatome_map=keegan&lang=es&areas=calf")
        == "/referral-matrix.csv?dermatome_map=keegan&lang=es"
    )
    assert link(kb, "panel=matrix") == "/referral-matrix.csv"


@pytest.mark.parametrize("lang", [None, "es"])
@pytest.mark.parametrize("voice", ["patient", "clinician"])
def test_no_two_columns_are_drawn_with_the_same_label(kb, lang, voice):
    """Every column's label, cut to stand on end, still names one source."""
    base = kb.with_lang(lang) if lang else kb
    _, columns = ticks(base, parse_query(kb, f"voice={voice}"))
    assert len(set(columns)) == len(columns), columns
