"""Back view: right limb contour (viewer's right) and its region graph.

The foot is seen from behind and below: the heel faces the viewer and the sole,
foreshortened, hangs below it with the toes at the bottom, big toe on the medial
(viewer's left) side.
"""

from __future__ import annotations

import math

from .body import MIDLINE, Y_KNEE, Y_TROCHANTER
from .geometry import Limb, Point, Spline, ellipse
from .graph import RegionGraph

TOP = 48.0  # waist line where the drawn low back begins

# fmt: off
# u = 0 is the medial contour (midline side, viewer's left), u = 1 the lateral contour.
MEDIAL = Spline(
    [
        (20, MIDLINE), (150, MIDLINE), (236, MIDLINE), (252, 300.6), (266, 302.2),
        (285, 305), (340, 308.5), (420, 313), (475, 313.5), (Y_KNEE, 311),
        (560, 306.5), (600, 299.5), (628, 297), (665, 300.5), (720, 309), (780, 319),
        (822, 323.5), (843, 318.5), (866, 323), (888, 322), (910, 318), (932, 313),
        (950, 310), (966, 309.5), (982, 311),
    ]
)
LATERAL = Spline(
    [
        (20, 398), (55, 405), (95, 417), (135, 427), (Y_TROCHANTER, 433.5),
        (222, 433), (252, 428.5), (282, 422), (310, 419.5), (350, 418.5), (400, 414),
        (450, 405.5), (490, 397.5), (Y_KNEE, 394), (555, 394), (590, 399.5),
        (622, 406), (660, 402.5), (705, 393), (760, 383), (805, 376), (830, 373.5),
        (856, 379.5), (874, 378), (892, 383), (912, 389), (935, 393), (955, 394),
        (970, 392.5), (982, 390),
    ]
)
LIMB = Limb(MEDIAL, LATERAL)

TOE_BASE = 958.0
# (u from, u to, tip y) from the little toe (lateral) to the big toe (medial)
TOES = [
    (1.0, 0.84, 967.0), (0.84, 0.67, 971.0), (0.67, 0.5, 974.0), (0.5, 0.33, 976.0),
    (0.33, 0.0, 981.0),
]
# fmt: on


NODES: dict[str, Point] = {
    "t0": (0, TOP),
    "t1": (1, TOP),
    "lb0": (0, 128),
    "lb1": (0.72, 98),
    "lb2": (1, 84),
    "bh": (0.74, 266),
    "gf0": (0, 276),
    "hl": (1, 282),
    "tk": (0.78, 470),
    "kl1": (1, 470),
    "pa": (0.5, 455),
    "pb": (0.8, 515),
    "pc": (0.5, 598),
    "pd": (0.18, 522),
    "km0": (0, 522),
    "kl2": (1, 605),
    "kb": (0.78, 605),
    "cl": (0.68, 816),
    "al1": (1, 818),
    "ac2": (0.66, 826),
    "h2": (0.68, 856),
    "h1": (0.3, 856),
    "ac1": (0.26, 810),
    "am0": (0, 806),
    "al2": (1, 874),
    "fl1": (0.84, 882),
    "hb2": (0.8, 906),
    "hb1": (0.18, 904),
    "amb": (0, 896),
    "fb": (1, TOE_BASE),
    "sm": (0, TOE_BASE),
}


def toes() -> list[Point]:
    """Interior parameter points of the toe outline, little toe to big toe."""
    pts: list[Point] = []
    for a, b, tip in TOES:
        arc = ellipse(
            (a + b) / 2, TOE_BASE, (a - b) / 2, tip - TOE_BASE, 16, 0.0, math.pi
        )
        pts += arc if not pts else arc[1:]
    return pts[1:-1]


def graph() -> RegionGraph:
    """Build the back-view region graph."""
    g = RegionGraph(LIMB)
    g.add_nodes(NODES)
    g.curve("lb0", "lb1", (0.35, 120))
    g.curve("lb1", "bh", (0.7, 180))
    g.curve("bh", "gf0", (0.5, 284), (0.25, 286))
    g.curve("bh", "tk", (0.76, 370))
    g.curve("kb", "cl", (0.72, 720))
    g.curve("ac1", "h1", (0.28, 835))
    g.curve("ac2", "h2", (0.68, 840))
    g.curve("h2", "fl1", (0.78, 868))
    g.curve("h1", "hb1", (0.22, 882))
    g.curve("hb2", "hb1", (0.62, 915), (0.4, 915))
    g.curve("hb2", "fb", (0.88, 934))
    g.polyline("fb", "sm", toes())
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
    g.region("sole", "hb1", "hb2", "fb", "sm", "amb")
