"""Shared fixtures: the knowledge base, Chromium flags for this machine, and one
served app with one browser per test process."""

from pathlib import Path
from types import SimpleNamespace

import pytest
from selenium import webdriver

from benchmarks.harness import chromium_options, serving
from viz.content import load_knowledge_base
from viz.knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The real knowledge base from data/, loaded once."""
    return load_knowledge_base()


def options(headless: bool):
    """The benchmarks' Chromium flags, and one renderer process for the app's
    site: each test opens the app anew, and without it every opening started a
    renderer process, a third of a page's time on 2 cores."""
    chosen = chromium_options(headless)
    chosen.add_argument("--process-per-site")
    return chosen


def pytest_setup_options():
    """Chromium flags for dash[testing]'s own fixtures, the same as ours."""
    return options(headless=False)


class SharedPage:
    """What a browser test needs of dash_duo (a served app and a Chromium), kept
    for a whole test process: the app holds no state between requests, the page
    stores nothing in the browser (no cookie, no storage) and every test opens
    its own address after a reset, so starting both once loses nothing and saves
    about two seconds per test module."""

    def __init__(self, driver, url: str) -> None:
        self.driver = driver
        self.server_url = url
        self.server = SimpleNamespace(url=url)

    def start_server(self, app=None, navigate: bool = True) -> None:
        """The module's app is already served; open it as dash_duo would."""
        if navigate:
            self.driver.get(self.server_url)

    def reset(self) -> None:
        """Undo what a test may have changed in the browser: size, touch, media.
        The next test opens its own address, a new document."""
        for command, params in (
            ("Emulation.clearDeviceMetricsOverride", {}),
            ("Emulation.setTouchEmulationEnabled", {"enabled": False}),
            ("Emulation.setEmulatedMedia", {"media": "", "features": []}),
        ):
            self.driver.execute_cdp_cmd(command, params)


@pytest.fixture(scope="session")
def shared_page(request):
    """One app served on a loopback port and one Chromium, for a test process."""
    headless = bool(request.config.getoption("headless", default=False))
    with serving() as url:
        driver = webdriver.Chrome(options=options(headless))
        try:
            yield SharedPage(driver, url)
        finally:
            driver.quit()


@pytest.fixture
def dash_duo(shared_page):
    """The browser tests' page: the module's shared app and Chromium, reset."""
    shared_page.reset()
    return shared_page
