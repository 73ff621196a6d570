"""The data drawn in one view."""

from __future__ import annotations

from dataclasses import dataclass, field

from .geometry import Point


@dataclass
class View:
    """Everything drawn in one view, in screen coordinates or path data."""

    name: str
    regions: dict[str, list[Point]]
    outline: list[list[Point]]
    context: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    dermatomes: dict[str, list[list[Point]]] = field(default_factory=dict)
    key_points: dict[str, Point] = field(default_factory=dict)
    nerves: dict[str, str] = field(default_factory=dict)
    roots: dict[str, str] = field(default_factory=dict)
    labels: dict[str, Point] = field(default_factory=dict)  # dermatome label centres
    # per root, the regions the dermatome maps disagree about, hatched on demand
    differs: dict[str, list[list[Point]]] = field(default_factory=dict)
    chain: dict[str, Point] = field(default_factory=dict)
    sites: dict[str, Point] = field(default_factory=dict)
    frame: tuple[float, float, float, float] = (0, 0, 600, 1000)  # viewBox crop
    zooms: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    # invisible fingertip targets outside the limb, by region
    hits: dict[str, list[Point]] = field(default_factory=dict)
