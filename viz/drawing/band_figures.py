"""One root's skin band in one dermatome map, front and back side by side, as
a small picture of its own (assets/svg/band-<root>-<map>.svg): the areas the
band covers filled, hatched where the maps disagree. The shapes are the
drawing's own regions, simplified; the bands come from data/dermatomes.yaml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from viz.palette import DARK, DERMATOME_COLOURS, SKIN, SKIN_LINE

from .geometry import path_d
from .markup import el

if TYPE_CHECKING:
    from viz.knowledge import KnowledgeBase

    from .view import View

GAP = 20  # drawing units between the front and the back
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# The hatch, the other way from "where it hurts", coarse enough to read at a
# third of the map's size.
HATCH = "M -6 18 L 6 30 M 0 0 L 24 24 M 18 -6 L 30 6"


def figure_name(root: str, map_id: str) -> str:
    """The file name of a root's band in one map."""
    return f"band-{root}-{map_id}.svg"


def simplified(d: str, keep: int = 3) -> str:
    """A closed path through every keep-th point of one, in whole units."""
    values = [round(float(n)) for n in NUMBER.findall(d)]
    points = list(zip(values[::2], values[1::2], strict=True))[::keep]
    return "M" + "L".join(f"{x} {y}" for x, y in points) + "Z"


def figure_svg(
    views: list[View],
    outlines: list[dict[str, str]],
    colour: str,
    covered: set[str],
    differ: set[str],
) -> str:
    """The views side by side (outlines: each view's simplified regions), the
    band's areas filled, disagreements hatched."""
    tile = {"id": "differs", "width": "24", "height": "24"}
    hatch = el("path", {"d": HATCH, "stroke": DARK, "stroke-width": "5"})
    pattern = el("pattern", {**tile, "patternUnits": "userSpaceOnUse"}, [hatch])
    groups, left = [], 0.0
    for v, shapes in zip(views, outlines, strict=True):
        x, _, width, _ = v.frame
        kids = [
            el("path", {"d": d, "fill": colour if r in covered else SKIN,
                        "fill-opacity": "0.75" if r in covered else "1"})
            for r, d in shapes.items()
        ]  # fmt: skip
        kids += [
            el("path", {"d": d, "fill": "url(#differs)"})
            for r, d in shapes.items()
            if r in differ
        ]
        move = {"transform": f"translate({left - x:g} 0)"}
        groups.append(el("g", {**move, "stroke": SKIN_LINE, "stroke-width": "1"}, kids))
        left += width + GAP
    box = {"xmlns": "http://www.w3.org/2000/svg", "viewBox": f"0 0 {left - GAP:g} 1000"}
    return el("svg", box, [el("defs", {}, [pattern]), *groups]) + "\n"


def figures(kb: KnowledgeBase, views: list[View]) -> dict[str, str]:
    """Every root's band in every map, keyed by file name."""
    out = {}
    outlines = [
        {r: simplified(path_d(pts)) for r, pts in v.regions.items()} for v in views
    ]
    for root, dermatome in kb.dermatomes.items():
        differ = set(kb.maps_differ(root))
        for map_id, band in dermatome.bands.items():
            colour = DERMATOME_COLOURS[root]
            svg = figure_svg(views, outlines, colour, set(band.regions), differ)
            out[figure_name(root, map_id)] = svg
    return out
