"""One root drawn in every dermatome map, side by side: the pictures `make
drawing` writes (assets/svg/band-<root>-<map>.svg, viz/drawing/band_figures.py),
each captioned with the areas its band covers, and where the maps disagree."""

from typing import Any

from dash import html
from dash.development.base_component import Component as Element

from viz import ids
from viz.drawing.band_figures import figure_name
from viz.knowledge import KnowledgeBase, per_knowledge_base

SRC = "/assets/svg/"


@per_knowledge_base
def compare_maps(kb: KnowledgeBase, root: str) -> list[Element]:
    """The root's band in each map, drawn side by side and said in words."""
    ui = kb.ui
    differ = kb.maps_differ(root)
    said = (
        ui.maps_differ.format(regions=kb.region_names(differ))
        if differ
        else ui.maps_agree
    )
    figures = []
    for m in kb.maps.values():
        covered = kb.dermatomes[root].bands[m.id].regions
        words = ui.maps_covers.format(
            map=m.name, regions=kb.region_names(kb.ordered(covered))
        )
        drawing = html.Img(
            src=SRC + figure_name(root, m.id),
            alt=f"{words} {said}" if differ else words,
            className="map-figure-drawing",
        )
        tagged: dict[str, Any] = {"data-map": m.id}
        figures.append(
            html.Figure(
                [drawing, html.Figcaption(words)],
                className="map-figure",
                **tagged,
            )
        )
    return [
        html.H3(ui.maps_heading.format(root=root)),
        html.P(ui.maps_intro),
        html.Div(figures, className="map-figures"),
        html.P(said, id=f"{ids.COMPARE_MAPS}-differ"),
    ]
