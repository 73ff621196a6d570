"""Planar region graph: shared sampled edges make the regions tile the limb exactly."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from .geometry import Limb, Point, area, catmull_rom, dist, lerp

STEP = 4.0


class RegionGraph:
    """Named nodes in limb parameter space joined by shared, densely sampled edges."""

    def __init__(self, limb: Limb) -> None:
        """Start an empty graph over a limb parameter space."""
        self.limb = limb
        self.nodes: dict[str, Point] = {}
        self.edges: dict[tuple[str, str], list[Point]] = {}
        self.regions: dict[str, list[str]] = {}

    def add_nodes(self, nodes: dict[str, Point]) -> None:
        """Register parameter-space nodes."""
        self.nodes.update(nodes)

    def curve(self, a: str, b: str, *via: Point) -> None:
        """Add a smooth edge from node a to node b through parameter points via."""
        pts = [self.nodes[a], *via, self.nodes[b]]
        steps = [self._steps(p, q) for p, q in pairwise(pts)]
        self._store(a, b, catmull_rom(pts, steps))

    def polyline(self, a: str, b: str, pts: Sequence[Point]) -> None:
        """Add an edge given as an explicit dense parameter polyline."""
        self._store(a, b, [self.nodes[a], *pts, self.nodes[b]])

    def _store(self, a: str, b: str, param_pts: list[Point]) -> None:
        """Map an edge to screen space and keep it under its node pair."""
        if (a, b) in self.edges or (b, a) in self.edges:
            raise ValueError(f"duplicate edge {a}-{b}")
        self.edges[(a, b)] = [self.limb.at(*p) for p in param_pts]

    def _steps(self, p: Point, q: Point) -> int:
        """Sample count for a parameter segment, about one per STEP screen units."""
        return max(2, math.ceil(dist(self.limb.at(*p), self.limb.at(*q)) / STEP))

    def edge(self, a: str, b: str) -> list[Point]:
        """Screen points from a to b, creating a straight parameter edge if missing."""
        if (a, b) in self.edges:
            return self.edges[(a, b)]
        if (b, a) in self.edges:
            return self.edges[(b, a)][::-1]
        p, q = self.nodes[a], self.nodes[b]
        n = self._steps(p, q)
        self._store(a, b, [lerp(p, q, k / n) for k in range(n + 1)])
        return self.edges[(a, b)]

    def region(self, rid: str, *cycle: str) -> None:
        """Declare a region as a closed cycle of node names."""
        self.regions[rid] = list(cycle)

    def polygon(self, rid: str) -> list[Point]:
        """Screen polygon of a region (closing point omitted)."""
        cyc = self.regions[rid]
        pts: list[Point] = []
        for a, b in zip(cyc, cyc[1:] + cyc[:1], strict=True):
            pts.extend(self.edge(a, b)[:-1])
        return pts

    def polygons(self) -> dict[str, list[Point]]:
        """All region polygons in declaration order."""
        return {rid: self.polygon(rid) for rid in self.regions}

    def outline(self) -> list[list[Point]]:
        """Closed loops made of edges used by exactly one region."""
        used: dict[tuple[str, str], int] = {}
        for cyc in self.regions.values():
            for a, b in zip(cyc, cyc[1:] + cyc[:1], strict=True):
                used[(a, b)] = used.get((a, b), 0) + 1
        free = {a: b for (a, b), n in used.items() if n == 1 and (b, a) not in used}
        loops = []
        while free:
            start = min(free)
            loop, node = [], start
            while node in free:
                nxt = free.pop(node)
                loop.extend(self.edge(node, nxt)[:-1])
                node = nxt
            loops.append(loop)
        return loops

    def check(self) -> None:
        """Assert every region is clockwise and the regions exactly fill the outline."""
        total = 0.0
        for rid, poly in self.polygons().items():
            a = area(poly)
            if a <= 0:
                raise ValueError(f"region {rid} is not clockwise")
            total += a
        outer = sum(area(loop) for loop in self.outline())
        if abs(total - outer) > 1e-6 * outer:
            raise ValueError(f"regions cover {total}, outline {outer}")
