"""Where a click at the middle of an area's box lands: a browser (and
selenium's click) aims at the centre of an element's bounding box, so that
point must lie well inside the area itself, under nothing else that takes taps."""

from __future__ import annotations

import math
from collections.abc import Sequence

from .framing import bbox
from .geometry import Point, inside
from .view import View

# Drawing units between the middle of an area's box and the area's edge.
MARGIN = 4.0


def box_centre(poly: Sequence[Point]) -> Point:
    """The centre of a polygon's bounding box."""
    x0, y0, x1, y1 = bbox([poly])
    return (x0 + x1) / 2, (y0 + y1) / 2


def edge_distance(pt: Point, poly: Sequence[Point]) -> float:
    """The distance from a point to the nearest edge of a polygon."""
    best = math.inf
    for i, (x1, y1) in enumerate(poly):
        x0, y0 = poly[i - 1]
        dx, dy = x1 - x0, y1 - y0
        t = ((pt[0] - x0) * dx + (pt[1] - y0) * dy) / ((dx * dx + dy * dy) or 1.0)
        t = min(1.0, max(0.0, t))
        best = min(best, math.hypot(pt[0] - x0 - t * dx, pt[1] - y0 - t * dy))
    return best


def drawn(poly: Sequence[Point]) -> list[Point]:
    """A polygon as its path is written: to a tenth of a unit."""
    return [(round(x, 1), round(y, 1)) for x, y in poly]


def centre_margins(view: View) -> dict[str, float]:
    """Per region, how far inside it the middle of its box lies (negative when
    outside it, or under another region or a fingertip target)."""
    shapes = {r: drawn(p) for r, p in view.regions.items()}
    over = [drawn(p) for p in view.hits.values() if p]
    out = {}
    for rid, poly in shapes.items():
        c = box_centre(poly)
        others = [p for r, p in shapes.items() if r != rid] + over
        margin = edge_distance(c, poly)
        hidden = not inside(c, poly) or any(inside(c, p) for p in others)
        out[rid] = -margin if hidden else margin
    return out


def centre_problems(view: View) -> list[str]:
    """The regions whose box's middle lies less than MARGIN inside them."""
    return [
        f"{view.name}: the middle of the box of '{rid}' is {m:.1f} inside it "
        f"(at least {MARGIN:g} wanted, under nothing else)"
        for rid, m in centre_margins(view).items()
        if m < MARGIN
    ]
