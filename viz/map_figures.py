"""One root drawn in every dermatome map, side by side: the areas each map's
band covers, hatched where the maps disagree. The shapes are the drawing's own
regions (assets/svg), simplified; the bands come from data/dermatomes.yaml."""

import re
from functools import cache

from viz import ids
from viz.drawing import SVG_DIR
from viz.drawing.svg import el
from viz.knowledge import KnowledgeBase, per_knowledge_base
from viz.markup import Element, Raw, html
from viz.palette import DARK, DERMATOME_COLOURS, SKIN, SKIN_LINE

VIEWS = ("front", "back")
GAP = 20  # drawing units between the front and the back
REGION = re.compile(r'<path class="region" data-region="([a-z0-9_]+)" d="([^"]+)"')
BOX = re.compile(r'viewBox="([-\d. ]+)"')
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def simplified(d: str, keep: int = 3) -> str:
    """A closed path through every keep-th point of one, in whole units."""
    values = [round(float(n)) for n in NUMBER.findall(d)]
    points = list(zip(values[::2], values[1::2], strict=True))[::keep]
    return "M" + "L".join(f"{x} {y}" for x, y in points) + "Z"


@cache
def outlines() -> tuple[tuple[str, float, float, dict[str, str]], ...]:
    """Per view: its name, left edge and width in the drawing, and each region's
    simplified outline."""
    out = []
    for view in VIEWS:
        text = (SVG_DIR / f"{view}.svg").read_text(encoding="utf-8")
        box = BOX.search(text)
        x, _, width, _ = (
            (float(n) for n in box.group(1).split()) if box else (0, 0, 0, 0)
        )
        shapes = {r: simplified(d) for r, d in REGION.findall(text)}
        out.append((view, x, width, shapes))
    return tuple(out)


def figure_svg(root: str, covered: set[str], differ: set[str], hatch: str) -> str:
    """Front and back side by side, the band's areas filled, disagreements hatched."""
    colour = DERMATOME_COLOURS[root]
    # the map's hatch, the other way from "where it hurts", coarse enough to
    # read at a third of the map's size
    pattern = el("pattern", {"id": hatch, "width": "24", "height": "24",
                             "patternUnits": "userSpaceOnUse"},
                 [el("path", {"d": "M -6 18 L 6 30 M 0 0 L 24 24 M 18 -6 L 30 6",
                              "stroke": DARK, "stroke-width": "5"})])  # fmt: skip
    groups, left = [], 0.0
    for _, x, width, shapes in outlines():
        kids = [
            el("path", {"d": d, "fill": colour if r in covered else SKIN,
                        "fill-opacity": "0.75" if r in covered else "1"})
            for r, d in shapes.items()
        ]  # fmt: skip
        kids += [
            el("path", {"d": d, "fill": f"url(#{hatch})"})
            for r, d in shapes.items()
            if r in differ
        ]
        move = {"transform": f"translate({left - x:g} 0)"}
        groups.append(el("g", {**move, "stroke": SKIN_LINE, "stroke-width": "1"}, kids))
        left += width + GAP
    box = {"viewBox": f"0 0 {left - GAP:g} 1000", "aria-hidden": "true",
           "focusable": "false", "class": "map-figure-drawing"}  # fmt: skip
    return el("svg", {"xmlns": "http://www.w3.org/2000/svg", **box},
              [el("defs", {}, [pattern]), *groups])  # fmt: skip


@per_knowledge_base
def compare_maps(kb: KnowledgeBase, root: str) -> list[Element]:
    """The root's band in each map, drawn side by side and said in words."""
    ui = kb.ui
    differ = set(kb.maps_differ(root))
    figures = []
    for m in kb.maps.values():
        covered = set(kb.dermatomes[root].bands[m.id].regions)
        words = ui.maps_covers.format(
            map=m.name, regions=kb.region_names(kb.ordered(covered))
        )
        figures.append(
            html.Figure(
                [
                    Raw(figure_svg(root, covered, differ, f"maps-differ-{m.id}")),
                    html.Figcaption(words),
                ],
                className="map-figure",
                **{"data-map": m.id},
            )
        )
    said = (
        ui.maps_differ.format(regions=kb.region_names(kb.ordered(differ)))
        if differ
        else ui.maps_agree
    )
    return [
        html.H3(ui.maps_heading.format(root=root)),
        html.P(ui.maps_intro),
        html.Div(figures, className="map-figures"),
        html.P(said, id=f"{ids.COMPARE_MAPS}-differ"),
    ]
