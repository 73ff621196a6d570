"""One consultation scripted in the browser, for the tests that watch what it
does: that it loads nothing from another origin (test_privacy) and that the
Content-Security-Policy blocks none of it (test_security)."""

from selenium.webdriver.common.by import By

from tests.browser import candidates, wait, wait_painted
from viz.factory import create_app

START = "?areas=knee_medial,ankle_medial&symptoms=burning&view=back&side=left"

# Records CSP violations from before any of the page's scripts runs.
WATCH = """window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
});"""


def open_watched(dash_duo, query: str = ""):
    """Serve a fresh app and open a query with the violation recorder in place."""
    dash_duo.start_server(create_app(), navigate=False)
    driver = dash_duo.driver
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    driver.get(dash_duo.server.url + "/" + query)
    return driver


def consult(dash_duo):
    """Open START, then switch view and leg, tap an area, tick a symptom, show a
    layer and choose the second candidate, as a person would; the driver is left
    on its explanation."""
    driver = open_watched(dash_duo, START)
    wait_painted(dash_duo, START)
    driver.find_element(
        By.CSS_SELECTOR, '[data-group="view"][data-value="front"]'
    ).click()
    wait_painted(dash_duo, START.replace("&view=back", ""))
    driver.find_element(
        By.CSS_SELECTOR, '[data-group="side"][data-value="right"]'
    ).click()
    driver.find_element(By.CSS_SELECTOR, '#map [data-region="shin"]').click()
    driver.find_element(By.CSS_SELECTOR, '[data-symptom="numbness_tingling"]').click()
    driver.find_element(
        By.CSS_SELECTOR, '[data-group="layers"][data-value="chain"]'
    ).click()
    wait_painted(
        dash_duo,
        "?areas=knee_medial,ankle_medial,shin"
        "&symptoms=numbness_tingling,burning&layers=nerves,chain",
    )
    second = candidates(driver)[1]
    driver.find_element(By.CSS_SELECTOR, f'[data-condition="{second}"] button').click()
    wait(
        dash_duo,
        lambda d: (
            f"condition={second}"
            in (d.find_element(By.ID, "map").get_attribute("data-query") or "")
        ),
    )
    return driver


def violations(driver) -> list[str]:
    """CSP violations seen by the page, and SEVERE console entries."""
    seen = driver.execute_script("return window.__violations;")
    return seen + [
        e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"
    ]
