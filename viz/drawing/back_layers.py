"""Back view overlays and context in the limb and sole parameter spaces."""

from __future__ import annotations

import math

from .back import LATERAL, LIMB, SOLE, graph, sole_graph
from .body import MIDLINE, WIDTH, Y_KNEE
from .common import band_d, chain, curve_d, mirror, ring_d, trunk_d
from .geometry import Point, path_d
from .view import View

# fmt: off
NERVES: dict[str, list[list[Point]]] = {
    "sciatic": [
        [(0.42, 135), (0.45, 190), (0.48, 250), (0.46, 330), (0.45, 400), (0.46, 440)]
    ],
    "tibial": [
        [
            (0.46, 440), (0.49, 490), (0.49, 530), (0.45, 600), (0.42, 700),
            (0.36, 790), (0.22, 840), (0.14, 862), (0.08, 880),
        ]
    ],
    "common_peroneal": [
        [
            (0.46, 440), (0.6, 478), (0.72, 505), (0.84, 530), (0.92, 565), (0.97, 595),
            (1.02, 612),
        ]
    ],
    "sural": [
        [
            (0.5, 540), (0.55, 610), (0.57, 690), (0.63, 770), (0.72, 818), (0.8, 860),
            (0.88, 884), (0.97, 892),
        ]
    ],
}

DERMATOMES: dict[str, list[list[Point]]] = {
    "L4": [
        [
            (-0.4, 600), (0.35, 600), (0.38, 760), (0.5, 805), (0.24, 850),
            (0.15, 1000), (-0.4, 1000),
        ]
    ],
    "L5": [[(0.82, 610), (1.4, 600), (1.4, 790), (0.86, 760)]],
    "S1": [
        [
            (0.62, 270), (0.8, 270), (0.82, 610), (0.86, 760), (1.4, 790), (1.4, 1000),
            (0.15, 1000), (0.24, 850), (0.5, 805), (0.62, 760),
        ]
    ],
    "S2": [[(0.35, 270), (0.62, 270), (0.62, 760), (0.5, 805), (0.38, 760)]],
}
SOLE_DERMATOMES: dict[str, list[list[Point]]] = {
    "L5": [[(-0.3, 815), (0.28, 830), (0.36, 940), (-0.3, 940)]],
    "S1": [
        [(-0.3, 680), (1.3, 680), (1.3, 940), (0.36, 940), (0.28, 830), (-0.3, 815)]
    ],
}
# fmt: on


KEY_POINTS: dict[str, Point] = {"S1": (0.72, 888), "S2": (0.44, 538)}

SITES: dict[str, Point] = {
    "lumbar_roots": (0.18, 70),
    "sciatic_notch": (0.42, 150),
    "fibular_head": (0.93, 592),
    "tarsal_tunnel": (0.13, 860),
}

DETAIL_CURVES: list[list[Point]] = [
    [(0.02, 283), (0.3, 290), (0.55, 283), (0.72, 270)],
    [(0.3, 522), (0.5, 527), (0.7, 520)],
    [(0.06, 690), (0.2, 735), (0.42, 742)],
    [(0.58, 712), (0.75, 705), (0.92, 680)],
    [(0.5, 612), (0.5, 690)],
    [(0.4, 770), (0.38, 850)],
    [(0.6, 770), (0.62, 850)],
]


def details() -> list[str]:
    """Gluteal fold, popliteal crease, calf heads, Achilles, malleoli, arch."""
    out = [curve_d(LIMB, c) for c in DETAIL_CURVES]
    med, lat, dimple = LIMB.at(0.09, 843), LIMB.at(0.92, 858), LIMB.at(0.3, 108)
    out += [
        ring_d(med[0], med[1], 6, 8, -math.pi / 2, math.pi / 2),
        ring_d(lat[0], lat[1], 6, 9, math.pi / 2, math.pi * 1.5),
        ring_d(dimple[0], dimple[1], 2.5, 2.5),
    ]
    out.append(curve_d(SOLE, [(0.32, 755), (0.25, 795), (0.32, 835)]))
    return out


def view() -> View:
    """The complete back view."""
    g, s = graph(), sole_graph()
    g.check()
    s.check()
    limb_outline = g.outline()
    at = LIMB.at
    dermatomes = {k: band_d(LIMB, *v) for k, v in DERMATOMES.items()}
    for k, v in SOLE_DERMATOMES.items():
        dermatomes[k] += " " + band_d(SOLE, *v)
    return View(
        name="back",
        title="Right lower limb, back view",
        frame=(150, 0, 450, 1000),  # both legs, the sole inset and its caption
        zooms={
            "thigh": (270, 0, 180, 560),
            "knee": (270, 400, 180, 300),
            "leg": (270, 560, 180, 340),
            "foot": (280, 740, 180, 180),
        },
        regions={**g.polygons(), **s.polygons()},
        outline=limb_outline + s.outline(),
        context=[
            trunk_d(lambda y: WIDTH - LATERAL(y), 0, 262),
            path_d(mirror(limb_outline[0])),
        ],
        details=details(),
        dermatomes=dict(sorted(dermatomes.items())),
        key_points={k: at(*p) for k, p in KEY_POINTS.items()},
        nerves={k: curve_d(LIMB, *v) for k, v in NERVES.items()},
        chain=chain(
            {
                "lumbar_spine": (MIDLINE, 50),
                "pelvis": (MIDLINE, 150),
                "hip": at(0.52, 190),
                "knee": at(0.5, Y_KNEE),
                "ankle": at(0.5, 848),
                "foot": at(0.5, 885),
            }
        ),
        sites={k: at(*p) for k, p in SITES.items()},
    )
