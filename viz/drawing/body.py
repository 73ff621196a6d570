"""Body proportions (fractions of standing height H) and their drawing scale.

The fractions are Drillis & Contini's, as reproduced in Winter's Biomechanics
and Motor Control of Human Movement (data/sources.yaml: winter); the landmarks
drawn on them (the inner malleolus higher than the outer, the calf widest a
third of the way down the leg, the fibular head level with the tibial
tuberosity) follow Gray's Anatomy (grays_anatomy)."""

from __future__ import annotations

WIDTH, HEIGHT = 600, 1000
MIDLINE = WIDTH / 2
SCALE = 1340.0  # drawing units per standing height H
TOP_H = 0.66  # height fraction drawn at TOP_Y
TOP_Y = 15.0

TROCHANTER = 0.530
KNEE = 0.285
ANKLE = 0.039
THIGH = 0.245
LEG = 0.246
FOOT_LENGTH = 0.152
FOOT_WIDTH = 0.055
HIP_WIDTH = 0.191


def y_of(h: float) -> float:
    """Screen y of a height fraction above the floor."""
    return TOP_Y + (TOP_H - h) * SCALE


def span(fraction: float) -> float:
    """Drawing length of a height fraction."""
    return fraction * SCALE


Y_TROCHANTER = y_of(TROCHANTER)  # 189
Y_KNEE = y_of(KNEE)  # 517.5
Y_ANKLE = y_of(ANKLE)  # 847
Y_FLOOR = y_of(0.0)  # 899.4
HALF_HIP = span(HIP_WIDTH) / 2  # 128
