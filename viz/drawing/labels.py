"""Where to write a dermatome's name: deep inside its band and the limb."""

from __future__ import annotations

from collections.abc import Sequence

from .geometry import Point

CELL = 2.0
LABEL_W, LABEL_H = 30.0, 22.0
Mask = list[list[bool]]


def _crossings(polys: Sequence[Sequence[Point]], y: float) -> list[float]:
    """Sorted x where the horizontal line at y crosses the polygon edges."""
    xs = []
    for poly in polys:
        for i, (x1, y1) in enumerate(poly):
            x0, y0 = poly[i - 1]
            if (y0 > y) != (y1 > y):
                xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    return sorted(xs)


def raster(
    polys: Sequence[Sequence[Point]], x0: float, y0: float, w: int, h: int
) -> Mask:
    """Even-odd fill of polygons on a grid of CELL-sized cells (centres sampled)."""
    mask = [[False] * w for _ in range(h)]
    for r in range(h):
        xs = _crossings(polys, y0 + (r + 0.5) * CELL)
        for a, b in zip(xs[::2], xs[1::2], strict=False):
            c0 = max(0, int((a - x0) / CELL - 0.5) + 1)
            c1 = min(w - 1, int((b - x0) / CELL - 0.5))
            for c in range(c0, c1 + 1):
                mask[r][c] = True
    return mask


def _largest_piece(mask: Mask) -> Mask:
    """Keep only the biggest 4-connected piece of a mask."""
    h, w = len(mask), len(mask[0])
    seen = [[False] * w for _ in range(h)]
    best: list[tuple[int, int]] = []
    for r0 in range(h):
        for c0 in range(w):
            if not mask[r0][c0] or seen[r0][c0]:
                continue
            seen[r0][c0] = True
            stack, piece = [(r0, c0)], []
            while stack:
                r, c = stack.pop()
                piece.append((r, c))
                for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    fresh = 0 <= rr < h and 0 <= cc < w and not seen[rr][cc]
                    if fresh and mask[rr][cc]:
                        seen[rr][cc] = True
                        stack.append((rr, cc))
            if len(piece) > len(best):
                best = piece
    out = [[False] * w for _ in range(h)]
    for r, c in best:
        out[r][c] = True
    return out


def _sums(mask: Mask) -> list[list[int]]:
    """Summed-area table of a mask."""
    h, w = len(mask), len(mask[0])
    s = [[0] * (w + 1) for _ in range(h + 1)]
    for r in range(h):
        row = 0
        for c in range(w):
            row += mask[r][c]
            s[r + 1][c + 1] = s[r][c + 1] + row
    return s


def _margin(s: list[list[int]], r: int, c: int, hw: int, hh: int) -> int:
    """Extra cells by which a label window centred on a cell could grow and stay in."""
    h, w = len(s) - 1, len(s[0]) - 1
    for k in range(1 - min(hw, hh), 12):
        r0, r1, c0, c1 = r - hh - k, r + hh + k + 1, c - hw - k, c + hw + k + 1
        if r0 < 0 or c0 < 0 or r1 > h or c1 > w:
            return k - 1
        if s[r1][c1] - s[r0][c1] - s[r1][c0] + s[r0][c0] != (r1 - r0) * (c1 - c0):
            return k - 1
    return 11


def _centre_row(mask: Mask) -> float:
    """Mean row of the cells in a mask."""
    rows = [r for r, row in enumerate(mask) for v in row if v]
    return sum(rows) / len(rows)


def _near(
    lines: Sequence[Sequence[Point]], x0: float, y0: float, w: int, h: int
) -> Mask:
    """Cells within about two cells of any point of some densely sampled lines."""
    near = [[False] * w for _ in range(h)]
    for line in lines:
        for x, y in line:
            r0, c0 = int((y - y0) / CELL), int((x - x0) / CELL)
            for r in range(max(r0 - 2, 0), min(r0 + 3, h)):
                for c in range(max(c0 - 2, 0), min(c0 + 3, w)):
                    near[r][c] = True
    return near


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
    a, b = raster(band, x0, y0, w, h), raster(limb, x0, y0, w, h)
    both = [
        [p and q for p, q in zip(ra, rb, strict=True)]
        for ra, rb in zip(a, b, strict=True)
    ]
    mask = _largest_piece(both)
    near = _near(borders, x0, y0, w, h)
    s = _sums(mask)
    hw, hh = round(LABEL_W / CELL / 2), round(LABEL_H / CELL / 2)
    mid = _centre_row(mask)
    best, at = (-99.0, 0.0), (0, 0)
    for r in range(h):
        for c in range(w):
            if not mask[r][c]:
                continue
            clear = 0.0 if near[r][c] else 3.0
            key = (min(_margin(s, r, c, hw, hh), 6) + clear, -abs(r - mid))
            if key > best:
                best, at = key, (r, c)
    r, c = at
    return (x0 + (c + 0.5) * CELL, y0 + (r + 0.5) * CELL)
