"""How viz/ is layered: data flows one way (STYLE.md), so the modules' imports,
wherever they sit (in a function, under TYPE_CHECKING), form no cycle and never
reach up a layer; and the app starts without pandas."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Lowest first: a module may import from its own layer and the ones above it in
# this list, never from one below it. A package (viz.drawing) stands for all of
# its modules.
LAYERS: dict[str, tuple[str, ...]] = {
    # What data/ holds, component ids, colours: the schema and constants; where
    # the app is reached (the environment's) and its page for too long a link.
    "schema": ("viz.models", "viz.ids", "viz.palette", "viz.origin", "viz.too_long"),
    # The validated knowledge base, read-only, and its lookups.
    "knowledge": ("viz.knowledge",),
    # Reading data/ and its languages into a knowledge base, checked.
    "content": ("viz.catalogue", "viz.checks", "viz.content", "viz.i18n"),
    # Pure functions of a knowledge base: the URL, the ranking, a pathway in
    # words, the referral matrix, the drawing generated from the data, the
    # teaching-case report.
    "reasoning": (
        "viz.urlstate",
        "viz.reasoning",
        "viz.pathway_text",
        "viz.matrix",
        "viz.drawing",
        "viz.teaching",
    ),
    # Builders: pure functions returning the page's Dash components.
    "builders": (
        "viz.controls",
        "viz.glossary",
        "viz.map_panel",
        "viz.share",
        "viz.explain",
        "viz.compare_view",
        "viz.map_figures",
        "viz.matrix_figure",
        "viz.handout",
        "viz.layout",
        "viz.matrix_panel",
    ),
    # Views: what the page shows for a state, from the reasoning and builders.
    "views": ("viz.views",),
    # Callbacks: between the page and those functions.
    "callbacks": ("viz.callbacks",),
    # The app: built, wired and served.
    "app": ("viz.factory", "viz.serving", "viz.qr_route"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    module_name(p): p
    for p in sorted((ROOT / "viz").rglob("*.py"))
    if module_name(p) != "viz"
}


def imports_in(source: str, name: str, package: str) -> set[str]:
    """The modules of viz/ a module's text imports, wherever the import sits."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package, up level - 1
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # from a package import its modules, or names defined in it
            submodules = {f"{base}.{a.name}" for a in node.names} & MODULES.keys()
            found |= submodules
            if len(submodules) < len(node.names):
                found.add(base)
    return {m for m in found if m in MODULES and m != name}


def imports_of(name: str) -> set[str]:
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return imports_in(path.read_text(encoding="utf-8"), name, package)


GRAPH = {name: imports_of(name) for name in MODULES}


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def layer_of(name: str) -> int:
    """The index of a module's layer: the one naming it or its package."""
    for index, modules in enumerate(LAYERS.values()):
        if any(within(name, m) for m in modules):
            return index
    raise LookupError(f"{name} is in no layer of tests/test_layers.py")


SAMPLE = """
from typing import TYPE_CHECKING
from viz import ids
from . import svg
from .geometry import Point
from viz.models import Text
if TYPE_CHECKING:
    from viz.knowledge import KnowledgeBase
def build():
    import viz.content
"""


def test_the_graph_sees_every_import_relative_in_functions_and_for_types():
    found = imports_in(SAMPLE, "viz.drawing.view", "viz.drawing")
    assert found == {
        "viz.ids",
        "viz.drawing.svg",
        "viz.drawing.geometry",
        "viz.models",
        "viz.knowledge",
        "viz.content",
    }


@pytest.mark.parametrize("name", MODULES)
def test_every_module_has_a_layer(name):
    layer_of(name)


def test_the_schema_imports_nothing_else_of_the_app():
    assert GRAPH["viz.models"] == set()


def cycle() -> list[str]:
    """One import cycle of viz/, as the modules along it, or [] if none."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str]:
        if node in path:
            return path[path.index(node) :] + [node]
        if node in done:
            return []
        for target in sorted(GRAPH[node]):
            found = visit(target, [*path, node])
            if found:
                return found
        done.add(node)
        return []

    for start in sorted(GRAPH):
        found = visit(start, [])
        if found:
            return found
    return []


def test_imports_form_no_cycle():
    assert cycle() == []


@pytest.mark.parametrize("name", MODULES)
def test_no_module_imports_from_a_higher_layer(name):
    names = list(LAYERS)
    upward = {
        target: names[layer_of(target)]
        for target in GRAPH[name]
        if layer_of(target) > layer_of(name)
    }
    assert upward == {}, f"{name} ({names[layer_of(name)]}) imports {upward}"


def test_the_app_starts_without_pandas():
    """pandas is imported when the referral matrix is first built (viz/matrix.py),
    not when a worker builds the app."""
    code = (
        "import sys, app; print('viz.factory' in sys.modules, 'pandas' in sys.modules)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[-2:] == ["True", "False"]
