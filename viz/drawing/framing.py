"""The frame of a view, centred on the limb, and its zoom boxes."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .body import Y_KNEE, Y_TROCHANTER
from .geometry import Point

if TYPE_CHECKING:
    from viz.knowledge import KnowledgeBase

Box = tuple[float, float, float, float]

FRAME_W, FRAME_H = 270.0, 1000.0  # the same in every view, so scales match
PAD = 4.0
MID_THIGH = (Y_TROCHANTER + Y_KNEE) / 2


def bbox(polys: Iterable[Sequence[Point]]) -> Box:
    """Bounding box (x0, y0, x1, y1) of some polygons."""
    pts = [p for poly in polys for p in poly]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def frame(regions: dict[str, list[Point]]) -> Box:
    """A FRAME_W x FRAME_H viewBox with the limb centred across it."""
    x0, _, x1, _ = bbox(regions.values())
    return (round((x0 + x1) / 2 - FRAME_W / 2), 0.0, FRAME_W, FRAME_H)


def parts(kb: KnowledgeBase, view: str) -> dict[str, list[str]]:
    """The regions of a view each part holds when enlarged (data/regions.yaml)."""
    return {
        part: [r.id for r in kb.regions.values() if r.zoom == part and view in r.views]
        for part in kb.parts
    }


def zooms(
    regions: dict[str, list[Point]], groups: Mapping[str, Sequence[str]]
) -> dict[str, Box]:
    """One box per zoom: its regions' bounding box padded to whole units."""
    out = {}
    for name, ids in groups.items():
        x0, y0, x1, y1 = bbox(regions[r] for r in ids)
        if name == "hip":
            y1 = max(y1, MID_THIGH)
        x0, y0 = math.floor(x0 - PAD), math.floor(y0 - PAD)
        x1, y1 = math.ceil(x1 + PAD), math.ceil(y1 + PAD)
        out[name] = (float(x0), float(y0), float(x1 - x0), float(y1 - y0))
    return out
