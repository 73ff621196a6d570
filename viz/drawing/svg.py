"""Assemble a view description into deterministic SVG text."""

from __future__ import annotations

from itertools import pairwise

from viz.palette import (
    BLACK,
    CHAIN_GREY,
    COMPARE,
    CONTEXT_LINE,
    DARK,
    DERMATOME_COLOURS,
    SITE_LINE,
    SKIN,
    SKIN_LINE,
    STATES,
    WHITE,
)

from .geometry import Point, num, path_d
from .markup import Attrs, el
from .root_labels import band_labels, key_hits, key_labels
from .view import View

INERT = {"pointer-events": "none"}
REGION_STYLE = {"fill": SKIN, "stroke": SKIN_LINE, "stroke-width": "1"}
# The other leg and the trunk: a faint outline only, nothing to compete with the leg.
CONTEXT_STYLE = {"fill": "none", "stroke": CONTEXT_LINE, "stroke-width": "1.2"}
# Muscle contours and bony landmarks: thin, low contrast shading lines.
DETAIL_STYLE = {"fill": "none", "stroke": SKIN_LINE, "stroke-width": "1"}
NERVE_STYLE = {
    "stroke": STATES["nerve"],
    "stroke-width": "4",
    "stroke-linecap": "round",
}
LINK_STYLE = {"stroke": CHAIN_GREY, "stroke-width": "2", "stroke-dasharray": "6 4"}
JOINT_STYLE = {"fill": CHAIN_GREY, "stroke": WHITE, "stroke-width": "1.5"}
SITE_STYLE = {"fill": "none", "stroke": SITE_LINE, "stroke-width": "2.5"}
FOCUSABLE = {"tabindex": "0", "role": "button"}  # the areas and the key points
INTERACTIVE = {**FOCUSABLE, "aria-pressed": "false"}


def group(attrs: Attrs, kids: list[str]) -> str:
    """A top-level group."""
    return el("g", attrs, kids, 1)


def layer(name: str, kids: list[str], extra: Attrs) -> str:
    """An overlay group that never takes pointer events."""
    return group({"class": "layer", "data-layer": name, **INERT, **extra}, kids)


def circle(cls: str, ident: str, c: Point, r: str, style: Attrs) -> str:
    """A classed circle tagged data-<cls>."""
    at = {"class": cls, f"data-{cls}": ident, "cx": num(c[0]), "cy": num(c[1]), "r": r}
    return el("circle", {**at, **style}, None, 2)


def path(attrs: Attrs) -> str:
    """A path child of a top-level group."""
    return el("path", attrs, None, 2)


def regions(v: View) -> str:
    """The interactive region paths."""
    kids = [
        path(
            {
                "class": "region",
                "data-region": rid,
                "d": path_d(pts),
                "vector-effect": "non-scaling-stroke",
                **INTERACTIVE,
            }
        )
        for rid, pts in v.regions.items()
    ]
    return group({"class": "regions", **REGION_STYLE}, kids)


def dermatomes(v: View, clip_id: str) -> str:
    """Semi-transparent dermatome bands clipped to the limb, with key points."""
    kids = [
        path({"class": "dermatome", "data-dermatome": k,
              "d": " ".join(path_d([*p, p[0]]) for p in shape),
              "data-label": " ".join(num(n) for n in v.labels[k]),
              "fill": DERMATOME_COLOURS[k], "fill-opacity": "0.6"})
        for k, shape in v.dermatomes.items()
    ]  # fmt: skip
    # Where the maps disagree about a root: hatched, shown for the root in question.
    kids += [
        path({"class": "band-differs", "data-differs": k,
              "d": " ".join(path_d(p) for p in shape), "fill": "url(#pattern-differs)"})
        for k, shape in v.differs.items()
        if shape
    ]  # fmt: skip
    ring = {"fill": WHITE, "stroke-width": "2", **FOCUSABLE}
    kids += [
        circle("key-point", k, c, "5", {**ring, "stroke": DERMATOME_COLOURS[k]})
        for k, c in v.key_points.items()
    ]
    kids += key_labels(v)
    return layer("dermatomes", kids, {"clip-path": f"url(#{clip_id})"})


def chain(v: View) -> str:
    """Kinetic chain: links between joint centres, then the centres."""
    kids = []
    for a, b in pairwise(v.chain):
        (x1, y1), (x2, y2) = v.chain[a], v.chain[b]
        ends = {"x1": num(x1), "y1": num(y1), "x2": num(x2), "y2": num(y2)}
        link = {"class": "chain-link", "data-chain-link": f"{a}-{b}", **ends}
        kids.append(el("line", {**link, **LINK_STYLE}, None, 2))
    kids += [
        circle("chain-segment", k, c, "6", JOINT_STYLE) for k, c in v.chain.items()
    ]
    return layer("chain", kids, {})


def nerves(v: View) -> str:
    """Spinal roots, then one stroked path per nerve."""
    kids = [
        path({"class": "root", "data-root": k, "d": d, "fill": "none",
              "stroke-width": "3"})
        for k, d in v.roots.items()
    ]  # fmt: skip
    kids += [
        path({"class": "nerve", "data-nerve": k, "d": d, "fill": "none"})
        for k, d in v.nerves.items()
    ]
    return layer("nerves", kids, {**NERVE_STYLE, "stroke-linejoin": "round"})


# Fills that page CSS can use so that selection, highlight and typical areas
# differ by texture as well as by colour; and the two territories compared
# (a root's, a nerve's) by the direction of their stripes, crossed where both.
DIAGONAL = "M -2 2 L 2 -2 M 0 8 L 8 0 M 6 10 L 10 6"
ANTIDIAGONAL = "M -2 6 L 2 10 M 0 0 L 8 8 M 6 -2 L 10 2"  # the other way: maps differ
ACROSS, DOWN = "M 0 4 L 8 4", "M 4 0 L 4 8"
PATTERNS = {
    "pattern-selected": (WHITE, DIAGONAL, STATES["select"], "0.55"),
    "pattern-highlight": (STATES["highlight"], DIAGONAL, "none", "0.9"),
    "pattern-typical": (DARK, DIAGONAL, STATES["typical"], "0.35"),
    "pattern-root": (COMPARE["root"], ACROSS, "none", "1"),
    "pattern-nerve": (COMPARE["nerve"], DOWN, "none", "1"),
    "pattern-both": (COMPARE["both"], f"{ACROSS} {DOWN}", "none", "1"),
    "pattern-differs": (DARK, ANTIDIAGONAL, "none", "0.85"),
}


def patterns() -> list[str]:
    """Striped patterns, one per state the map shows."""
    out = []
    for pid, (stripe, d, ground, opacity) in PATTERNS.items():
        kids = [
            el("rect", {"width": "8", "height": "8", "fill": ground}, None, 3),
            el(
                "path",
                {
                    "d": d,
                    "stroke": stripe,
                    "stroke-width": "2",
                    "stroke-opacity": opacity,
                },
                None,
                3,
            ),
        ]
        out.append(
            el(
                "pattern",
                {
                    "id": pid,
                    "width": "8",
                    "height": "8",
                    "patternUnits": "userSpaceOnUse",
                },
                kids,
                2,
            )
        )
    return out


def scenery(v: View, clip_id: str) -> list[str]:
    """Clip outline, context silhouette and detail lines. No words: the page
    names the drawing and its areas in the reader's language."""
    outline = " ".join(path_d(loop) for loop in v.outline)
    clip = el("clipPath", {"id": clip_id}, [
        el("path", {"class": "limb-outline", "d": outline}, None, 3)], 2)  # fmt: skip
    context = [path({"d": d}) for d in v.context]
    details = [path({"class": "detail", "d": d}) for d in v.details]
    return [
        el("defs", {}, [clip, *patterns()], 1),
        group({"class": "context", **INERT, **CONTEXT_STYLE}, context),
        regions(v),
        group({"class": "details", **INERT, **DETAIL_STYLE,
               "stroke-linecap": "round", "stroke-opacity": "0.55"}, details),
    ]  # fmt: skip


def hits(v: View) -> str:
    """Invisible fingertip targets outside the limb, beside the narrow areas
    at its edge; they reach no other area."""
    kids = [
        path({"class": "hit", "data-hit": region, "d": path_d(pts),
              "fill": BLACK, "fill-opacity": "0", "aria-hidden": "true"})
        for region, pts in v.hits.items()
        if pts
    ]  # fmt: skip
    return group({"class": "hits", "pointer-events": "all"}, kids)


def render(v: View) -> str:
    """Full SVG document text for a view."""
    clip_id = f"radiate-{v.name}-limb"
    sites = [circle("site", k, c, "7", SITE_STYLE) for k, c in v.sites.items()]
    parts = [
        *scenery(v, clip_id),
        dermatomes(v, clip_id),
        chain(v),
        nerves(v),
        layer("sites", sites, {}),
        hits(v),
        *key_hits(v),
        band_labels(v),  # last, above every layer; taps pass through it
    ]
    root = {
        "xmlns": "http://www.w3.org/2000/svg",
        "viewBox": " ".join(f"{n:g}" for n in v.frame),
        **{f"data-zoom-{k}": " ".join(f"{n:g}" for n in z) for k, z in v.zooms.items()},
        "class": "limb-view",
        "data-view": v.name,
        "role": "group",  # of buttons, named by the page in its language
        "data-zoom-whole": " ".join(f"{n:g}" for n in v.frame),
    }
    return el("svg", root, parts) + "\n"
