"""Every colour the map uses, named once. The drawing reads these; the page's
stylesheet gets the state colours as CSS variables from assets/palette.css,
which `make drawing` writes from here (a test keeps it in step)."""

# What the map shows about an area or a structure (Okabe-Ito, colour-blind safe;
# each also has its own texture or line style, see radiate.css).
STATES = {
    "select": "#0072b2",  # blue: where it hurts
    "typical": "#f0e442",  # yellow: where the condition shown usually hurts
    "highlight": "#d55e00",  # vermillion: the pathway lit
    "nerve": "#1a1a1a",  # nerves are dark lines; lit ones turn vermillion
}
SKIN, SKIN_LINE = "#f3d9c6", "#b98f75"
CONTEXT_FILL, CONTEXT_LINE = "#ece6e1", "#cfc3b8"
CHAIN_GREY = "#7a7a7a"
DERMATOME_COLOURS = {  # Okabe-Ito
    "L2": "#E69F00",
    "L3": "#56B4E9",
    "L4": "#009E73",
    "L5": "#CC79A7",
    "S1": "#D55E00",
    "S2": "#0072B2",
}

# Root or nerve: the two territories compared (Okabe-Ito), crossed where both.
COMPARE = {"root": "#009e73", "nerve": "#cc79a7", "both": "#1a1a1a"}
COMPARE_VARS = {"root": "root", "nerve-skin": "nerve"}  # CSS variable -> colour

# The referral matrix, from "not reached" to "where the trouble sits": one hue,
# light to dark (ColorBrewer Blues), readable without colour vision.
MATRIX = ("#f2f2f2", "#c6dbef", "#6baed6", "#2171b5", "#08306b")


def css() -> str:
    """assets/palette.css: the state colours as CSS custom properties."""
    lines = [f"  --{name}: {value};" for name, value in STATES.items()]
    lines += [f"  --{name}: {COMPARE[key]};" for name, key in COMPARE_VARS.items()]
    return (
        "/* Written by `make drawing` from viz/palette.py: edit the colours there. */\n"
        ":root {\n" + "\n".join(lines) + "\n}\n"
    )
