"""Front view overlays and context, all in the front limb's parameter space."""

from __future__ import annotations

import math

from .body import MIDLINE, Y_KNEE
from .common import band_d, chain, curve_d, mirror, ring_d, trunk_d
from .front import LATERAL, LIMB, SMALL_TOES, TOE_BASE, graph
from .geometry import Point, path_d
from .view import View

# fmt: off
NERVES: dict[str, list[list[Point]]] = {
    "femoral": [
        [(0.58, 128), (0.57, 175), (0.55, 225), (0.50, 285), (0.46, 345)],
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
    "common_peroneal": [[(-0.02, 546), (0.04, 566), (0.10, 582), (0.16, 590)]],
    "superficial_peroneal": [
        [
            (0.16, 590), (0.15, 660), (0.17, 760), (0.24, 805), (0.34, 850),
            (0.37, 900), (0.34, 935),
        ],
        [(0.37, 900), (0.46, 938)],
    ],
    "deep_peroneal": [
        [
            (0.16, 592), (0.30, 635), (0.42, 710), (0.48, 800), (0.50, 850),
            (0.58, 900), (0.655, 940),
        ]
    ],
}

DERMATOMES: dict[str, list[list[Point]]] = {
    "L2": [[(-0.3, 150), (1.3, 240), (1.3, 330), (-0.3, 420)]],
    "L3": [[(-0.3, 420), (1.3, 330), (1.3, 605), (-0.3, 605)]],
    "L4": [
        [(0.5, 605), (1.3, 605), (1.3, 1000), (0.85, 1000), (0.75, 880), (0.62, 800)]
    ],
    "L5": [
        [
            (-0.3, 605), (0.5, 605), (0.62, 800), (0.75, 880), (0.85, 1000),
            (0.2, 1000), (0.22, 880), (0.1, 830), (-0.3, 820),
        ]
    ],
    "S1": [[(-0.3, 820), (0.1, 830), (0.22, 880), (0.2, 1000), (-0.3, 1000)]],
}
# fmt: on


KEY_POINTS: dict[str, Point] = {
    "L2": (0.45, 340),
    "L3": (0.88, 510),
    "L4": (0.93, 843),
    "L5": (0.37, 935),
}

SITES: dict[str, Point] = {
    "adductor_canal": (0.84, 440),
    "pes_anserine": (0.86, 548),
    "fibular_head": (0.07, 574),
    "inguinal_ligament": (0.62, 168),
    "anterior_tarsal_tunnel": (0.5, 852),
    "fascial_exit": (0.17, 760),
}


def details() -> list[str]:
    """Patella, tibial tuberosity, malleoli, tibial crest and toe clefts."""
    pat = LIMB.at(0.47, 502)
    tub = LIMB.at(0.5, 566)
    lat = LIMB.at(0.07, 858)
    med = LIMB.at(0.91, 843)
    out = [
        ring_d(pat[0], pat[1], 15, 19),
        ring_d(tub[0], tub[1], 7, 5, math.pi * 1.1, math.pi * 1.9),
        ring_d(lat[0], lat[1], 6, 9, -math.pi / 2, math.pi / 2),
        ring_d(med[0], med[1], 6, 8, math.pi / 2, math.pi * 1.5),
        curve_d(LIMB, [(0.5, 600), (0.53, 700), (0.6, 790)]),
    ]
    for _, b, _ in SMALL_TOES:
        out.append(curve_d(LIMB, [(b, TOE_BASE - 9), (b, TOE_BASE)]))
    return out


def view() -> View:
    """The complete front view."""
    g = graph()
    g.check()
    outline = g.outline()
    at = LIMB.at
    return View(
        name="front",
        title="Right lower limb, front view",
        frame=(150, 0, 300, 1000),  # the right leg and the near half of the left
        zooms={
            "thigh": (150, 40, 180, 500),
            "knee": (150, 400, 180, 300),
            "leg": (150, 560, 180, 340),
            "foot": (150, 790, 180, 200),
        },
        regions=g.polygons(),
        outline=outline,
        context=[trunk_d(LATERAL, 0, 262), path_d(mirror(outline[0]))],
        details=details(),
        dermatomes={k: band_d(LIMB, *v) for k, v in DERMATOMES.items()},
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
