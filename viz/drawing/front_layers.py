"""Front view overlays and context, all in the front limb's parameter space."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .body import MIDLINE, Y_KNEE
from .common import bands, chain, curve_d, fingertip_targets, mirror, ring_d, trunk_d
from .framing import frame, parts, zooms
from .front import BIG_TOE, LATERAL, LIMB, LITTLE_TOE, SMALL_TOES, TOE_BASE, graph
from .geometry import Point, path_d
from .view import View

if TYPE_CHECKING:
    from viz.knowledge import KnowledgeBase

# fmt: off
NERVES: dict[str, list[list[Point]]] = {
    "femoral": [
        [(0.57, 160), (0.57, 180), (0.55, 225), (0.50, 285), (0.46, 345)],
        [(0.56, 205), (0.44, 250), (0.34, 300)],
        [(0.56, 215), (0.40, 300), (0.38, 360)],
        [(0.55, 225), (0.58, 300), (0.56, 370)],
    ],
    "saphenous": [
        [
            (0.55, 228), (0.66, 292), (0.77, 360), (0.84, 440), (0.88, 505),
            (0.86, 590), (0.82, 700), (0.80, 790), (0.80, 845), (0.90, 880),
            (0.95, 905),
        ]
    ],
    "common_peroneal": [[(0.02, 540), (0.03, 562), (0.08, 580), (0.16, 590)]],
    "superficial_peroneal": [
        [
            (0.16, 590), (0.15, 660), (0.17, 760), (0.26, 800), (0.4, 850),
            (0.42, 900), (0.38, 935),
        ],
        [(0.42, 900), (0.5, 938)],
    ],
    "deep_peroneal": [
        [
            (0.16, 592), (0.30, 635), (0.42, 710), (0.48, 800), (0.52, 850),
            (0.62, 900), (0.7, 945),
        ]
    ],
    # Leaves the pelvis low in the groin, down the inner thigh to the inner knee.
    "obturator": [
        [(0.84, 212), (0.87, 250), (0.90, 300), (0.92, 360), (0.94, 420), (0.95, 478)]
    ],
    # Under the groin band just inside the front of the hip bone, across the
    # upper front thigh to the outer thigh, stopping above the knee.
    "lateral_femoral_cutaneous": [
        [
            (0.41, 142), (0.37, 172), (0.32, 205), (0.27, 240), (0.23, 275),
            (0.17, 320), (0.12, 370), (0.10, 420), (0.10, 445),
        ]
    ],
}

DERMATOMES: dict[str, list[list[Point]]] = {
    # L2 starts below the groin crease: the groin is L1's (Lee 2008).
    "L2": [[(-0.3, 215), (0.75, 225), (0.7, 352), (-0.3, 420)]],
    "L3": [[(-0.3, 420), (1.3, 330), (1.3, 605), (0.3, 605), (0.25, 470)]],
    "L4": [
        [(0.5, 605), (1.3, 530), (1.3, 1000), (0.85, 1000), (0.75, 880), (0.62, 800)]
    ],
    "L5": [
        [
            (-0.3, 605), (0.5, 605), (0.62, 800), (0.75, 880), (0.85, 1000),
            (0.36, 1000), (0.36, 880), (0.24, 825), (-0.3, 815),
        ]
    ],
    "S1": [[(-0.3, 815), (0.24, 825), (0.36, 880), (0.36, 1000), (-0.3, 1000)]],
}

# Keegan & Garrett 1948: long oblique bands. L2 and L3 wrap round from the back
# across the thigh; L4 runs down the outer thigh, crosses the kneecap and goes
# down the inner leg to the inner foot and big toe; L5 takes the outer leg and
# most of the top of the foot.
KEEGAN: dict[str, list[list[Point]]] = {
    "L2": [[(-0.3, 110), (0.4, 250), (1.3, 300), (1.3, 400), (0.3, 330), (-0.3, 250)]],
    "L3": [
        [
            (-0.3, 250), (0.3, 330), (1.3, 400), (1.3, 580), (0.7, 540), (0.3, 430),
            (0.2, 340), (-0.3, 300),
        ]
    ],
    "L4": [
        [
            (-0.3, 300), (0.2, 340), (0.3, 430), (0.7, 540), (1.3, 580), (1.3, 1000),
            (0.78, 1000), (0.7, 880), (0.55, 800), (0.5, 640), (0.15, 478),
            (-0.3, 455),
        ]
    ],
    "L5": [
        [
            (-0.3, 455), (0.15, 478), (0.5, 640), (0.55, 800), (0.7, 880),
            (0.78, 1000), (0.36, 1000), (0.36, 880), (0.24, 825), (-0.3, 815),
        ]
    ],
    "S1": DERMATOMES["S1"],
}
# fmt: on
BANDS = {"lee": DERMATOMES, "keegan": KEEGAN}  # per dermatome_map= id


KEY_POINTS: dict[str, Point] = {
    "L2": (0.45, 340),
    "L3": (0.88, 510),
    "L4": (0.93, 843),
    "L5": (0.42, 935),
}

SITES: dict[str, Point] = {
    "adductor_canal": (0.84, 440),
    "pes_anserine": (0.86, 548),
    "fibular_head": (0.07, 574),
    "inguinal_ligament": (0.62, 168),
    "anterior_tarsal_tunnel": (0.5, 852),
    "fascial_exit": (0.17, 760),
    "anterior_superior_iliac_spine": (0.41, 142),
}


# Areas at the edge of the limb too narrow for a fingertip at their zoom: the
# depth (units) of their invisible target outside the limb.
HITS = {
    "ankle_medial": 12.0,
    "ankle_lateral": 12.0,
    "foot_lateral": 12.0,
    "foot_medial": 12.0,
}


DETAIL_CURVES: list[list[Point]] = [
    [(0.12, 285), (0.08, 360), (0.1, 430), (0.2, 470)],  # vastus lateralis
    [(0.02, 300), (0.04, 420), (0.06, 505)],  # iliotibial band
    # vastus medialis: the teardrop bulge above the inner knee
    [(0.7, 380), (0.84, 430), (0.92, 470), (0.86, 498), (0.7, 494)],
    [(0.34, 160), (0.36, 260), (0.4, 380), (0.44, 465)],  # rectus femoris
    [(0.42, 128), (0.56, 230), (0.74, 335), (0.88, 420), (0.96, 470)],  # sartorius
    [(0.3, 470), (0.26, 505), (0.3, 530)],  # lateral femoral condyle
    [(0.7, 470), (0.76, 505), (0.72, 532)],  # medial femoral condyle
    # patellar ligament, converging from the patella's apex to the tuberosity
    [(0.43, 522), (0.46, 548), (0.47, 565)],
    [(0.55, 522), (0.53, 548), (0.53, 565)],
    [(0.22, 600), (0.3, 650), (0.36, 760), (0.44, 830)],  # tibialis anterior
    [(0.52, 580), (0.54, 690), (0.62, 790)],  # tibial crest: the shin line
    [(0.97, 884), (0.92, 900), (0.95, 918)],  # arch
    [(0.36, 880), (0.4, 930)],  # extensor tendons to the toes
    [(0.8, 880), (0.84, 935)],
]
# The patella: a rounded triangle, base up, apex down (parameter points).
PATELLA: list[Point] = [
    (0.34, 478),
    (0.5, 470),
    (0.64, 478),
    (0.6, 505),
    (0.5, 524),
    (0.4, 505),
    (0.34, 478),
]


def details() -> list[str]:
    """Thigh muscles, patella and its ligament, tuberosity, shin, malleoli
    (the inner higher than the outer), arch and the clefts of five toes."""
    tub = LIMB.at(0.5, 570)
    lat = LIMB.at(0.07, 862)
    med = LIMB.at(0.92, 842)
    out = [curve_d(LIMB, c) for c in DETAIL_CURVES]
    out += [
        curve_d(LIMB, PATELLA),
        ring_d(tub[0], tub[1], 6, 4, math.pi * 1.1, math.pi * 1.9),
        ring_d(lat[0], lat[1], 5, 8, -math.pi / 2, math.pi / 2),
        ring_d(med[0], med[1], 5, 7, math.pi / 2, math.pi * 1.5),
    ]
    for _, b, _ in SMALL_TOES:
        out.append(curve_d(LIMB, [(b, TOE_BASE - 16), (b, TOE_BASE)]))
    out += [toenail(*toe) for toe in [BIG_TOE, *SMALL_TOES, LITTLE_TOE]]
    return out


def toenail(a: float, b: float, tip: float) -> str:
    """A toe's nail: a small rounded arc near its tip."""
    (x0, _), (x1, _) = LIMB.at(a, tip), LIMB.at(b, tip)
    cx, cy = (x0 + x1) / 2, tip - (tip - TOE_BASE) * 0.45
    rx = abs(x1 - x0) * 0.28
    return ring_d(cx, cy, rx, rx * 0.9, 0.0, math.pi)


def view(kb: KnowledgeBase) -> View:
    """The complete front view."""
    g = graph()
    g.check()
    outline = g.outline()
    polys = g.polygons()
    at = LIMB.at
    hits, reach = fingertip_targets(polys, outline, HITS)
    paths, labels = bands(LIMB, BANDS[kb.map_id], outline, polys)
    return View(
        name="front",
        frame=frame(polys),
        zooms=zooms(polys, parts(kb, "front"), reach, hits),
        hits=hits,
        regions=polys,
        outline=outline,
        context=[trunk_d(LATERAL, 0, 262), path_d(mirror(outline[0]))],
        details=details(),
        dermatomes=paths,
        labels=labels,
        key_points={k: at(*p) for k, p in KEY_POINTS.items()},
        nerves={k: curve_d(LIMB, *v) for k, v in NERVES.items()},
        chain=chain(
            {
                "lumbar_spine": (MIDLINE, 45),
                "pelvis": (MIDLINE, 150),
                "hip": at(0.48, 190),
                "knee": at(0.5, Y_KNEE),
                "ankle": at(0.5, 850),
                "foot": at(0.5, 905),
            }
        ),
        sites={k: at(*p) for k, p in SITES.items()},
    )
