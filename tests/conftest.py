"""Shared fixtures: the knowledge base, Chromium flags for this machine, and one
served app with one browser per test module."""

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from werkzeug.serving import make_server

from viz.content import load_knowledge_base
from viz.factory import create_app
from viz.knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The real knowledge base from data/, loaded once."""
    return load_knowledge_base()


def pytest_setup_options():
    """Chromium flags for a closed network and a root user; a laptop-sized window."""
    options = Options()
    for flag in (
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
        "--window-size=1280,800",
    ):
        options.add_argument(flag)
    return options


class SharedPage:
    """What a browser test needs of dash_duo (a served app and a Chromium), kept
    for a whole test module: the app holds no state between requests and every
    test opens its own address, so starting both once per module loses nothing
    and saves seconds per test."""

    def __init__(self, driver, url: str) -> None:
        self.driver = driver
        self.server_url = url
        self.server = SimpleNamespace(url=url)

    def start_server(self, app=None, navigate: bool = True) -> None:
        """The module's app is already served; open it as dash_duo would."""
        if navigate:
            self.driver.get(self.server_url)

    def reset(self) -> None:
        """Undo what a test may have changed in the browser: size, touch, media."""
        self.driver.get("about:blank")
        for command, params in (
            ("Emulation.clearDeviceMetricsOverride", {}),
            ("Emulation.setTouchEmulationEnabled", {"enabled": False}),
            ("Emulation.setEmulatedMedia", {"media": "", "features": []}),
        ):
            self.driver.execute_cdp_cmd(command, params)


@pytest.fixture(scope="module")
def shared_page(request):
    """One app served on a loopback port and one Chromium, for a test module."""
    server = make_server("127.0.0.1", 0, create_app().server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    options = pytest_setup_options()
    if request.config.getoption("headless", default=False):
        options.add_argument("--headless")
    driver = webdriver.Chrome(options=options)
    try:
        yield SharedPage(driver, f"http://127.0.0.1:{server.server_port}")
    finally:
        driver.quit()
        server.shutdown()
        thread.join()


@pytest.fixture
def dash_duo(shared_page):
    """The browser tests' page: the module's shared app and Chromium, reset."""
    shared_page.reset()
    return shared_page
