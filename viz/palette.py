"""Every colour of the page and the map, named once. The drawing reads these;
the stylesheets get them as CSS custom properties (`var(--name)`) from
assets/palette.css, which `python -m viz.palette` and `make drawing` write from
here (a test keeps it in step, another keeps colour values out of every other
stylesheet and of the drawing code)."""

from pathlib import Path

WHITE, BLACK = "#ffffff", "#000000"
DARK = "#1a1a1a"  # near-black: nerves, the stripes of "typical", hatches

# What the map shows about an area or a structure (Okabe-Ito, colour-blind safe;
# each also has its own texture or line style, see radiate.css).
STATES = {
    "select": "#0072b2",  # blue: where it hurts
    "typical": "#f0e442",  # yellow: where the condition shown usually hurts
    "highlight": "#d55e00",  # vermillion: the pathway lit
    "nerve": DARK,  # nerves are dark lines; lit ones turn vermillion
}
SKIN, SKIN_LINE, SKIN_HOVER = "#f3d9c6", "#b98f75", "#f7c9a8"
CONTEXT_FILL, CONTEXT_LINE = "#ece6e1", "#cfc3b8"
CHAIN_GREY = "#7a7a7a"
SITE_LINE = "#333333"  # the ring round a place where a nerve is trapped
DERMATOME_COLOURS = {  # Okabe-Ito
    "L2": "#E69F00",
    "L3": "#56B4E9",
    "L4": "#009E73",
    "L5": "#CC79A7",
    "S1": "#D55E00",
    "S2": "#0072B2",
}

# Root or nerve: the two territories compared (Okabe-Ito), crossed where both.
COMPARE = {"root": "#009e73", "nerve": "#cc79a7", "both": DARK}

# The key's samples of the map's striped fills: the stripes as they look there.
KEY = {
    "select-stripe": "#9cc3de",  # white stripes over the blue of "where it hurts"
    "typical-stripe": "#b9ae3a",  # dark stripes over the yellow of "typical"
    "key-line": "#555555",  # outline of the key point and band chips
}

# The page around the map (assets/radiate.css and print.css).
PAGE = {
    "ink": "#1d2330",  # text, and the ground of a word's explanation
    "muted": "#4d5566",  # secondary text, the strength bar
    "paper": WHITE,  # the page, buttons, the gaps between a key's stripes
    "panel": "#f5f6f8",  # panels and chips
    "line": "#c9ced8",  # borders
    "accent": "#0b5cad",  # the title, focus rings, underlined words
    "chosen": "#e5f1fa",  # the ground of a chosen control
    "select-line": "#003f66",  # outline of a selected area, a question's text
    "on-dark": WHITE,  # text and lines on the warning banner and tooltips
    "on-dark-muted": "#f1f1f1",  # a warning's reference on the banner
    "black": BLACK,  # focus outline on the map, the banner's edge, print
    "print-muted": SITE_LINE,  # a warning's reference on paper
    "notice": "#fff8e1",  # the ground of a notice
    "notice-line": "#e0c068",
    "warning-line": "#d9a58b",  # the group of warning-sign chips
    "emergency": "#8b0000",  # warning levels
    "urgent": "#a23b00",
    "see-clinician": "#2f4f6f",
    "clinician": "#5a3d7a",  # clinician wording
    "label": "#111111",  # the names of the bands, on the map and in the key
    "map-label": "#222222",  # the names of the roots in the clinician voice
    "shadow": "rgba(0, 0, 0, 0.12)",  # under the ranked list on a phone
    "tip-shadow": "rgba(0, 0, 0, 0.25)",  # under a word's explanation
}

# The referral matrix, by how a source reaches an area: one hue, light to dark,
# each step at least 15 CIE L* from every other for normal, protan, deutan and
# tritan vision (tests/test_palette.py), so lightness alone tells them apart.
MATRIX = {
    "none": "#f5f5f5",  # not reached
    "chain": "#94c4df",  # through the kinetic chain only
    "pathway": "#3d8dc4",  # along a nerve, a skin band or a vessel
    "typical": "#1c5698",  # where it typically hurts
    "source": "#08193d",  # where the trouble sits
}

CSS_FILE = Path(__file__).resolve().parents[1] / "assets" / "palette.css"


def variables() -> dict[str, str]:
    """Every colour the stylesheets use, by the name of its CSS custom property."""
    return {
        **PAGE,
        **STATES,
        "root": COMPARE["root"],
        "nerve-skin": COMPARE["nerve"],
        "both": COMPARE["both"],
        "typical-line": DARK,  # the dashed outline of "typical"
        "differs": DARK,  # the hatch where the dermatome maps disagree
        "skin-hover": SKIN_HOVER,
        "site": SITE_LINE,
        "chain": CHAIN_GREY,
        **KEY,
        **{f"matrix-{how}": colour for how, colour in MATRIX.items()},
    }


def css() -> str:
    """assets/palette.css: every colour as a CSS custom property."""
    lines = [f"  --{name}: {value};" for name, value in variables().items()]
    return (
        "/* Written by `python -m viz.palette` (and `make drawing`) from "
        "viz/palette.py: edit the colours there. */\n"
        ":root {\n" + "\n".join(lines) + "\n}\n"
    )


def write(path: Path = CSS_FILE) -> Path:
    """Write the palette's stylesheet; return its path."""
    path.write_text(css(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write())
