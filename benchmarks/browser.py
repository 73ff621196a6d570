"""Serve the app on a loopback port in a thread and drive it with headless Chromium."""

import threading
from contextlib import contextmanager

from selenium import webdriver
from selenium.webdriver.support.ui import WebDriverWait
from werkzeug.serving import make_server

from viz.factory import create_app

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
)


@contextmanager
def serving(app=None):
    """Yield the base URL of the app served on a free loopback port."""
    server = make_server("127.0.0.1", 0, (app or create_app()).server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()


@contextmanager
def chromium():
    """A headless Chromium driver that quits when done."""
    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options)
    try:
        yield driver
    finally:
        driver.quit()


def set_viewport(driver, width: int, height: int) -> None:
    """Make the page's viewport exactly width x height CSS pixels."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )


def open_painted(driver, base: str, query: str, timeout: float = 15) -> None:
    """Open a query and wait until the map has painted it."""
    driver.get(f"{base}/?{query}" if query else base)
    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script(
            "var m = document.getElementById('map');"
            "return !!(m && m.querySelector('svg') && m.hasAttribute('data-query'));"
        )
    )
