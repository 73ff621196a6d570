"""Back view: right limb contour (viewer's right), region graph and sole inset."""

from __future__ import annotations

import math

from .body import MIDLINE, Y_KNEE, Y_TROCHANTER
from .geometry import Limb, Point, Spline, ellipse
from .graph import RegionGraph

# fmt: off
# u = 0 is the medial contour (midline side, viewer's left), u = 1 the lateral contour.
MEDIAL = Spline(
    [
        (20, MIDLINE), (150, MIDLINE), (230, MIDLINE), (263, MIDLINE), (290, 302.5),
        (340, 307), (420, 312), (480, 312.5), (Y_KNEE, 310.5), (555, 309), (600, 305),
        (655, 297), (715, 305), (780, 319), (822, 324), (843, 318), (865, 323),
        (885, 322), (905, 322),
    ]
)
LATERAL = Spline(
    [
        (20, 402), (58, 410), (110, 424), (150, 430), (Y_TROCHANTER, 432), (230, 431),
        (262, 428), (340, 420), (420, 408), (480, 398), (Y_KNEE, 394), (550, 392),
        (590, 396), (630, 404), (700, 395), (780, 379), (828, 373), (856, 379),
        (872, 376), (885, 381), (898, 387), (908, 388),
    ]
)
LIMB = Limb(MEDIAL, LATERAL)
# fmt: on


NODES: dict[str, Point] = {
    "t0": (0, 22),
    "t1": (1, 22),
    "lb0": (0, 128),
    "lb1": (0.72, 96),
    "lb2": (1, 78),
    "bh": (0.74, 268),
    "gf0": (0, 283),
    "hl": (1, 275),
    "tk": (0.78, 470),
    "kl1": (1, 470),
    "pa": (0.5, 455),
    "pb": (0.8, 515),
    "pc": (0.5, 598),
    "pd": (0.18, 522),
    "km0": (0, 522),
    "kl2": (1, 605),
    "kb": (0.8, 605),
    "cl": (0.8, 822),
    "al1": (1, 822),
    "ac2": (0.72, 826),
    "h2": (0.68, 856),
    "h1": (0.32, 856),
    "ac1": (0.28, 810),
    "am0": (0, 806),
    "al2": (1, 876),
    "fl1": (0.8, 880),
    "hb2": (0.8, 902),
    "fb": (1, 900),
    "hb1": (0.2, 898),
    "amb": (0, 886),
}


def graph() -> RegionGraph:
    """Build the back-view region graph."""
    g = RegionGraph(LIMB)
    g.add_nodes(NODES)
    g.curve("lb0", "lb1", (0.35, 119))
    g.curve("lb1", "bh", (0.68, 180))
    g.curve("bh", "gf0", (0.55, 283), (0.3, 290))
    g.curve("bh", "tk", (0.76, 370))
    g.curve("kb", "cl", (0.82, 710))
    g.curve("h2", "fl1", (0.76, 868))
    g.curve("hb1", "h1", (0.24, 875))
    g.curve("hb2", "hb1", (0.65, 907), (0.5, 909), (0.35, 907))
    g.curve("hb1", "amb", (0.1, 893))
    _regions(g)
    return g


def _regions(g: RegionGraph) -> None:
    """Declare the back regions as clockwise node cycles."""
    g.region("lower_back", "t0", "t1", "lb2", "lb1", "lb0")
    g.region("buttock", "lb0", "lb1", "bh", "gf0")
    g.region("hip_lateral", "lb1", "lb2", "hl", "bh")
    g.region("thigh_posterior", "gf0", "bh", "tk", "pb", "pa", "pd", "km0")
    g.region("thigh_lateral", "bh", "hl", "kl1", "tk")
    g.region("knee_lateral", "tk", "kl1", "kl2", "kb", "pb")
    g.region("knee_posterior", "pa", "pb", "pc", "pd")
    g.region(
        "calf", "pd", "pc", "pb", "kb", "cl", "ac2", "h2", "h1", "ac1", "am0", "km0"
    )
    g.region("leg_lateral", "kb", "kl2", "al1", "cl")
    g.region("ankle_lateral", "cl", "al1", "al2", "fl1", "h2", "ac2")
    g.region("ankle_medial", "am0", "ac1", "h1", "hb1", "amb")
    g.region("heel", "h1", "h2", "fl1", "hb2", "hb1")
    g.region("foot_lateral", "fl1", "al2", "fb", "hb2")


# Plantar inset: heel on top, toes below, medial (big toe) on the viewer's left.
# fmt: off
SOLE_MEDIAL = Spline(
    [
        (700, 484), (730, 477), (760, 481), (790, 488), (815, 484), (840, 472),
        (866, 466), (880, 466),
    ]
)
SOLE_LATERAL = Spline(
    [(700, 532), (730, 538), (780, 541), (830, 543), (866, 542), (880, 541)]
)
# fmt: on


SOLE = Limb(SOLE_MEDIAL, SOLE_LATERAL)
SOLE_TOE_BASE = 864.0
# (u from, u to, tip y) from the little toe (lateral) to the big toe (medial)
SOLE_TOES = [
    (1.0, 0.84, 880.0),
    (0.84, 0.67, 884.0),
    (0.67, 0.50, 888.0),
    (0.50, 0.33, 892.0),
    (0.31, 0.0, 900.0),
]


def sole_toes() -> list[Point]:
    """Interior parameter points of the toe outline, little toe to big toe."""
    pts: list[Point] = []
    for a, b, tip in SOLE_TOES:
        arc = ellipse(
            (a + b) / 2,
            SOLE_TOE_BASE,
            (a - b) / 2,
            tip - SOLE_TOE_BASE,
            16,
            0.0,
            math.pi,
        )
        pts += arc if not pts or pts[-1][0] != a else arc[1:]
    return pts[1:-1]


def sole_graph() -> RegionGraph:
    """Build the plantar inset as a single region."""
    g = RegionGraph(SOLE)
    g.add_nodes(
        {
            "s0": (0, 716),
            "s1": (1, 716),
            "s2": (1, SOLE_TOE_BASE),
            "s3": (0, SOLE_TOE_BASE),
        }
    )
    g.curve("s0", "s1", (0.05, 705), (0.25, 699), (0.5, 697), (0.75, 699), (0.95, 705))
    g.polyline("s2", "s3", sole_toes())
    g.region("sole", "s0", "s1", "s2", "s3")
    return g
