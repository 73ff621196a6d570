"""The data drawn in one view, and the default presentation colours."""

from __future__ import annotations

from dataclasses import dataclass, field

from .geometry import Point

SKIN, SKIN_LINE = "#f3d9c6", "#b98f75"
CONTEXT_FILL, CONTEXT_LINE = "#ece6e1", "#cfc3b8"
NERVE = "#d4a017"
CHAIN_GREY = "#7a7a7a"
DERMATOME_COLOURS = {  # Okabe-Ito
    "L2": "#E69F00",
    "L3": "#56B4E9",
    "L4": "#009E73",
    "L5": "#CC79A7",
    "S1": "#D55E00",
    "S2": "#0072B2",
}


@dataclass
class View:
    """Everything drawn in one view, in screen coordinates or path data."""

    name: str
    title: str
    regions: dict[str, list[Point]]
    outline: list[list[Point]]
    context: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    dermatomes: dict[str, str] = field(default_factory=dict)
    key_points: dict[str, Point] = field(default_factory=dict)
    nerves: dict[str, str] = field(default_factory=dict)
    roots: dict[str, str] = field(default_factory=dict)
    labels: dict[str, Point] = field(default_factory=dict)  # dermatome label centres
    chain: dict[str, Point] = field(default_factory=dict)
    sites: dict[str, Point] = field(default_factory=dict)
    frame: tuple[float, float, float, float] = (0, 0, 600, 1000)  # viewBox crop
    zooms: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
