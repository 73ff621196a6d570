"""The widest circle inside each area, and invisible fingertip targets that
widen the areas at the edge of the limb outwards, over the empty page."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from .geometry import Point, inside

Circle = tuple[float, Point]  # diameter, centre
SIDEWAYS = (
    0.5  # a target reaches out where the outline faces at least this much sideways
)


def _mask(polys: Sequence[Sequence[Point]], xs: np.ndarray, ys: np.ndarray):
    """Even-odd fill of the union of some polygons on a grid of cell centres."""
    out = np.zeros((len(ys), len(xs)), dtype=bool)
    for poly in polys:
        p = np.asarray(poly, dtype=float)
        q = np.roll(p, 1, axis=0)
        x1, y1, x0, y0 = p[:, 0], p[:, 1], q[:, 0], q[:, 1]
        # an edge that crosses a row flips the cells left of where it crosses
        row, edge = np.nonzero((y0 > ys[:, None]) != (y1 > ys[:, None]))
        x0, y0, x1, y1 = x0[edge], y0[edge], x1[edge], y1[edge]
        at = x0 + (ys[row] - y0) * (x1 - x0) / (y1 - y0)
        left = np.zeros((len(ys), len(xs) + 1), dtype=np.int64)
        np.add.at(left, (row, np.searchsorted(xs, at)), 1)  # cells left of at
        flips = left.sum(axis=1, keepdims=True) - np.cumsum(left, axis=1)[:, :-1]
        out |= flips % 2 == 1
    return out


def _far(source: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Squared distance, in cells, from each wanted cell to the nearest source
    cell (exact there: the nearest source in each column first, then the best
    of those along the row; other cells may be left farther)."""
    h, w = source.shape
    far = h + w  # beyond any cell of the grid
    rows = np.arange(h)[:, None]
    above = np.maximum.accumulate(np.where(source, rows, -far), axis=0)
    below = np.minimum.accumulate(np.where(source, rows, 2 * far)[::-1], axis=0)
    col = np.minimum(rows - above, below[::-1] - rows) ** 2
    best = col.copy()
    for k in range(1, w):  # the source k columns to the left or right
        if k * k >= best[wanted].max():
            break
        np.minimum(best[:, k:], col[:, :-k] + k * k, out=best[:, k:])
        np.minimum(best[:, :-k], col[:, k:] + k * k, out=best[:, :-k])
    return best


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
    if not m.any():
        return 0.0, (x0, y0)
    near = m.copy()  # the cells outside next to the shape are its border
    for axis in (0, 1):
        for step in (1, -1):
            near |= np.roll(m, step, axis)
    border = near & ~m
    far = _far(border, m)
    # the cells farthest from the border in whole cells; of those, the one
    # farthest on the grid's coordinates (the first in rows of equal ones)
    iy, ix = np.nonzero(m & (far == far[m].max()))
    by, bx = np.nonzero(border)
    px, py, ox, oy = xs[ix], ys[iy], xs[bx], ys[by]
    best = np.full(px.shape, np.inf)
    for k in range(0, len(ox), 256):
        dx = px[:, None] - ox[None, k : k + 256]
        dy = py[:, None] - oy[None, k : k + 256]
        best = np.minimum(best, np.hypot(dx, dy).min(axis=1))
    i = int(np.argmax(best))
    return float(2 * best[i] - cell), (float(px[i]), float(py[i]))


def outward_normals(outline: Sequence[Sequence[Point]]) -> dict[Point, Point]:
    """The unit normal pointing out of the limb at each point of its outline."""
    out: dict[Point, Point] = {}
    for loop in outline:
        n = len(loop)
        (ax, ay), (bx, by) = loop[0], loop[1]
        probe = ((ax + bx) / 2 - (by - ay) * 0.01, (ay + by) / 2 + (bx - ax) * 0.01)
        side = -1.0 if inside(probe, loop) else 1.0
        for k, pt in enumerate(loop):
            (ax, ay), (bx, by) = loop[k - 1], loop[(k + 1) % n]
            length = math.hypot(bx - ax, by - ay) or 1.0
            out[pt] = (-(by - ay) / length * side, (bx - ax) / length * side)
    return out


def outer_band(
    region: Sequence[Point], normals: dict[Point, Point], depth: float
) -> list[Point]:
    """A band depth wide outside the stretch of a region's edge that lies on the
    limb's outline (normals: the outline's outward normals): a target that
    reaches no other area, and meets a neighbour's along the same normal."""
    n = len(region)
    # sideways stretches only: not round the toes, whose clefts it would cross
    on = [region[i] in normals and abs(normals[region[i]][0]) >= SIDEWAYS
          for i in range(n)]  # fmt: skip
    if all(on) or not any(on):
        return []
    run: list[Point] = []
    for start in (i for i in range(n) if on[i] and not on[i - 1]):
        k, piece = start, []
        while on[k % n]:
            piece.append(region[k % n])
            k += 1
        run = max(run, piece, key=len)
    offset = [(x + normals[x, y][0] * depth, y + normals[x, y][1] * depth)
              for x, y in run]  # fmt: skip
    return [*run, *offset[::-1]]
