"""How the project hangs together: tests and benchmarks share only viz/."""

import ast
import re

import pytest

from tests.conftest import ROOT


def imported(path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
    names |= {
        n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
    }
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize(
    ("folder", "other"), [("tests", "benchmarks"), ("benchmarks", "tests")]
)
def test_tests_and_benchmarks_do_not_import_each_other(folder, other):
    offenders = [p.name for p in (ROOT / folder).glob("*.py") if other in imported(p)]
    assert offenders == []


ID = r"^(?:[a-z][a-z0-9_]*(?:-[a-z_]+)?|[LS][1-5])$"
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
    """Per data-* attribute, the ids docs/CONTRACT.md lists (contract and additions):
    the first column of its tables, or lists of ids after a colon."""
    found: dict[str, set[str]] = {}
    text = (ROOT / "docs" / "CONTRACT.md").read_text()
    for section in text.split("\n### ")[1:]:
        heading, _, body = section.partition("\n")
        attr = re.search(r"\(`(data-[a-z-]+)`\)", heading)
        if not attr or attr.group(1) not in CATALOGUES:
            continue
        ids = found.setdefault(attr.group(1), set())
        for line in body.split("\n## ")[0].splitlines():
            if line.startswith("|"):
                cell = line.split("|")[1].strip()
                if re.match(ID, cell) and cell != "id":
                    ids.add(cell)
                continue
            tokens = [t.strip(" .`") for t in line.rsplit(":", 1)[-1].split(",")]
            tokens = [t for t in tokens if t]
            if tokens and all(re.match(ID, t) for t in tokens):
                ids |= set(tokens)
    return found


@pytest.mark.parametrize("attr", CATALOGUES)
def test_the_contract_document_lists_exactly_the_ids_in_the_data(kb, attr):
    assert documented_ids().get(attr, set()) == CATALOGUES[attr](kb)
