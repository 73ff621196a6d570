"""The data files: each one's name, its top-level keys and the model of its
entries. Loading (viz/content.py) and translating (viz/i18n/) both read it."""

import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from viz import models

# libyaml's safe loader when PyYAML was built with it (about ten times faster)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DATA_DIR = Path(
    os.environ.get("RADIATE_DATA") or Path(__file__).resolve().parent.parent / "data"
)

# file name -> (top-level key, model of one entry, knowledge-base field)
FILES: dict[str, tuple[str, type[BaseModel], str]] = {
    "sources.yaml": ("sources", models.Source, "sources"),
    "regions.yaml": ("regions", models.Region, "regions"),
    "nerves.yaml": ("nerves", models.Nerve, "nerves"),
    "dermatomes.yaml": ("dermatomes", models.Dermatome, "dermatomes"),
    "chain.yaml": ("segments", models.Segment, "segments"),
    "vessels.yaml": ("vessels", models.Vessel, "vessels"),
    "symptoms.yaml": ("symptoms", models.Symptom, "symptoms"),
    "red_flags.yaml": ("red_flags", models.RedFlag, "red_flags"),
    "conditions.yaml": ("conditions", models.Condition, "conditions"),
    "glossary.yaml": ("glossary", models.Term, "glossary"),
}
# a second list in a file: top-level key (and knowledge-base field) -> file, model
EXTRA_LISTS: dict[str, tuple[str, type[BaseModel]]] = {
    "links": ("chain.yaml", models.Link),
    "parts": ("regions.yaml", models.Part),
    "maps": ("dermatomes.yaml", models.DermatomeMap),
}
# one mapping in a file: top-level key (and knowledge-base field) -> file, model
SINGLE: dict[str, tuple[str, type[BaseModel]]] = {
    "weights": ("weights.yaml", models.Weights),
}
# the page's words (models.UiText): the keys are the file's own
UI = ("ui", "ui.yaml")

# The knowledge base's fields a language translates, by file and top-level key:
# every file but the weights (numbers, and reasons the page never shows).
TRANSLATED: dict[str, tuple[str, str]] = (
    {field: (file, key) for file, (key, _, field) in FILES.items()}
    | {key: (file, key) for key, (file, _) in EXTRA_LISTS.items()}
    | {UI[0]: (UI[1], UI[0])}
)


def top_level_keys(file: str) -> set[str]:
    """The keys a data file may hold at its top level."""
    keys = {key for name, (key, _, _) in FILES.items() if name == file}
    keys |= {key for key, (name, _) in EXTRA_LISTS.items() if name == file}
    keys |= {key for key, (name, _) in SINGLE.items() if name == file}
    return keys | ({UI[0]} if file == UI[1] else set())


def all_files() -> list[str]:
    """Every data file of the English knowledge base."""
    names = list(FILES) + [f for f, _ in EXTRA_LISTS.values()]
    return sorted(set(names + [f for f, _ in SINGLE.values()] + [UI[1]]))


def read_yaml(path: Path, name: str) -> tuple[Any, tuple[str, str, str] | None]:
    """A data file's content, or the problem that stops it being read (file,
    where, what), named for a content editor: missing, not UTF-8, bad YAML."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None, (name, "-", "file is missing")
    except UnicodeDecodeError as err:
        line = err.object[: err.start].count(b"\n") + 1
        byte = err.object[err.start : err.start + 1].hex()
        return None, (name, f"line {line}", f"not UTF-8 text (byte 0x{byte})")
    try:
        return yaml.load(text, Loader=SAFE_LOADER), None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "-"
        return None, (name, where, f"bad YAML: {getattr(err, 'problem', None) or err}")
