"""Where to write a dermatome's name: deep inside its band and the limb."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .geometry import Point

CELL = 2.0
LABEL_W, LABEL_H = 30.0, 22.0
Mask = np.ndarray  # a grid of cells, rows first, True where in


def _spans(
    starts: np.ndarray, rows: np.ndarray, ends: np.ndarray, h: int, w: int
) -> Mask:
    """The cells from start to end (inclusive) of each span along its row."""
    keep = starts <= ends
    marks = np.zeros((h, w + 1), dtype=np.int64)
    np.add.at(marks, (rows[keep], starts[keep]), 1)
    np.add.at(marks, (rows[keep], ends[keep] + 1), -1)
    return np.cumsum(marks[:, :w], axis=1) > 0


def raster(
    polys: Sequence[Sequence[Point]], x0: float, y0: float, w: int, h: int
) -> Mask:
    """Even-odd fill of polygons on a grid of CELL-sized cells (centres sampled):
    the cells between the first and second, third and fourth... crossing of
    each row's line with the polygon edges, from left to right."""
    ys = y0 + (np.arange(h) + 0.5) * CELL
    edges = [
        np.concatenate([np.roll(p, 1, axis=0), p], axis=1)
        for p in (np.asarray(poly, dtype=float).reshape(-1, 2) for poly in polys)
    ]
    ax, ay, bx, by = np.concatenate([np.empty((0, 4)), *edges]).T
    row, edge = np.nonzero((ay > ys[:, None]) != (by > ys[:, None]))
    ax, ay, bx, by = ax[edge], ay[edge], bx[edge], by[edge]
    xs = ax + (ys[row] - ay) * (bx - ax) / (by - ay)
    order = np.lexsort((xs, row))
    row, xs = row[order], xs[order]
    second = (np.arange(len(row)) - np.searchsorted(row, row)) % 2 == 1
    a, b = xs[np.flatnonzero(second) - 1], xs[second]
    # int() of each cell number, as towards zero
    c0 = np.maximum(0, np.trunc((a - x0) / CELL - 0.5).astype(np.int64) + 1)
    c1 = np.minimum(w - 1, np.trunc((b - x0) / CELL - 0.5).astype(np.int64))
    return _spans(c0, row[second], c1, h, w)


def _largest_piece(mask: Mask) -> Mask:
    """Keep only the biggest 4-connected piece of a mask (of equal ones, the
    one reached first in rows, then columns)."""
    h, w = mask.shape
    edge = np.diff(np.pad(mask, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    rows, starts = np.nonzero(edge == 1)  # runs of cells, start to end - 1
    ends = np.nonzero(edge == -1)[1]
    if not len(rows):
        return mask.copy()
    # the runs of the row above that share a column with each run
    first, last = rows * (w + 2) + starts, rows * (w + 2) + ends
    lo = np.searchsorted(last, first - (w + 2), side="right")
    hi = np.searchsorted(first, last - (w + 2))
    piece = list(range(len(rows)))

    def root(i: int) -> int:
        while piece[i] != i:
            piece[i] = piece[piece[i]]
            i = piece[i]
        return i

    for j, (a, b) in enumerate(zip(lo.tolist(), hi.tolist(), strict=True)):
        for i in range(a, b):
            ri, rj = root(i), root(j)
            piece[max(ri, rj)] = min(ri, rj)  # a piece is named by its first run
    roots = np.array([root(i) for i in range(len(rows))], dtype=np.int64)
    size = np.bincount(roots, weights=ends - starts, minlength=len(rows))
    best = roots == int(np.argmax(size))
    return _spans(starts[best], rows[best], ends[best] - 1, h, w)


def _margins(mask: Mask, hw: int, hh: int, most: int) -> np.ndarray:
    """Extra cells by which a label window centred on each cell could grow and
    stay in (at most most)."""
    h, w = mask.shape
    s = np.zeros((h + 1, w + 1), dtype=np.int64)  # summed-area table
    s[1:, 1:] = mask.cumsum(axis=0).cumsum(axis=1)
    out = np.full((h, w), most)
    alive = np.ones((h, w), dtype=bool)
    for k in range(1 - min(hw, hh), most + 1):
        a, b = hh + k, hw + k  # the window's half height and half width
        full = np.zeros((h, w), dtype=bool)
        if h > 2 * a and w > 2 * b:
            n, m = 2 * a + 1, 2 * b + 1
            inside = s[n:, m:] - s[:-n, m:] - s[n:, :-m] + s[:-n, :-m]
            full[a : h - a, b : w - b] = inside == n * m
        out[alive & ~full] = k - 1
        alive &= full
    return out


def _near(
    lines: Sequence[Sequence[Point]], x0: float, y0: float, w: int, h: int
) -> Mask:
    """Cells within about two cells of any point of some densely sampled lines."""
    pts = np.asarray([p for line in lines for p in line], dtype=float).reshape(-1, 2)
    r = np.trunc((pts[:, 1] - y0) / CELL).astype(np.int64) + 2
    c = np.trunc((pts[:, 0] - x0) / CELL).astype(np.int64) + 2
    keep = (r >= 0) & (r < h + 4) & (c >= 0) & (c < w + 4)
    hit = np.zeros((h + 4, w + 4), dtype=bool)  # two cells more on every side
    hit[r[keep], c[keep]] = True
    rows = np.logical_or.reduce([hit[d : d + h] for d in range(5)])
    return np.logical_or.reduce([rows[:, d : d + w] for d in range(5)])


def label_point(
    band: Sequence[Sequence[Point]],
    limb: Sequence[Sequence[Point]],
    borders: Sequence[Sequence[Point]],
) -> Point:
    """Centre for a label inside band and limb, as far as it can from region borders."""
    pts = [p for poly in limb for p in poly]
    x0, y0 = min(p[0] for p in pts) - CELL, min(p[1] for p in pts) - CELL
    w = int((max(p[0] for p in pts) - x0) / CELL) + 2
    h = int((max(p[1] for p in pts) - y0) / CELL) + 2
    mask = _largest_piece(raster(band, x0, y0, w, h) & raster(limb, x0, y0, w, h))
    clear = np.where(_near(borders, x0, y0, w, h), 0.0, 3.0)
    hw, hh = round(LABEL_W / CELL / 2), round(LABEL_H / CELL / 2)
    rows = np.arange(h)
    mid = int(rows @ mask.sum(axis=1)) / int(mask.sum())  # the cells' mean row
    # deepest in, clear of borders, then nearest the middle row, then first
    deep = np.where(mask, _margins(mask, hw, hh, 6) + clear, -np.inf)
    best = mask & (deep == deep.max())
    off = np.where(best, -np.abs(rows - mid)[:, None], -np.inf)
    r, c = divmod(int(np.argmax(off)), w)
    return (x0 + (c + 0.5) * CELL, y0 + (r + 0.5) * CELL)
