"""Front view: contour of the right limb (viewer's left) and its region graph."""

from __future__ import annotations

import math

from .body import MIDLINE, Y_KNEE, Y_TROCHANTER
from .geometry import Limb, Point, Spline, ellipse
from .graph import RegionGraph

# fmt: off
# u = 0 is the lateral contour (viewer's far left), u = 1 the medial contour.
LATERAL = Spline(
    [
        (20, 198), (58, 190), (110, 177), (150, 171), (Y_TROCHANTER, 168), (262, 171),
        (340, 180), (420, 192), (480, 202), (Y_KNEE, 206), (550, 208), (590, 207),
        (635, 200), (700, 207), (780, 221), (828, 227), (856, 221), (878, 225),
        (905, 220), (930, 214), (955, 212),
    ]
)
MEDIAL = Spline(
    [
        (20, MIDLINE), (150, MIDLINE), (230, MIDLINE), (263, MIDLINE), (290, 297.5),
        (340, 293), (420, 288), (470, 287), (Y_KNEE, 289.5), (560, 291), (600, 293.5),
        (645, 297), (700, 292), (780, 279), (822, 276), (843, 282), (865, 277),
        (890, 281), (915, 288), (935, 291), (955, 290),
    ]
)
LIMB = Limb(LATERAL, MEDIAL)

TOE_BASE = 947.0
# (u from, u to, tip y) for the big toe (medial) and toes 2-5 (towards lateral)
BIG_TOE = (1.0, 0.68, 976.0)
SMALL_TOES = [(0.63, 0.47, 970.0), (0.47, 0.33, 966.0), (0.33, 0.18, 961.0)]
LITTLE_TOE = (0.18, 0.0, 956.0)
# fmt: on


NODES: dict[str, Point] = {
    "crest": (0, 58),
    "asis": (0.37, 118),
    "pubis": (1, 205),
    "hip_l": (0, 262),
    "g1": (0.22, 250),
    "g2": (0.62, 285),
    "g3": (1, 300),
    "k1": (0, 468),
    "k2": (0.22, 466),
    "k3": (0.70, 463),
    "k4": (1, 462),
    "kb1": (0, 600),
    "kb2": (0.25, 598),
    "kb3": (0.70, 588),
    "kb4": (1, 585),
    "a1": (0, 822),
    "a2": (0.26, 818),
    "a3": (0.72, 808),
    "a4": (1, 805),
    "f1": (0, 890),
    "f2": (0.24, 884),
    "f3": (0.72, 876),
    "f3b": (0.86, 874),
    "f4": (1, 872),
    "ball": (1, 936),
    "web_top": (0.655, 910),
}


def toe_arc(a: float, b: float, tip: float) -> list[Point]:
    """Interior parameter points of one toe tip arc from u=a to u=b at the toe base."""
    arc = ellipse((a + b) / 2, TOE_BASE, (a - b) / 2, tip - TOE_BASE, 16, 0.0, math.pi)
    return arc[1:-1]


def _toe_edges(g: RegionGraph) -> None:
    """Add the toe outline: big toe, first web cleft, toes 2-4, little toe."""
    g.add_nodes(
        {
            "toe_m": (BIG_TOE[0], TOE_BASE),
            "web_m": (BIG_TOE[1], TOE_BASE),
            "web_l": (SMALL_TOES[0][0], TOE_BASE),
            "t45": (LITTLE_TOE[0], TOE_BASE),
            "toe_l": (LITTLE_TOE[1], TOE_BASE),
        }
    )
    g.polyline("toe_m", "web_m", toe_arc(*BIG_TOE))
    small: list[Point] = []
    for a, b, tip in SMALL_TOES:
        small += [*toe_arc(a, b, tip), (b, TOE_BASE)]
    g.polyline("web_l", "t45", small[:-1])
    g.polyline("t45", "toe_l", toe_arc(*LITTLE_TOE))


def graph() -> RegionGraph:
    """Build the front-view region graph."""
    g = RegionGraph(LIMB)
    g.add_nodes(NODES)
    _toe_edges(g)
    g.curve("crest", "asis", (0.2, 76))
    g.curve("asis", "pubis", (0.68, 160))
    g.curve("asis", "g1", (0.29, 185))
    g.curve("g1", "g2", (0.42, 272))
    g.curve("g2", "g3", (0.82, 296))
    g.curve("g1", "k2", (0.19, 360))
    g.curve("g2", "k3", (0.68, 380))
    g.curve("kb2", "a2", (0.31, 710))
    g.curve("kb3", "a3", (0.62, 700))
    g.curve("f3b", "ball", (0.87, 905))
    g.curve("f2", "t45", (0.2, 915))
    g.curve("web_l", "web_top", (0.60, 930))
    g.curve("web_top", "web_m", (0.71, 930))
    _regions(g)
    return g


def _regions(g: RegionGraph) -> None:
    """Declare the front regions as clockwise node cycles."""
    g.region("hip_lateral", "crest", "asis", "g1", "hip_l")
    g.region("groin", "asis", "pubis", "g3", "g2", "g1")
    g.region("thigh_lateral", "hip_l", "g1", "k2", "k1")
    g.region("thigh_anterior", "g1", "g2", "k3", "k2")
    g.region("thigh_medial", "g2", "g3", "k4", "k3")
    g.region("knee_lateral", "k1", "k2", "kb2", "kb1")
    g.region("knee_anterior", "k2", "k3", "kb3", "kb2")
    g.region("knee_medial", "k3", "k4", "kb4", "kb3")
    g.region("leg_lateral", "kb1", "kb2", "a2", "a1")
    g.region("shin", "kb2", "kb3", "a3", "a2")
    g.region("leg_medial", "kb3", "kb4", "a4", "a3")
    g.region("ankle_lateral", "a1", "a2", "f2", "f1")
    g.region("ankle_anterior", "a2", "a3", "f3", "f2")
    g.region("ankle_medial", "a3", "a4", "f4", "f3b", "f3")
    g.region("foot_medial", "f3b", "f4", "ball")
    g.region(
        "foot_dorsum",
        "f2",
        "f3",
        "f3b",
        "ball",
        "toe_m",
        "web_m",
        "web_top",
        "web_l",
        "t45",
    )
    g.region("first_web_space", "web_top", "web_m", "web_l")
    g.region("foot_lateral", "f1", "f2", "t45", "toe_l")
