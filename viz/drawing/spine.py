"""Lumbar spine and sacrum seen from behind, and the L4, L5 and S1 roots."""

from __future__ import annotations

from .body import MIDLINE
from .common import ring_d
from .geometry import Point, catmull_rom, path_d

L1_TOP = 34.0
PITCH = 16.0  # one vertebra and its disc
BODY_H = 12.5
BODY_HALF = 13.0
SACRUM_TOP = L1_TOP + 5 * PITCH  # 114
SACRUM_APEX = 190.0
SACRUM_HALF = 29.0
# Posterior sacral foramina, S1 to S4: (half-spacing, y).
FORAMINA = [(12.0, 124.0), (10.0, 138.0), (8.0, 152.0), (6.5, 165.0)]


def vertebra_top(level: int) -> float:
    """Top of the body of lumbar vertebra L<level>."""
    return L1_TOP + (level - 1) * PITCH


def _rounded_box(cx: float, top: float, half: float, height: float) -> str:
    """Closed path of a box with bevelled corners (a vertebral body)."""
    b, r = top + height, 2.5
    pts = [
        (cx - half + r, top), (cx + half - r, top), (cx + half, top + r),
        (cx + half, b - r), (cx + half - r, b), (cx - half + r, b),
        (cx - half, b - r), (cx - half, top + r),
    ]  # fmt: skip
    return path_d(pts)


def vertebrae() -> list[str]:
    """L1-L5 bodies with transverse and spinous processes, then the sacrum."""
    out = []
    for level in range(1, 6):
        top = vertebra_top(level)
        mid = top + BODY_H / 2
        span = 21.0 + (3.0 if level in (3, 4) else 0.0)
        out.append(_rounded_box(MIDLINE, top, BODY_HALF, BODY_H))
        for side in (-1, 1):
            inner, outer = MIDLINE + side * BODY_HALF, MIDLINE + side * span
            out.append(path_d([(inner, mid - 2), (outer, mid - 1.5)], closed=False))
        out.append(ring_d(MIDLINE, mid + 2.5, 2.6, 6.0))
    out.append(sacrum())
    out += [
        ring_d(MIDLINE + side * dx, y, 2.3, 2.3)
        for dx, y in FORAMINA
        for side in (-1, 1)
    ]
    out.append(path_d([(MIDLINE, SACRUM_TOP + 3), (MIDLINE, 176)], closed=False))
    return out


def sacrum() -> str:
    """Outline of the sacrum and coccyx tapering from the L5 disc."""
    top, apex = SACRUM_TOP, SACRUM_APEX
    right = [
        (MIDLINE + SACRUM_HALF, top),
        (MIDLINE + SACRUM_HALF + 1, top + 12),
        (MIDLINE + 21, top + 40),
        (MIDLINE + 10, top + 62),
        (MIDLINE + 3, apex),
    ]
    left = [(2 * MIDLINE - x, y) for x, y in reversed(right)]
    return path_d([(MIDLINE - SACRUM_HALF, top), *right[:-1], *right[-1:], *left])


def roots(notch: Point) -> dict[str, str]:
    """Each root from its own exit, down and outwards to the sciatic notch."""
    exits = {
        "L4": (MIDLINE + BODY_HALF + 3, vertebra_top(4) + BODY_H + 1.5),
        "L5": (MIDLINE + BODY_HALF + 3, vertebra_top(5) + BODY_H + 1.5),
        "S1": (MIDLINE + FORAMINA[0][0], FORAMINA[0][1]),
    }
    nx, ny = notch
    out = {}
    for k, (x, y) in exits.items():
        bend = (x + (nx - x) * 0.45, y + (ny - y) * 0.62)
        pts = catmull_rom([(x, y), bend, notch], [10, 12])
        out[k] = path_d(pts, closed=False)
    return out
