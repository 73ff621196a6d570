"""Shared fixtures: the knowledge base, and Chromium flags for this machine."""

from pathlib import Path

import pytest
from selenium.webdriver.chrome.options import Options

from viz.content import load_knowledge_base
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
