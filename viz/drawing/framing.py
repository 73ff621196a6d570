"""The frame of a view, centred on the limb, and its zoom boxes."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .fingertip import widest_circle
from .geometry import Point

if TYPE_CHECKING:
    from viz.knowledge import KnowledgeBase

Box = tuple[float, float, float, float]

FRAME_W, FRAME_H = 210.0, 1000.0  # the same in every view, so scales match
PAD = 4.0


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


# A zoom box's longer side, in diameters of the smallest circle its areas
# hold: a phone's map is about 300 CSS px each way, a tablet's at least as
# wide, so that circle then spans 44 px or more (a fingertip).
FIT = 5.8
KEEP_END = {"foot"}  # parts whose box keeps their lower end: the toes


def _crop(
    lo: float,
    hi: float,
    want: float,
    circles: list[tuple[float, float, bool]],
    end: bool = False,
) -> tuple[float, float]:
    """A span of at most want inside lo..hi that holds the circles (centre,
    radius, must) that must be held, as near the middle of them all as it can."""
    if hi - lo <= want:
        return lo, hi
    held = [(c, r) for c, r, must in circles if must] or [(c, r) for c, r, _ in circles]
    mid = (min(c - r for c, r, _ in circles) + max(c + r for c, r, _ in circles)) / 2
    if end:  # at the far end: each region is checked to hold enough there
        return hi - want, hi
    mid = max(mid, max(c + r for c, r in held) - want / 2)
    mid = min(mid, min(c - r for c, r in held) + want / 2)
    mid = min(max(mid, lo + want / 2), hi - want / 2)
    return mid - want / 2, mid + want / 2


def zooms(
    regions: dict[str, list[Point]],
    groups: Mapping[str, Sequence[str]],
    reach: Mapping[str, tuple[float, Point]],
    targets: Mapping[str, list[Point]],
) -> dict[str, Box]:
    """One box per zoom: its regions' bounding box padded to whole units, no
    longer on either side than FIT times the smallest circle its regions hold
    (reach: each region's widest circle, targets: the fingertip targets
    outside the limb), kept round the narrowest regions; a region that holds
    no such circle inside its box is refused."""
    out = {}
    for name, ids in groups.items():
        x0, y0, x1, y1 = bbox(regions[r] for r in ids)
        x0, y0, x1, y1 = x0 - PAD, y0 - PAD, x1 + PAD, y1 + PAD
        least = min(reach[r][0] for r in ids)
        want = FIT * least
        # a region shorter than the box is held whole; a longer one slides
        size = {r: bbox([regions[r]]) for r in ids}
        xs = [(reach[r][1][0], reach[r][0] / 2, size[r][2] - size[r][0] < want)
              for r in ids]  # fmt: skip
        ys = [(reach[r][1][1], reach[r][0] / 2, size[r][3] - size[r][1] < want)
              for r in ids]  # fmt: skip
        x0, x1 = _crop(x0, x1, want, xs)
        y0, y1 = _crop(y0, y1, want, ys, name in KEEP_END)
        x0, y0 = math.floor(x0), math.floor(y0)
        x1, y1 = math.ceil(x1), math.ceil(y1)
        for r in ids:
            shape = [regions[r], targets[r]] if targets.get(r) else [regions[r]]
            held = widest_circle(shape, (x0, y0, x1, y1))[0]
            if held < max(x1 - x0, y1 - y0) / FIT - 2:
                raise ValueError(
                    f"zoom {name}: {r} holds {held:.1f} in {(x0, y0, x1, y1)}"
                )
        out[name] = (float(x0), float(y0), float(x1 - x0), float(y1 - y0))
    return out
