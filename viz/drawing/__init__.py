"""Deterministic generator of the front and back SVGs of the right lower limb."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viz.knowledge import KnowledgeBase

    from .view import View

SVG_DIR = Path(__file__).resolve().parents[2] / "assets" / "svg"


def build() -> dict[str, str]:
    """SVG text of every view, keyed by file name; the ids it draws and the
    zoom boxes it frames come from data/, and a drawing that disagrees with
    the data is refused."""
    from viz.content import load_knowledge_base

    from . import back_layers, front_layers
    from .svg import render

    kb = load_knowledge_base()
    views = [front_layers.view(kb), back_layers.view(kb)]
    problems = [p for v in views for p in disagreements(kb, v)]
    if problems:
        raise ValueError("the drawing disagrees with data/: " + "; ".join(problems))
    return {f"{v.name}.svg": render(v) for v in views}


def disagreements(kb: KnowledgeBase, view: View) -> list[str]:
    """How a view's ids differ from the data: its regions must be exactly those
    data/regions.yaml draws in it; its other structures must exist."""
    wanted = {r.id for r in kb.regions.values() if view.name in r.views}
    out = [
        f"{view.name}: region '{r}' has no shape"
        for r in sorted(wanted - set(view.regions))
    ]
    out += [
        f"{view.name}: shape '{r}' is no region of this view"
        for r in sorted(set(view.regions) - wanted)
    ]
    drawn: dict[str, tuple[Iterable[str], Iterable[str]]] = {
        "nerve": (view.nerves, kb.nerves),
        "dermatome": (view.dermatomes, kb.dermatomes),
        "key point": (view.key_points, kb.dermatomes),
        "chain segment": (view.chain, kb.segments),
        "site": (view.sites, kb.sites),
    }
    for what, (ids, known) in drawn.items():
        out += [
            f"{view.name}: unknown {what} '{i}'" for i in sorted(set(ids) - set(known))
        ]
    return out


PALETTE_CSS = SVG_DIR.parent / "palette.css"


def write(directory: Path = SVG_DIR) -> list[Path]:
    """Write all views into directory, and the palette's stylesheet beside it;
    return the written paths."""
    from viz.palette import css

    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in build().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    palette = directory.parent / PALETTE_CSS.name
    palette.write_text(css(), encoding="utf-8")
    return [*paths, palette]
