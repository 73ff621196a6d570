"""Load data/*.yaml into a validated KnowledgeBase, or say plainly what is wrong.

Run `python -m viz.content check` to check the files, or
`python -m viz.content schema DIR` to export JSON Schemas for editors.
"""

import json
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from viz import i18n
from viz.catalogue import (
    DATA_DIR,
    EXTRA_LISTS,
    FILES,
    SINGLE,
    UI,
    all_files,
    read_yaml,
    top_level_keys,
)
from viz.checks import reference_problems
from viz.knowledge import KnowledgeBase
from viz.models import UiText

__all__ = ["DATA_DIR", "EXTRA_LISTS", "FILES", "ContentError", "load_knowledge_base"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the knowledge base, located for a content editor."""

    file: str
    entry: str
    message: str

    def __str__(self) -> str:
        if self.entry.startswith("line ") or self.entry == "-":
            return f"{self.file}, {self.entry}: {self.message}".replace(", -:", ":")
        return f"{self.file}: entry '{self.entry}': {self.message}"


class ContentError(Exception):
    """The knowledge base cannot be loaded; the message lists every problem."""

    def __init__(self, problems: list[Problem], where: str = "data/"):
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"The knowledge base in {where} has problems:\n{lines}")


def _read_yaml(path: Path) -> dict[str, Any]:
    raw, problem = read_yaml(path, path.name)
    if problem:
        raise ContentError([Problem(*problem)])
    if not isinstance(raw, dict):
        raise ContentError([Problem(path.name, "-", "expected a mapping at the top")])
    return raw


def _entries(
    raw: dict, key: str, model: type[BaseModel], file: str, problems: list[Problem]
) -> dict[str, Any]:
    """Validate a list of entries, collecting a problem per bad entry."""
    items = raw.get(key)
    if not isinstance(items, list):
        problems.append(Problem(file, "-", f"expected a list under '{key}:'"))
        return {}
    valid: dict[str, Any] = {}
    for index, item in enumerate(items):
        name = (
            item.get("id", f"#{index + 1}")
            if isinstance(item, dict)
            else f"#{index + 1}"
        )
        try:
            entry = model.model_validate(item)
        except ValidationError as err:
            problems += [Problem(file, str(name), _describe(e)) for e in err.errors()]
            continue
        entry_id = str(item["id"])  # valid, so the item is a mapping with an id
        if entry_id in valid:
            problems.append(Problem(file, entry_id, "duplicate id"))
        valid[entry_id] = entry
    return valid


def _ui_text(raw: dict, problems: list[Problem]) -> UiText:
    """The page's words: the English file declares the keys."""
    key, name = UI
    texts = raw.get(key)
    found = UiText.problems(texts)
    problems += [Problem(name, key, m) for m in found]
    return UiText(texts if isinstance(texts, dict) and not found else {})


def _describe(error: ErrorDetails) -> str:
    where = ".".join(str(part) for part in error["loc"]) or "entry"
    return f"{where}: {error['msg']}"


def load_knowledge_base(
    data_dir: Path = DATA_DIR, translations: bool = True
) -> KnowledgeBase:
    """Read, validate and cross-check every file, and every language's texts
    (data/<code>/, see viz/i18n/); raise ContentError if any fail."""
    problems: list[Problem] = []
    raws = {name: _read_yaml(data_dir / name) for name in all_files()}
    for name, raw in raws.items():
        for key in sorted(set(raw) - top_level_keys(name)):
            problems.append(Problem(name, "-", f"unknown top-level key '{key}'"))
    fields: dict[str, Any] = {}
    for name, (key, model, field_name) in FILES.items():
        fields[field_name] = _entries(raws[name], key, model, name, problems)
    for key, (name, model) in EXTRA_LISTS.items():
        fields[key] = _entries(raws[name], key, model, name, problems)
    for key, (name, model) in SINGLE.items():
        try:
            fields[key] = model.model_validate(raws[name].get(key))
        except ValidationError as err:
            problems += [Problem(name, key, _describe(e)) for e in err.errors()]
    fields[UI[0]] = _ui_text(raws[UI[1]], problems)
    if problems:
        raise ContentError(problems)
    kb = KnowledgeBase(**fields)
    problems = [Problem(*p) for p in reference_problems(kb)]
    if problems:
        raise ContentError(problems)
    if not translations:
        return kb
    texts = {i18n.BASE: {f: getattr(kb, f) for f in i18n.TRANSLATED}}
    for folder in i18n.languages(data_dir):
        texts[folder.name], found = i18n.read(kb, folder)
        problems += [Problem(*p) for p in found]
    if problems:
        raise ContentError(problems)
    return replace(kb, translations=texts)


def export_schemas(out_dir: Path, data_dir: Path = DATA_DIR) -> list[Path]:
    """Write one JSON Schema per data file, for editors that validate YAML."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (key, model, _) in FILES.items():
        extra = {
            k: {"type": "array", "items": m.model_json_schema()}
            for k, (f, m) in EXTRA_LISTS.items()
            if f == name
        }
        schema = {
            "title": name,
            "type": "object",
            "additionalProperties": False,
            "properties": {
                key: {"type": "array", "items": model.model_json_schema()},
                **extra,
            },
        }
        written.append(_write_schema(out_dir / f"{name[:-5]}.schema.json", schema))
    single = {
        key: (name, model.model_json_schema()) for key, (name, model) in SINGLE.items()
    }
    single[UI[0]] = (UI[1], _ui_schema(data_dir / UI[1]))
    for key, (name, body) in single.items():
        schema = {
            "title": name,
            "type": "object",
            "additionalProperties": False,
            "properties": {key: body},
        }
        written.append(_write_schema(out_dir / f"{name[:-5]}.schema.json", schema))
    # Every other language's files: each English text, required (viz/i18n/).
    kb = load_knowledge_base(data_dir, translations=False)
    written += i18n.export_schemas(kb, out_dir)
    return written


def _ui_schema(path: Path) -> dict[str, Any]:
    """The page's words: exactly the keys of data/ui.yaml, each described by
    the comment line above it."""
    described = re.findall(
        r"^  # (.+)\n  ([a-z][a-z0-9_]*):", path.read_text(encoding="utf-8"), re.M
    )
    about = {key: line for line, key in described}
    keys = _read_yaml(path)[UI[0]]
    return {
        "title": "UiText",
        "description": "The page's own words: headings, prompts, sentence patterns.",
        "type": "object",
        "additionalProperties": False,
        "required": list(keys),
        "properties": {
            k: {"type": "string", "minLength": 1, "description": about.get(k, k)}
            for k in keys
        },
    }


def _write_schema(path: Path, schema: dict) -> Path:
    path.write_text(json.dumps(schema, indent=2) + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    """Command line: `check` the data, or export `schema` files to a folder."""
    if argv[:1] == ["schema"] and len(argv) == 2:
        for path in export_schemas(Path(argv[1])):
            print(f"wrote {path}")
        return 0
    if argv[:1] != ["check"]:
        print("usage: python -m viz.content check | schema DIR", file=sys.stderr)
        return 2
    try:
        kb = load_knowledge_base()
    except ContentError as err:
        print(err, file=sys.stderr)
        return 1
    print(
        f"data/ is valid: {len(kb.regions)} regions, {len(kb.nerves)} nerves, "
        f"{len(kb.conditions)} conditions, {len(kb.symptoms)} symptoms."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
