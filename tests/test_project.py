"""How the project hangs together: tests and benchmarks share only viz/."""

import ast

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
