"""The page's own words are declared once, in data/ui.yaml: the code reads only
keys declared there, every declared key is read, and every language gives
exactly those keys."""

import ast
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from viz.content import ContentError, load_knowledge_base
from viz.models import UiText

# Keys built with f-strings (getattr(kb.ui, f"level_{...}")) in modules being
# rewritten: the keys they reach count as read. Replace each such call with an
# explicit mapping of keys and drop its prefix here; no new one may appear.
BUILT: dict[str, set[str]] = {}


def declared() -> list[str]:
    return list(yaml.safe_load((ROOT / "data" / "ui.yaml").read_text("utf-8"))["ui"])


def _is_ui(node: ast.AST) -> bool:
    """`ui` or `<something>.ui`: the page's words."""
    return (isinstance(node, ast.Name) and node.id == "ui") or (
        isinstance(node, ast.Attribute) and node.attr == "ui"
    )


def uses() -> tuple[set[str], dict[str, set[str]]]:
    """The keys viz/ reads (ui.<key>, getattr(ui, "<key>")), and per module the
    prefixes of keys it builds with f-strings."""
    keys: set[str] = set()
    built: dict[str, set[str]] = {}
    for path in sorted((ROOT / "viz").rglob("*.py")):
        module = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and _is_ui(node.value):
                keys.add(node.attr)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "getattr"
                and _is_ui(node.args[0])
            ):
                name = node.args[1]
                if isinstance(name, ast.Constant):
                    keys.add(str(name.value))
                else:
                    assert isinstance(name, ast.JoinedStr), (module, node.lineno)
                    first = name.values[0]
                    prefix = first.value if isinstance(first, ast.Constant) else ""
                    built.setdefault(module, set()).add(str(prefix))
    return keys, built


def test_every_key_the_code_reads_is_declared_in_ui_yaml():
    keys, _ = uses()
    assert sorted(keys - set(declared())) == []


def test_every_key_of_ui_yaml_is_read_by_the_code():
    keys, built = uses()
    prefixes = set().union(*BUILT.values())
    dead = [
        k
        for k in declared()
        if k not in keys and not any(k.startswith(p) for p in prefixes)
    ]
    assert dead == []
    for module, found in built.items():
        assert found <= BUILT.get(module, set()), (
            f"{module}: a key built with an f-string; use an explicit mapping"
        )


def test_an_undeclared_key_raises_and_the_words_are_read_only(kb):
    assert kb.ui.title == "Radiate"
    with pytest.raises(AttributeError, match="data/ui.yaml has no text 'titel'"):
        kb.ui.titel  # noqa: B018
    with pytest.raises(AttributeError):
        kb.ui.title = "Other"
    assert list(kb.ui.as_dict()) == declared()
    assert list(kb.with_lang("es").ui.as_dict()) == declared()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _rewrite_ui(path: Path, change) -> None:
    raw = yaml.safe_load(path.read_text("utf-8"))
    change(raw["ui"])
    path.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), "utf-8")


def _problems(data_dir: Path) -> str:
    with pytest.raises(ContentError) as err:
        load_knowledge_base(data_dir)
    return str(err.value)


def test_a_language_missing_or_adding_a_key_stops_the_app_naming_it(data_copy):
    def change(ui):
        del ui["tagline"]
        ui["colour"] = "azul"

    _rewrite_ui(data_copy / "es" / "ui.yaml", change)
    problems = _problems(data_copy)
    assert "es/ui.yaml: entry 'ui': tagline: no translation" in problems
    assert "es/ui.yaml: entry 'ui': colour: not in the English file" in problems


def test_a_key_declared_in_english_is_required_of_every_language(data_copy):
    _rewrite_ui(data_copy / "ui.yaml", lambda ui: ui.update(new_heading="New"))
    assert "es/ui.yaml: entry 'ui': new_heading: no translation" in _problems(data_copy)


def test_an_english_key_must_be_a_slug_holding_a_text(data_copy):
    def change(ui):
        ui["Bad-Key"] = "x"
        ui["tagline"] = ["not", "a", "text"]
        ui["as_dict"] = "shadows a method"

    _rewrite_ui(data_copy / "ui.yaml", change)
    problems = _problems(data_copy)
    assert "ui.yaml: entry 'ui': 'Bad-Key': a key is a lowercase slug" in problems
    assert "ui.yaml: entry 'ui': tagline: expected a text" in problems
    assert "ui.yaml: entry 'ui': as_dict: the name of a method, not a text" in (
        problems
    )


def test_the_words_compare_by_their_texts():
    assert UiText({"a": "b"}) == UiText({"a": "b"}) != UiText({"a": "c"})
