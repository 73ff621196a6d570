"""Deterministic generator of the front and back SVGs of the right lower limb."""

from __future__ import annotations

from pathlib import Path

SVG_DIR = Path(__file__).resolve().parents[2] / "assets" / "svg"


def build() -> dict[str, str]:
    """SVG text of every view, keyed by file name."""
    from . import back_layers, front_layers
    from .svg import render

    return {
        "front.svg": render(front_layers.view()),
        "back.svg": render(back_layers.view()),
    }


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
