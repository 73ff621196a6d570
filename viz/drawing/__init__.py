"""Deterministic generator of the front and back SVGs of the right lower limb,
and of the small pictures of one root's band in each dermatome map."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viz.knowledge import KnowledgeBase

    from .view import View

SVG_DIR = Path(__file__).resolve().parents[2] / "assets" / "svg"


def drawing_name(kb: KnowledgeBase, view: str) -> str:
    """The drawing of a view with the base's dermatome map: front.svg for the
    default map, front-<map>.svg for another."""
    return view if kb.map_id == next(iter(kb.maps)) else f"{view}-{kb.map_id}"


def build() -> dict[str, str]:
    """SVG text of every view, and of every root's band in every map beside
    it, keyed by file name; the ids it draws and the zoom boxes it frames come
    from data/, and a drawing that disagrees with the data, or where a click at
    the middle of an area's box would miss the area, is refused."""
    from viz.content import load_knowledge_base

    from . import back_layers, band_figures, front_layers
    from .centres import centre_problems
    from .svg import render

    base = load_knowledge_base()
    out: dict[str, str] = {}
    for map_id in base.maps:
        kb = base.with_map(map_id)
        views = [front_layers.view(kb), back_layers.view(kb)]
        for v in views:
            v.differs = {
                root: [
                    v.regions[r][::2] for r in kb.maps_differ(root) if r in v.regions
                ]
                for root in kb.dermatomes
            }
        problems = [p for v in views for p in disagreements(kb, v)]
        problems += band_disagreements(kb, views)
        if problems:
            raise ValueError("the drawing disagrees with data/: " + "; ".join(problems))
        if missed := [p for v in views for p in centre_problems(v)]:
            raise ValueError(
                "a click at an area's middle misses it: " + "; ".join(missed)
            )
        out |= {f"{drawing_name(kb, v.name)}.svg": render(v) for v in views}
        if map_id == base.map_id:  # every map draws the same regions
            out |= band_figures.figures(kb, views)
    return out


# A band covers a region when it covers at least this share of it in one view;
# a band must not cover this much of a region its map does not give it.
COVERS, OVERREACHES = 0.05, 0.3


def band_coverage(views: list[View]) -> dict[tuple[str, str], float]:
    """Per (root, region): the largest share of the region the root's band
    covers in any view that draws both."""
    from .common import coverage

    out: dict[tuple[str, str], float] = {}
    for v in views:
        for root, shape in v.dermatomes.items():
            for region, poly in v.regions.items():
                share = coverage(shape, poly)
                out[root, region] = max(out.get((root, region), 0.0), share)
    return out


def band_disagreements(kb: KnowledgeBase, views: list[View]) -> list[str]:
    """Where the drawn bands and the map's data part: a region the data gives a
    root that its band hardly covers, or one the band largely covers that the
    data does not give it."""
    share = band_coverage(views)
    out = []
    for root in kb.dermatomes:
        given = set(kb.band(root).regions)
        for region in kb.regions:
            s = share.get((root, region), 0.0)
            if region in given and s < COVERS:
                out.append(f"{kb.map_id} {root}: its band misses '{region}'")
            elif region not in given and s >= OVERREACHES:
                out.append(f"{kb.map_id} {root}: its band covers '{region}' too")
    return out


def disagreements(kb: KnowledgeBase, view: View) -> list[str]:
    """How a view's ids differ from the data: its regions must be exactly those
    data/regions.yaml draws in it; its other structures must exist."""
    wanted = {r.id for r in kb.regions.values() if view.name in r.views}
    out = [
        f"{view.name}: region '{r}' has no shape"
        for r in sorted(wanted - set(view.regions))
    ]
    out += [
        f"{view.name}: shape '{r}' is no region of this view"
        for r in sorted(set(view.regions) - wanted)
    ]
    drawn: dict[str, tuple[Iterable[str], Iterable[str]]] = {
        "nerve": (view.nerves, kb.nerves),
        "dermatome": (view.dermatomes, kb.dermatomes),
        "key point": (view.key_points, kb.dermatomes),
        "chain segment": (view.chain, kb.segments),
        "site": (view.sites, kb.sites),
    }
    for what, (ids, known) in drawn.items():
        out += [
            f"{view.name}: unknown {what} '{i}'" for i in sorted(set(ids) - set(known))
        ]
    return out


PALETTE_CSS = SVG_DIR.parent / "palette.css"


def write(directory: Path = SVG_DIR) -> list[Path]:
    """Write all views into directory, and the palette's stylesheet beside it;
    return the written paths."""
    from viz.palette import write as write_palette

    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in build().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return [*paths, write_palette(directory.parent / PALETTE_CSS.name)]
