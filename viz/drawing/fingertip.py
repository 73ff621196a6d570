"""The widest circle inside each area, and invisible fingertip targets that
widen the areas at the edge of the limb outwards, over the empty page."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from .geometry import Point, inside

Circle = tuple[float, Point]  # diameter, centre


def _mask(polys: Sequence[Sequence[Point]], xs: np.ndarray, ys: np.ndarray):
    """Even-odd fill of the union of some polygons on a grid of cell centres."""
    gx, gy = np.meshgrid(xs, ys)
    out = np.zeros(gx.shape, dtype=bool)
    for poly in polys:
        p = np.asarray(poly, dtype=float)
        q = np.roll(p, 1, axis=0)
        hit = np.zeros(gx.shape, dtype=bool)
        for (x1, y1), (x0, y0) in zip(p, q, strict=True):
            if y0 == y1:
                continue
            cross = (y0 > gy) != (y1 > gy)
            at = x0 + (gy - y0) * (x1 - x0) / (y1 - y0)
            hit ^= cross & (gx < at)
        out |= hit
    return out


def widest_circle(
    polys: Sequence[Sequence[Point]],
    within: tuple[float, float, float, float] | None = None,
    cell: float = 0.75,
) -> Circle:
    """The widest circle inside the union of some polygons (and inside the box
    x0, y0, x1, y1 within, if given), on a grid of cells."""
    pts = [p for poly in polys for p in poly]
    x0, x1 = min(p[0] for p in pts) - 2 * cell, max(p[0] for p in pts) + 2 * cell
    y0, y1 = min(p[1] for p in pts) - 2 * cell, max(p[1] for p in pts) + 2 * cell
    if within:
        x0, y0 = max(x0, within[0] - cell), max(y0, within[1] - cell)
        x1, y1 = min(x1, within[2] + cell), min(y1, within[3] + cell)
    if x1 - x0 < 3 * cell or y1 - y0 < 3 * cell:
        return 0.0, (x0, y0)
    xs, ys = np.arange(x0, x1 + cell, cell), np.arange(y0, y1 + cell, cell)
    m = _mask(polys, xs, ys)
    m[0, :] = m[-1, :] = m[:, 0] = m[:, -1] = False
    near = m.copy()  # the cells outside next to the shape are its border
    for axis in (0, 1):
        for step in (1, -1):
            near |= np.roll(m, step, axis)
    by, bx = np.nonzero(near & ~m)
    iy, ix = np.nonzero(m)
    if not len(ix):
        return 0.0, (x0, y0)
    px, py, ox, oy = xs[ix], ys[iy], xs[bx], ys[by]
    best = np.full(px.shape, np.inf)
    for k in range(0, len(ox), 256):
        dx = px[:, None] - ox[None, k : k + 256]
        dy = py[:, None] - oy[None, k : k + 256]
        best = np.minimum(best, np.hypot(dx, dy).min(axis=1))
    i = int(np.argmax(best))
    return float(2 * best[i] - cell), (float(px[i]), float(py[i]))


def outer_band(region: Sequence[Point], rim: set[Point], depth: float) -> list[Point]:
    """A band depth wide outside the stretch of a region's edge that lies on the
    limb's outline: a target that reaches no other area."""
    n = len(region)
    on = [region[i] in rim for i in range(n)]
    if all(on) or not any(on):
        return []
    start = next(i for i in range(n) if on[i] and not on[i - 1])
    run = []
    i = start
    while on[i % n]:
        run.append(region[i % n])
        i += 1
    offset = []
    for k, (x, y) in enumerate(run):
        a, b = run[max(k - 1, 0)], run[min(k + 1, len(run) - 1)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        length = math.hypot(tx, ty) or 1.0
        nx, ny = -ty / length, tx / length
        if inside((x + nx, y + ny), region):
            nx, ny = -nx, -ny
        offset.append((x + nx * depth, y + ny * depth))
    return [*run, *offset[::-1]]
