"""Geometry helpers: splines, the limb parameter space, sampling, path text."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]


class Spline:
    """Smooth cubic Hermite curve x(y) through landmark (y, x) pairs."""

    def __init__(self, landmarks: Sequence[Point]) -> None:
        """Store landmarks sorted by y and derive finite-difference slopes."""
        pts = sorted(landmarks)
        self.ys = [p[0] for p in pts]
        self.xs = [p[1] for p in pts]
        self.slopes = _slopes(self.ys, self.xs)

    def __call__(self, y: float) -> float:
        """Evaluate the curve at height y (linear beyond the ends)."""
        ys, xs, d = self.ys, self.xs, self.slopes
        if y <= ys[0]:
            return xs[0] + d[0] * (y - ys[0])
        if y >= ys[-1]:
            return xs[-1] + d[-1] * (y - ys[-1])
        i = bisect_right(ys, y) - 1
        h = ys[i + 1] - ys[i]
        t = (y - ys[i]) / h
        t2, t3 = t * t, t * t * t
        return (
            (2 * t3 - 3 * t2 + 1) * xs[i]
            + (t3 - 2 * t2 + t) * h * d[i]
            + (-2 * t3 + 3 * t2) * xs[i + 1]
            + (t3 - t2) * h * d[i + 1]
        )


def _slopes(ys: list[float], xs: list[float]) -> list[float]:
    """Centred finite-difference slopes, one-sided at the ends."""
    n = len(ys)
    out = []
    for i in range(n):
        a, b = max(i - 1, 0), min(i + 1, n - 1)
        out.append((xs[b] - xs[a]) / (ys[b] - ys[a]))
    return out


@dataclass(frozen=True)
class Limb:
    """Parameter space: u across the limb from left to right contour, y down."""

    left: Spline
    right: Spline

    def at(self, u: float, y: float) -> Point:
        """Map a parameter point to screen coordinates."""
        xl = self.left(y)
        return (xl + u * (self.right(y) - xl), y)


def catmull_rom(pts: Sequence[Point], steps: Sequence[int]) -> list[Point]:
    """Sample a Catmull-Rom curve through pts with steps[i] samples per segment."""
    ext = [_reflect(pts[1], pts[0]), *pts, _reflect(pts[-2], pts[-1])]
    out: list[Point] = [pts[0]]
    for i in range(len(pts) - 1):
        p0, p1, p2, p3 = ext[i], ext[i + 1], ext[i + 2], ext[i + 3]
        for k in range(1, steps[i] + 1):
            t = k / steps[i]
            out.append(_cr_point(p0, p1, p2, p3, t))
    out[-1] = pts[-1]
    return out


def _reflect(a: Point, b: Point) -> Point:
    """Point b + (b - a): a phantom end point for Catmull-Rom."""
    return (2 * b[0] - a[0], 2 * b[1] - a[1])


def _cr_point(p0: Point, p1: Point, p2: Point, p3: Point, t: float) -> Point:
    """One uniform Catmull-Rom point."""
    t2, t3 = t * t, t * t * t
    return tuple(
        0.5
        * (
            2 * b
            + (-a + c) * t
            + (2 * a - 5 * b + 4 * c - d) * t2
            + (-a + 3 * b - 3 * c + d) * t3
        )
        for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
    )  # type: ignore[return-value]


def lerp(a: Point, b: Point, t: float) -> Point:
    """Linear interpolation between two points."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def dist(a: Point, b: Point) -> float:
    """Euclidean distance."""
    return math.hypot(a[0] - b[0], a[1] - b[1])


def ellipse(
    cx: float,
    cy: float,
    rx: float,
    ry: float,
    n: int = 40,
    start: float = 0.0,
    end: float = 2 * math.pi,
) -> list[Point]:
    """Points on an (arc of an) axis-aligned ellipse."""
    return [
        (
            cx + rx * math.cos(start + (end - start) * k / n),
            cy + ry * math.sin(start + (end - start) * k / n),
        )
        for k in range(n + 1)
    ]


def num(v: float) -> str:
    """Format a coordinate with one decimal, trimming a trailing .0."""
    r = round(v, 1) + 0.0
    return f"{r:.1f}".rstrip("0").rstrip(".") if r != int(r) else str(int(r))


def path_d(pts: Sequence[Point], closed: bool = True) -> str:
    """SVG path data for a polyline, dropping repeated rounded points."""
    out: list[str] = []
    last = ""
    for x, y in pts:
        s = f"{num(x)} {num(y)}"
        if s != last:
            out.append(s)
            last = s
    if closed and len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return "M" + "L".join(out) + ("Z" if closed else "")


def area(pts: Sequence[Point]) -> float:
    """Signed shoelace area (positive = clockwise on screen)."""
    return 0.5 * sum(
        pts[i - 1][0] * p[1] - p[0] * pts[i - 1][1] for i, p in enumerate(pts)
    )


def inside(pt: Point, poly: Sequence[Point]) -> bool:
    """Even-odd point-in-polygon test."""
    x, y = pt
    hit = False
    for i, (x1, y1) in enumerate(poly):
        x0, y0 = poly[i - 1]
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit
