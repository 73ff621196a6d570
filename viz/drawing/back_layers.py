"""Back view overlays and context in the limb parameter space."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .back import LATERAL, LIMB, graph
from .body import MIDLINE, WIDTH, Y_KNEE
from .common import bands, chain, curve_d, fingertip_targets, mirror, ring_d, trunk_d
from .framing import frame, parts, zooms
from .geometry import Point, path_d
from .spine import roots, vertebrae
from .view import View

if TYPE_CHECKING:
    from viz.knowledge import KnowledgeBase

# fmt: off
NOTCH: Point = (0.42, 150)  # greater sciatic notch, where the sciatic nerve begins
NERVES: dict[str, list[list[Point]]] = {
    "sciatic": [
        [NOTCH, (0.46, 195), (0.48, 250), (0.47, 330), (0.46, 400), (0.46, 440)]
    ],
    "tibial": [
        [
            (0.46, 440), (0.49, 490), (0.49, 530), (0.46, 600), (0.42, 700),
            (0.34, 790), (0.2, 838), (0.12, 862), (0.1, 884), (0.14, 912),
            (0.24, 935),
        ]
    ],
    "common_peroneal": [
        [
            (0.46, 440), (0.6, 478), (0.72, 505), (0.84, 532), (0.92, 565), (0.96, 590),
            (0.985, 608),
        ]
    ],
    "sural": [
        [
            (0.5, 540), (0.54, 610), (0.56, 690), (0.62, 770), (0.72, 816), (0.8, 852),
            (0.88, 880), (0.93, 910),
        ]
    ],
}

DERMATOMES: dict[str, list[list[Point]]] = {
    "L4": [
        [
            (-0.4, 600), (0.36, 600), (0.38, 760), (0.5, 805), (0.24, 850),
            (0.15, 1000), (-0.4, 1000),
        ]
    ],
    "L5": [[(0.74, 610), (1.4, 600), (1.4, 790), (0.8, 760)]],
    "S1": [
        [
            (0.64, 270), (0.8, 270), (0.74, 610), (0.8, 760), (1.4, 790), (1.4, 1000),
            (0.15, 1000), (0.24, 850), (0.5, 805), (0.64, 760),
        ]
    ],
    "S2": [
        [
            (0.25, 225), (0.6, 225), (0.64, 270), (0.64, 760), (0.5, 805), (0.38, 760),
            (0.36, 600), (0.3, 270),
        ]
    ],
}

# Keegan & Garrett 1948: every band starts at the midline of the back, L2 the
# highest and S2 the lowest, and runs down and out into the limb; L4 and L5 come
# back into view at the inner ankle and the inner half of the sole.
KEEGAN: dict[str, list[list[Point]]] = {
    "L2": [[(0, 48), (1.4, 90), (1.4, 140), (0, 62)]],
    "L3": [[(0, 62), (1.4, 140), (1.4, 195), (0, 78)]],
    "L4": [
        [
            (0, 78), (1.4, 195), (1.4, 520), (0.95, 470), (0.95, 290), (0.8, 230),
            (0.5, 150), (0, 94),
        ],
        [(-0.4, 640), (0.05, 640), (0.2, 830), (0.3, 905), (-0.4, 905)],
    ],
    "L5": [
        [
            (0, 94), (0.5, 150), (0.8, 230), (0.95, 290), (0.95, 470), (1.4, 520),
            (1.4, 830), (0.6, 818), (0.7, 600), (0.65, 470), (0.6, 300), (0.5, 200),
            (0, 108),
        ],
        [(-0.4, 905), (0.45, 905), (0.45, 1000), (-0.4, 1000)],
    ],
    "S1": [
        [
            (0, 108), (0.5, 200), (0.6, 300), (0.65, 470), (0.7, 600), (0.6, 818),
            (1.4, 830), (1.4, 1000), (0.45, 1000), (0.45, 905), (0.3, 880),
            (0.4, 780), (0.45, 600), (0.35, 470), (0.3, 250), (0, 124),
        ]
    ],
    "S2": [
        [
            (0, 124), (0.3, 250), (0.35, 470), (0.45, 600), (0.4, 780), (0.05, 780),
            (-0.05, 600), (-0.1, 470), (-0.1, 270), (0, 150),
        ]
    ],
}
# fmt: on
BANDS = {"lee": DERMATOMES, "keegan": KEEGAN}  # per dermatome_map= id


KEY_POINTS: dict[str, Point] = {"S1": (0.72, 888), "S2": (0.44, 538)}

SITES: dict[str, Point] = {
    "lumbar_roots": (0.14, 104),
    "sciatic_notch": NOTCH,
    "fibular_head": (0.93, 592),
    "tarsal_tunnel": (0.11, 866),
}


# Areas at the edge of the limb too narrow for a fingertip at their zoom: the
# depth (units) of their invisible target outside the limb.
HITS = {
    "ankle_medial": 12.0,
    "ankle_lateral": 12.0,
    "foot_lateral": 12.0,
    "leg_lateral": 10.0,
}


DETAIL_CURVES: list[list[Point]] = [
    [(0, 276), (0.25, 286), (0.5, 284), (0.74, 266)],  # gluteal fold
    [(0.88, 150), (0.84, 195), (0.86, 240)],  # hollow behind the greater trochanter
    [(0.52, 300), (0.5, 380), (0.5, 448)],  # hamstrings: biceps apart from the rest
    [(0.3, 522), (0.5, 527), (0.7, 520)],  # popliteal crease
    [(0.05, 640), (0.18, 715), (0.42, 742)],  # medial head of gastrocnemius
    [(0.58, 718), (0.76, 705), (0.92, 660)],  # lateral head
    [(0.5, 612), (0.5, 695)],
    [(0.4, 770), (0.38, 850)],  # Achilles tendon
    [(0.6, 770), (0.62, 850)],
    [(0.12, 918), (0.08, 935), (0.12, 950)],  # arch
    [(0.06, 952), (0.5, 955), (0.95, 950)],  # ball of the foot
]


def details() -> list[str]:
    """Spine, gluteal fold, hamstrings, calf heads, Achilles, malleoli, arch."""
    out = vertebrae()
    out += [curve_d(LIMB, c) for c in DETAIL_CURVES]
    med, lat = LIMB.at(0.09, 843), LIMB.at(0.92, 858)
    out += [
        ring_d(med[0], med[1], 6, 8, -math.pi / 2, math.pi / 2),
        ring_d(lat[0], lat[1], 6, 9, math.pi / 2, math.pi * 1.5),
    ]
    return out


def view(kb: KnowledgeBase) -> View:
    """The complete back view."""
    g = graph()
    g.check()
    outline = g.outline()
    polys = g.polygons()
    at = LIMB.at
    hits, reach = fingertip_targets(polys, outline, HITS)
    paths, labels = bands(LIMB, BANDS[kb.map_id], outline, polys)
    return View(
        name="back",
        frame=frame(polys),
        zooms=zooms(polys, parts(kb, "back"), reach, hits),
        hits=hits,
        regions=polys,
        outline=outline,
        context=[
            trunk_d(lambda y: WIDTH - LATERAL(y), 0, 262),
            path_d(mirror(outline[0])),
        ],
        details=details(),
        dermatomes=paths,
        labels=labels,
        key_points={k: at(*p) for k, p in KEY_POINTS.items()},
        nerves={k: curve_d(LIMB, *v) for k, v in NERVES.items()},
        roots=roots(at(*NOTCH)),
        chain=chain(
            {
                "lumbar_spine": (MIDLINE, 72),
                "pelvis": (MIDLINE, 150),
                "hip": at(0.52, 190),
                "knee": at(0.5, Y_KNEE),
                "ankle": at(0.5, 848),
                "foot": at(0.5, 930),
            }
        ),
        sites={k: at(*p) for k, p in SITES.items()},
    )
