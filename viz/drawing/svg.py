"""Assemble a view description into deterministic SVG text."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from .body import HEIGHT, WIDTH
from .geometry import Point, num, path_d

SKIN, SKIN_LINE = "#f3d9c6", "#b98f75"
CONTEXT_FILL, CONTEXT_LINE = "#ece6e1", "#cfc3b8"
NERVE = "#d4a017"
DERMATOME_COLOURS = {  # Okabe-Ito
    "L2": "#E69F00", "L3": "#56B4E9", "L4": "#009E73",
    "L5": "#CC79A7", "S1": "#D55E00", "S2": "#0072B2",
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
    chain: dict[str, Point] = field(default_factory=dict)
    sites: dict[str, Point] = field(default_factory=dict)


def el(tag: str, attrs: dict[str, str], children: list[str] | None = None,
       indent: int = 0) -> str:
    """One element, its children on their own lines."""
    pad = "  " * indent
    text = "".join(f" {k}={quoteattr(v)}" for k, v in attrs.items())
    if not children:
        return f"{pad}<{tag}{text}/>"
    return "\n".join([f"{pad}<{tag}{text}>", *children, f"{pad}</{tag}>"])


def _layer(name: str, children: list[str], extra: dict[str, str] | None = None) -> str:
    """An overlay group that never takes pointer events."""
    attrs = {"class": "layer", "data-layer": name, "pointer-events": "none", **(extra or {})}
    return el("g", attrs, children, 1)


def _circle(cls: str, key: str, ident: str, c: Point, r: str, style: dict[str, str]) -> str:
    """A classed, data-tagged circle."""
    attrs = {"class": cls, f"data-{key}": ident, "cx": num(c[0]), "cy": num(c[1]), "r": r}
    return el("circle", {**attrs, **style}, None, 2)


def _regions(v: View) -> str:
    """The interactive region paths."""
    kids = [el("path", {"class": "region", "data-region": rid, "d": path_d(pts),
                        "tabindex": "0", "role": "button", "aria-pressed": "false"}, None, 2)
            for rid, pts in v.regions.items()]
    return el("g", {"class": "regions", "fill": SKIN, "stroke": SKIN_LINE,
                    "stroke-width": "1", "stroke-linejoin": "round"}, kids, 1)


def _dermatomes(v: View, clip_id: str) -> str:
    """Semi-transparent dermatome bands clipped to the limb, with key sensory points."""
    kids = [el("path", {"class": "dermatome", "data-dermatome": k, "d": d,
                        "fill": DERMATOME_COLOURS[k], "fill-opacity": "0.35"}, None, 2)
            for k, d in v.dermatomes.items()]
    kids += [_circle("key-point", "key-point", k, c, "5",
                     {"fill": "#ffffff", "stroke": DERMATOME_COLOURS[k], "stroke-width": "2"})
             for k, c in v.key_points.items()]
    return _layer("dermatomes", kids, {"clip-path": f"url(#{clip_id})"})


def _chain(v: View) -> str:
    """Kinetic chain: joint centres and the links between them."""
    names = list(v.chain)
    kids = [el("line", {"class": "chain-link", "data-chain-link": f"{a}-{b}",
                        "x1": num(v.chain[a][0]), "y1": num(v.chain[a][1]),
                        "x2": num(v.chain[b][0]), "y2": num(v.chain[b][1]),
                        "stroke": "#7a7a7a", "stroke-width": "2",
                        "stroke-dasharray": "6 4"}, None, 2)
            for a, b in zip(names, names[1:])]
    kids += [_circle("chain-segment", "chain-segment", k, c, "6",
                     {"fill": "#7a7a7a", "stroke": "#ffffff", "stroke-width": "1.5"})
             for k, c in v.chain.items()]
    return _layer("chain", kids)


def render(v: View) -> str:
    """Full SVG document text for a view."""
    clip_id = f"radiate-{v.name}-limb"
    outline = " ".join(path_d(loop) for loop in v.outline)
    parts = [
        el("title", {}, None, 1).replace("<title/>", f"<title>{v.title}</title>"),
        el("defs", {}, [el("clipPath", {"id": clip_id}, [
            el("path", {"class": "limb-outline", "d": outline}, None, 3)], 2)], 1),
        el("g", {"class": "context", "pointer-events": "none", "fill": CONTEXT_FILL,
                 "stroke": CONTEXT_LINE, "stroke-width": "1"},
           [el("path", {"d": d}, None, 2) for d in v.context], 1),
        _regions(v),
        el("g", {"class": "details", "pointer-events": "none", "fill": "none",
                 "stroke": SKIN_LINE, "stroke-width": "1.2", "stroke-linecap": "round",
                 "stroke-opacity": "0.8"},
           [el("path", {"class": "detail", "d": d}, None, 2) for d in v.details], 1),
        _dermatomes(v, clip_id),
        _chain(v),
        _layer("nerves", [el("path", {"class": "nerve", "data-nerve": k, "d": d,
                                      "fill": "none"}, None, 2)
                          for k, d in v.nerves.items()],
               {"stroke": NERVE, "stroke-width": "4", "stroke-linecap": "round",
                "stroke-linejoin": "round"}),
        _layer("sites", [_circle("site", "site", k, c, "7",
                                 {"fill": "none", "stroke": "#333333", "stroke-width": "2.5"})
                         for k, c in v.sites.items()]),
    ]
    root = {"xmlns": "http://www.w3.org/2000/svg", "viewBox": f"0 0 {WIDTH} {HEIGHT}",
            "class": "limb-view", "data-view": v.name}
    return el("svg", root, parts) + "\n"
