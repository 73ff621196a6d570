"""The page in other languages.

English is written in data/*.yaml with everything else (ids, regions, numbers,
sources). Another language is a folder data/<code>/ (data/es/ for Spanish) of
files with the same names, giving for every text of the English files its
wording in that language, and nothing else. Everything is found by key, never
by position: entries by id, and the items of a list by the key each carries in
English (a supporting or arguing finding by its `symptom`, an entrapment site,
a first step or a usual finding by its `id`), so reordering an English list
moves nothing. A missing or extra key, or a pattern whose {placeholders}
differ, stops the app with a message naming the file, the entry and the key.

    python -m viz.i18n skeleton fr  # data/fr/*.yaml: the English texts, to translate
    python -m viz.i18n schema DIR   # JSON Schemas of the translated files

Not translated: ids, the numbers of weights.yaml, and the titles of published
references (sources of kind `reference`), which are cited as published; the page
marks them lang="en".
"""

import json
import re
from pathlib import Path
from typing import Any, get_args, get_origin

import yaml
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from viz.catalogue import TRANSLATED, read_yaml
from viz.models import Entry, UiText

__all__ = ["BASE", "TRANSLATED", "english_files", "read", "skeleton", "texts"]

BASE = "en"  # the language of data/*.yaml
CODE = re.compile(r"^[a-z]{2}$")
PLACEHOLDER = re.compile(r"\{(\w+)\}")

Tree = Any  # str, list[str], or mappings (by field, id or key) of them


def _is_prose(field: FieldInfo) -> bool:
    """A field of words: plain str (not an id pattern), or a list of them."""
    annotation = field.annotation
    args = [a for a in get_args(annotation) if a is not type(None)]
    if (
        get_origin(annotation) is not None
        and args
        and get_origin(annotation) is not list
    ):
        annotation = args[0]  # str | None
    if get_origin(annotation) is list:
        item = get_args(annotation)[0]
        return item is str  # list[Slug] is Annotated, not str
    constrained = any(getattr(m, "pattern", None) for m in field.metadata)
    return annotation is str and not constrained


def texts(node: object) -> Tree | None:
    """The texts of an entry (or of a list or mapping of entries), by key: a
    list of entries becomes a mapping by each item's key (Entry.key)."""
    if isinstance(node, UiText):
        return node.as_dict() or None
    if isinstance(node, BaseModel):
        kept: set[str] = getattr(node, "untranslated", set)()
        out: dict[str, Tree] = {}
        for name, field in type(node).model_fields.items():
            value = getattr(node, name)
            if name in kept or value is None:
                continue
            if isinstance(value, str | list) and _is_prose(field):
                if value:
                    out[name] = list(value) if isinstance(value, list) else value
                continue
            sub = texts(value)
            if sub:
                out[name] = sub
        return out or None
    if isinstance(node, list | tuple):
        items = [(item, sub) for item in node if (sub := texts(item))]
        return {_key(item): sub for item, sub in items} or None
    if isinstance(node, dict):
        by_key = {k: texts(v) for k, v in node.items()}
        return {k: s for k, s in by_key.items() if s} or None
    return None


def _key(item: object) -> str:
    if not isinstance(item, Entry):
        raise TypeError(f"a list of texts must hold entries with a key, not {item!r}")
    return item.key


def translated(node: Any, tree: Tree) -> Any:
    """The node with each text replaced by the tree's (checked beforehand)."""
    if isinstance(node, UiText):
        return UiText({k: tree[k] for k in node.as_dict()})
    if isinstance(node, BaseModel):
        return node.model_copy(
            update={k: translated(getattr(node, k), v) for k, v in tree.items()}
        )
    if isinstance(node, list) and node and isinstance(node[0], Entry):
        return [translated(v, tree[v.key]) if v.key in tree else v for v in node]
    if isinstance(node, dict):
        return {k: translated(v, tree[k]) if k in tree else v for k, v in node.items()}
    return tree


def shape_problems(base: Tree, other: object, where: str = "") -> list[str]:
    """Where a translation's tree differs from the English one's, by key."""
    at = where or "entry"
    if isinstance(base, str):
        if not isinstance(other, str) or not other.strip():
            return [f"{at}: no translation"]
        if set(PLACEHOLDER.findall(base)) != set(PLACEHOLDER.findall(other)):
            want = ", ".join(f"{{{p}}}" for p in sorted(set(PLACEHOLDER.findall(base))))
            return [f"{at}: the pattern must hold exactly {want or 'no placeholder'}"]
        return []
    if isinstance(base, list):
        ok = (
            isinstance(other, list)
            and other
            and all(isinstance(o, str) and o.strip() for o in other)
        )
        return [] if ok else [f"{at}: no translation (a list of words)"]
    if other is None:
        return [f"{at}: no translation"]
    if not isinstance(other, dict):
        return [f"{at}: expected texts by key ({', '.join(list(base)[:3])}...)"]
    out = []
    for key, sub in base.items():
        path = f"{where}.{key}" if where else key
        out += (
            shape_problems(sub, other[key], path)
            if key in other
            else [f"{path}: no translation"]
        )
    out += [
        f"{f'{where}.{k}' if where else k}: not in the English file"
        for k in other
        if k not in base
    ]
    return out


def english_files(kb: Any) -> dict[str, dict[str, Tree]]:
    """Per file, per top-level key: the English texts, entries keyed by id."""
    files: dict[str, dict[str, Tree]] = {}
    for field, (file, key) in TRANSLATED.items():
        files.setdefault(file, {})[key] = texts(getattr(kb, field)) or {}
    return files


def read(kb: Any, folder: Path) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """A language's replacement for each translated field of the base, and the
    problems found (file, entry, message)."""
    code = folder.name
    problems: list[tuple[str, str, str]] = []
    raws: dict[str, dict[str, Any]] = {}
    for file, keys in english_files(kb).items():
        name = f"{code}/{file}"
        raw, problem = read_yaml(folder / file, name)
        if problem:
            problems.append(problem)
            continue
        if not isinstance(raw or {}, dict):
            problems.append((name, "-", "expected a mapping at the top"))
            continue
        raws[file] = raw = raw or {}
        problems += [
            (name, "-", f"unknown top-level key '{k}'") for k in raw if k not in keys
        ]
        for key, base in keys.items():
            found = _problems_by_entry(base, raw.get(key), key)
            problems += [(name, entry, msg) for entry, msg in found]
    if problems:
        return {}, problems
    fields = {
        field: translated(getattr(kb, field), raws[file][key])
        for field, (file, key) in TRANSLATED.items()
    }
    return fields, []


def _problems_by_entry(base: Tree, other: object, key: str) -> list[tuple[str, str]]:
    """Problems of one top-level key: per entry id for lists of entries."""
    if key == "ui":
        return [(key, m) for m in shape_problems(base, other)]
    if not isinstance(other, dict):
        return [("-", f"expected the entries of '{key}:' by id")]
    out = [(entry, m) for entry, sub in base.items()
           for m in (shape_problems(sub, other[entry]) if entry in other
                     else ["no translation of this entry"])]  # fmt: skip
    out += [(str(entry), "no such entry in the English file") for entry in other
            if entry not in base]  # fmt: skip
    return out


def languages(data_dir: Path) -> list[Path]:
    """The folders of data/ that hold another language."""
    return sorted(p for p in data_dir.iterdir() if p.is_dir() and CODE.match(p.name))


def skeleton(kb: Any, folder: Path) -> list[Path]:
    """Write a new language's files with the English texts, to translate."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for file, keys in english_files(kb).items():
        path = folder / file
        text = yaml.safe_dump(keys, sort_keys=False, allow_unicode=True, width=88)
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def _schema(tree: Tree) -> dict[str, Any]:
    if isinstance(tree, str):
        return {"type": "string", "minLength": 1}
    if isinstance(tree, list):
        return {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "minItems": 1,
        }
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(tree),
        "properties": {k: _schema(v) for k, v in tree.items()},
    }


def export_schemas(kb: Any, out_dir: Path) -> list[Path]:
    """One JSON Schema per translated file: every text the English file holds,
    by key, required."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for file, keys in english_files(kb).items():
        schema = {"title": f"<language>/{file}", **_schema(keys)}
        path = out_dir / f"translation.{file[:-5]}.schema.json"
        path.write_text(
            json.dumps(schema, indent=2, ensure_ascii=False) + "\n", "utf-8"
        )
        written.append(path)
    return written
