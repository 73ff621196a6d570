"""The roots named on the map: each skin band's root where the band has room,
each key point's root beside its dot, and a fingertip target over each dot.
The names are ids, the same in every language, and hidden from screen readers:
the page names the bands and the key points aloud in the reader's language."""

from __future__ import annotations

from .geometry import num
from .markup import el, words
from .view import View

UNREAD = {"aria-hidden": "true"}
BESIDE_DOT = (9.0, 5.0)  # where a key point's root is written, from its centre
KEY_TARGET = "16"  # radius of a key point's fingertip target, in units


def key_labels(v: View) -> list[str]:
    """Each key point's root beside its dot, drawn with the dots."""
    out = []
    for k, (x, y) in v.key_points.items():
        at = {"x": num(float(num(x)) + BESIDE_DOT[0]),
              "y": num(float(num(y)) + BESIDE_DOT[1])}  # fmt: skip
        out.append(words({**at, "class": "map-label", **UNREAD}, k, 2))
    return out


def band_labels(v: View) -> str:
    """Each band's root at its label point, above every layer and unclipped."""
    kids = []
    for k in v.dermatomes:
        x, y = v.labels[k]
        kids.append(words({"x": num(x), "y": num(y), "class": "band-label"}, k, 2))
    return el("g", {"class": "band-labels", **UNREAD}, kids, 1)


def key_hits(v: View) -> list[str]:
    """A fingertip target over each key point, drawn last so a tap reaches it;
    transparent, shown by the page only where a key point can be chosen."""
    return [
        el("circle", {"cx": num(x), "cy": num(y), "r": KEY_TARGET,
                      "class": "key-point-hit", "data-key-hit": k,
                      "fill-opacity": "0", **UNREAD}, None, 1)
        for k, (x, y) in v.key_points.items()
    ]  # fmt: skip
