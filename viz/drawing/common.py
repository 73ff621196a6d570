"""Helpers shared by both views: parameter-space curves, context silhouette, chain."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import pairwise

from .body import MIDLINE
from .fingertip import outer_band, outward_normals, widest_circle
from .geometry import Limb, Point, catmull_rom, dist, lerp, path_d
from .graph import STEP
from .labels import CELL, label_point, raster


def param_points(limb: Limb, pts: Sequence[Point], smooth: bool = True) -> list[Point]:
    """Densely sampled screen points of a parameter-space curve through pts."""
    steps = [
        max(2, math.ceil(dist(limb.at(*p), limb.at(*q)) / STEP))
        for p, q in pairwise(pts)
    ]
    if smooth and len(pts) > 2:
        dense = catmull_rom(pts, steps)
    else:
        dense = [pts[0]]
        for (p, q), n in zip(pairwise(pts), steps, strict=True):
            dense += [lerp(p, q, k / n) for k in range(1, n + 1)]
    return [limb.at(*p) for p in dense]


def curve_d(limb: Limb, *strands: Sequence[Point]) -> str:
    """Open path data: one smooth subpath per strand of parameter points."""
    return "".join(path_d(param_points(limb, s), closed=False) for s in strands)


def band_pts(limb: Limb, *polys: Sequence[Point]) -> list[list[Point]]:
    """Screen polygons of parameter polygons (straight in parameter space)."""
    return [param_points(limb, [*p, p[0]], smooth=False)[:-1] for p in polys]


def coverage(band: Sequence[Sequence[Point]], region: Sequence[Point]) -> float:
    """The share of a region a band covers, sampled on the labels' grid (0 to 1)."""
    xs, ys = [p[0] for p in region], [p[1] for p in region]
    x0, y0 = min(xs), min(ys)
    w, h = math.ceil((max(xs) - x0) / CELL), math.ceil((max(ys) - y0) / CELL)
    inner = raster([region], x0, y0, w, h)
    cells = int(inner.sum())
    covered = int((inner & raster(band, x0, y0, w, h)).sum())
    return covered / cells if cells else 0.0


def bands(
    limb: Limb,
    polys: dict[str, list[list[Point]]],
    outline: list[list[Point]],
    regions: dict[str, list[Point]],
) -> tuple[dict[str, list[list[Point]]], dict[str, Point]]:
    """Each dermatome band's screen polygons, and a label centre inside the band
    and the limb."""
    shapes, labels = {}, {}
    for k, v in polys.items():
        shapes[k] = band_pts(limb, *v)
        labels[k] = label_point(shapes[k], outline, list(regions.values()))
    return shapes, labels


def ring_d(
    cx: float,
    cy: float,
    rx: float,
    ry: float,
    start: float = 0.0,
    end: float = 2 * math.pi,
) -> str:
    """Path data of an elliptical arc or ring in screen space."""
    n = max(8, math.ceil(max(rx, ry) * abs(end - start) / 3))
    pts = [
        (
            cx + rx * math.cos(start + (end - start) * k / n),
            cy + ry * math.sin(start + (end - start) * k / n),
        )
        for k in range(n + 1)
    ]
    return path_d(pts, closed=abs(end - start) >= 2 * math.pi - 1e-9)


def mirror(pts: Sequence[Point]) -> list[Point]:
    """Reflect points across the body midline."""
    return [(2 * MIDLINE - x, y) for x, y in pts]


def trunk_d(flank: Callable[[float], float], top: float, bottom: float) -> str:
    """Context outline of the lower trunk between the flanks, down to the crotch."""
    ys = [top + (bottom - top) * k / 60 for k in range(61)]
    left = [(flank(y), y) for y in ys]
    right = [(2 * MIDLINE - x, y) for x, y in reversed(left)]
    return path_d([*left, (MIDLINE, bottom + 2), *right])


def chain(points: dict[str, Point]) -> dict[str, Point]:
    """Joint centres in proximal-to-distal order."""
    order = ["lumbar_spine", "pelvis", "hip", "knee", "ankle", "foot"]
    return {k: points[k] for k in order}


def fingertip_targets(
    regions: dict[str, list[Point]], outline: list[list[Point]], depth: dict[str, float]
) -> tuple[dict[str, list[Point]], dict[str, tuple[float, Point]]]:
    """Each listed region's target outside the limb (a band depth units wide
    along its stretch of the outline), and every region's widest circle, its
    target included."""
    rim = outward_normals(outline)
    hits = {r: outer_band(regions[r], rim, d) for r, d in depth.items() if r in regions}
    reach = {
        r: widest_circle([poly, hits[r]] if hits.get(r) else [poly])
        for r, poly in regions.items()
    }
    return hits, reach
