"""Helpers for browser tests: open a URL, wait for the page to settle, read it."""

from functools import cache

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from benchmarks.harness import POLL
from viz.content import load_knowledge_base
from viz.urlstate import parse_query, to_query

# A wait returns as soon as its condition holds: the limit is only for a page
# that never gets there, long enough for a 2-core machine busy with other work.
TIMEOUT = 30
knowledge_base = cache(load_knowledge_base)  # the same data the served app reads


def start(dash_duo, query: str = ""):
    """Serve a fresh app and open it at a query; wait until the map shows that state."""
    kb = knowledge_base()
    dash_duo.driver.get(
        f"{dash_duo.server_url}/?{query}" if query else dash_duo.server_url
    )
    wait_painted(dash_duo, to_query(parse_query(kb, query)))
    return dash_duo.driver


def wait_painted(dash_duo, query: str):
    """Wait until the map shows the state whose canonical query is given."""
    wait(
        dash_duo,
        lambda d: (
            d.execute_script(
                "var m = document.getElementById('map');"
                "return m && m.querySelector('svg')"
                " ? m.getAttribute('data-query') : null;"
            )
            == query
        ),
    )


def wait(dash_duo, condition, timeout: float = TIMEOUT):
    """Wait for a condition on the driver, failing with the condition's name."""
    return WebDriverWait(dash_duo.driver, timeout, poll_frequency=POLL).until(condition)


def candidates(driver) -> list[str]:
    """Condition ids of #candidates, in rank order."""
    return [
        el.get_attribute("data-condition")
        for el in driver.find_elements(By.CSS_SELECTOR, "#candidates [data-condition]")
    ]


def pressed(driver) -> set[str]:
    """Region ids shown as selected on the map."""
    return {
        el.get_attribute("data-region")
        for el in driver.find_elements(
            By.CSS_SELECTOR, '#map [data-region][aria-pressed="true"]'
        )
    }


def highlighted(driver, attr: str) -> set[str]:
    """Ids of overlay structures (data-nerve, ...) carrying is-highlighted."""
    return {
        el.get_attribute(attr)
        for el in driver.find_elements(By.CSS_SELECTOR, f"[{attr}].is-highlighted")
    }


def red_flag_level(driver) -> str:
    """The data-level of a visible #red-flags, or 'none'."""
    panels = driver.find_elements(By.ID, "red-flags")
    if not panels or not panels[0].is_displayed():
        return "none"
    return panels[0].get_attribute("data-level")


def query(driver) -> str:
    """The address bar's query string."""
    return driver.execute_script("return window.location.search;")
