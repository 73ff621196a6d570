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
        (20, 196), (48, 191), (90, 181), (130, 172.5), (165, 168), (Y_TROCHANTER, 167),
        (215, 168), (250, 170.5), (290, 173.5), (330, 177.5), (370, 183),
        (420, 191.5), (470, 200), (Y_KNEE, 205), (548, 207), (575, 206), (605, 202),
        (632, 200.5), (662, 202), (700, 207.5), (750, 215), (795, 222), (825, 225.5),
        (846, 223.5), (860, 221.5), (876, 224), (892, 223), (912, 219), (932, 215.5),
        (955, 213.5),
    ]
)
MEDIAL = Spline(
    [
        (20, MIDLINE), (150, MIDLINE), (230, MIDLINE), (263, MIDLINE), (285, 297.6),
        (320, 294), (370, 290.5), (420, 289.5), (455, 291.5), (480, 294.5),
        (500, 293.5),
        (Y_KNEE, 289.5), (540, 289), (565, 290.5), (600, 294), (628, 296),
        (660, 295.5), (700, 291), (750, 284), (795, 278), (815, 276.5), (832, 279),
        (845, 281.5), (858, 279.5), (874, 279), (892, 281.5), (912, 287), (932, 290.5),
        (955, 290),
    ]
)
LIMB = Limb(LATERAL, MEDIAL)

TOE_BASE = 947.0
# (u from, u to, tip y) for the big toe (medial) and toes 2-5 (towards lateral)
BIG_TOE = (1.0, 0.7, 976.0)
SMALL_TOES = [(0.64, 0.48, 971.0), (0.48, 0.34, 966.0), (0.34, 0.19, 961.0)]
LITTLE_TOE = (0.19, 0.0, 956.0)
CLEFT = (0.67, 958.0)  # the free edge of the web between the big and second toes
# The first web space (deep peroneal skin, Gray's Anatomy): the web between the
# first two toes, the facing sides of both toes and a small triangle on the
# dorsum just above; SPLIT_*: the arc samples where it ends on each toe, WEB_*:
# those where the web joins each toe (the toe sides above are webbed).
SPLIT_BIG, SPLIT_SECOND = 9, 8
WEB_BIG, WEB_SECOND = 14, 2
# fmt: on


NODES: dict[str, Point] = {
    "crest": (0, 48),
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
    "a1": (0, 818),
    "a2": (0.34, 814),
    "a3": (0.68, 806),
    "a4": (1, 802),
    "f1": (0, 892),
    "f2": (0.28, 884),
    "f3": (0.7, 878),
    "f3b": (0.76, 876),
    "f4": (1, 872),
    "ball": (1, 934),
    "web_top": (0.68, 930),
}


def toe_arc(a: float, b: float, tip: float) -> list[Point]:
    """Parameter points of one toe tip arc from u=a to u=b at the toe base."""
    return ellipse((a + b) / 2, TOE_BASE, (a - b) / 2, tip - TOE_BASE, 16, 0.0, math.pi)


def _toe_edges(g: RegionGraph) -> None:
    """Add the toe outline, split where the first web space takes in the toe sides."""
    big, second = toe_arc(*BIG_TOE), toe_arc(*SMALL_TOES[0])
    g.add_nodes(
        {
            "toe_m": big[0],
            "bt": big[SPLIT_BIG],
            "web_m": big[WEB_BIG],
            "web_l": second[WEB_SECOND],
            "st": second[SPLIT_SECOND],
            "t45": (LITTLE_TOE[0], TOE_BASE),
            "toe_l": (LITTLE_TOE[1], TOE_BASE),
        }
    )
    g.polyline("toe_m", "bt", big[1:SPLIT_BIG])
    g.polyline("bt", "web_m", big[SPLIT_BIG + 1 : WEB_BIG])
    g.polyline("web_m", "web_l", [CLEFT])
    g.polyline("web_l", "st", second[WEB_SECOND + 1 : SPLIT_SECOND])
    rest: list[Point] = second[SPLIT_SECOND + 1 :]
    for a, b, tip in SMALL_TOES[1:]:
        rest += toe_arc(a, b, tip)[1:]
    g.polyline("st", "t45", rest[:-1])
    g.polyline("t45", "toe_l", toe_arc(*LITTLE_TOE)[1:-1])


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
    g.curve("f3b", "ball", (0.82, 905))
    g.curve("f2", "t45", (0.2, 915))
    g.curve("web_top", "bt", (0.78, 943))
    g.curve("st", "web_top", (0.58, 943))
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
        "bt",
        "web_top",
        "st",
        "t45",
    )
    g.region("first_web_space", "web_top", "bt", "web_m", "web_l", "st")
    g.region("foot_lateral", "f1", "f2", "t45", "toe_l")
