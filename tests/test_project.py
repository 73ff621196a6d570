"""How the project hangs together: tests and benchmarks share viz/ and the
harness that drives the app from outside (benchmarks/harness.py)."""

import ast
import re

import pytest

from tests import contract
from tests.conftest import ROOT


def imported(path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
    names |= {
        n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
    }
    return names


# What each folder may import of the other: the tests drive the app with the
# benchmarks' harness, and hold the fingertip figure with the measurement the
# benchmark reports; the benchmarks import nothing of the tests.
SHARED = {
    ("tests", "benchmarks"): {"benchmarks.harness", "benchmarks.fingertips"},
    ("benchmarks", "tests"): set(),
}


@pytest.mark.parametrize(("folder", "other"), list(SHARED))
def test_tests_and_benchmarks_share_only_the_harness(folder, other):
    offenders = {
        p.name: name
        for p in (ROOT / folder).glob("*.py")
        for name in imported(p)
        if name.split(".")[0] == other and name not in SHARED[folder, other]
    }
    assert offenders == {}


def test_the_app_package_holds_no_operations_or_browser_driving():
    """viz/ is the app: running it in production is deploy/'s, and driving a
    browser (selenium, a test dependency) is the harness's."""
    for path in (ROOT / "viz").rglob("*.py"):
        names = {name.split(".")[0] for name in imported(path)}
        assert not names & {"selenium", "deploy", "benchmarks", "tests"}, path


CATALOGUES = {
    "data-region": lambda kb: set(kb.regions),
    "data-nerve": lambda kb: set(kb.nerves),
    "data-dermatome": lambda kb: set(kb.dermatomes),
    "data-chain-link": lambda kb: set(kb.segments) | set(kb.links),
    "data-condition": lambda kb: set(kb.conditions),
    "data-symptom": lambda kb: set(kb.symptoms),
    "data-site": lambda kb: set(kb.sites),
}


def documented_ids() -> dict[str, set[str]]:
    """Per data-* attribute, the ids docs/CONTRACT.md lists, contract and additions."""
    found: dict[str, set[str]] = {}
    for section in contract.DOC.split("\n### ")[1:]:
        heading, _, body = section.partition("\n")
        attr = re.search(r"\(`(data-[a-z-]+)`\)", heading)
        if attr and attr.group(1) in CATALOGUES:
            body = body.split("\n## ")[0]
            ids = found.setdefault(attr.group(1), set())
            ids |= {row[0] for row in contract._rows(body)}
            ids |= {i for line in body.splitlines() for i in contract._listed(line)}
    return found


@pytest.mark.parametrize("attr", CATALOGUES)
def test_the_contract_document_lists_exactly_the_ids_in_the_data(kb, attr):
    assert documented_ids().get(attr, set()) == CATALOGUES[attr](kb)


def test_the_contract_document_lists_exactly_the_zoom_values_in_the_data(kb):
    assert contract.ZOOMS == list(kb.zooms)
