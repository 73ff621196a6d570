"""Map state colours stay apart for colour-blind readers, and never stand alone."""

import itertools
import re
from pathlib import Path

import pytest

from viz.palette import MATRIX, STATES, css, variables

ROOT = Path(__file__).resolve().parent.parent
CSS = (ROOT / "assets" / "radiate.css").read_text()

# Machado, Oliveira & Fernandes 2009, severity 1.0, applied to linear RGB.
SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
MIN_DELTA_E = 20  # CIE76; about the difference between clearly named colours


def colour(name: str) -> tuple[float, float, float]:
    value = STATES[name].lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))


def linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def lab(rgb_linear) -> tuple[float, float, float]:
    r, g, b = (min(max(c, 0), 1) for c in rgb_linear)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def seen(name: str, matrix) -> tuple[float, float, float]:
    rgb = [linear(c) for c in colour(name)]
    return lab([sum(m * c for m, c in zip(row, rgb, strict=True)) for row in matrix])


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_state_colours_differ_for_every_kind_of_vision(vision):
    matrix = SIMULATIONS[vision]
    for a, b in itertools.combinations(STATES, 2):
        delta = (
            sum(
                (p - q) ** 2
                for p, q in zip(seen(a, matrix), seen(b, matrix), strict=True)
            )
            ** 0.5
        )
        assert delta >= MIN_DELTA_E, (
            f"{a} and {b} look alike in {vision}: ΔE {delta:.1f}"
        )


@pytest.mark.parametrize(
    "rule",
    [
        r'\[aria-pressed="true"\] \{\s*fill: url\(#pattern-selected\)',
        r"\.is-typical \{\s*fill: url\(#pattern-typical\)[^}]*stroke-dasharray",
        r"\[data-dermatome\]\.is-highlighted \{\s*fill: url\(#pattern-highlight\)",
        r"\[data-nerve\]\.is-highlighted \{[^}]*stroke-dasharray",
    ],
)
def test_each_state_has_a_texture_or_line_style_besides_colour(rule):
    assert re.search(rule, CSS)


def test_the_page_gets_the_palette_the_drawing_uses():
    """assets/palette.css is what `python -m viz.palette` (and `make drawing`)
    writes from viz/palette.py; the stylesheet defines none of these colours
    itself."""
    assert (ROOT / "assets" / "palette.css").read_text() == css()
    assert not any(re.search(rf"--{name}:\s*\S", CSS) for name in variables())


# A colour written as a value: #rgb, #rrggbb (with or without alpha), rgb(), rgba().
COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|\brgba?\(")
ONLY_VAR = sorted(
    {*ROOT.glob("assets/*.css"), *ROOT.glob("viz/drawing/*.py")}
    - {ROOT / "assets" / "palette.css"}
) + [ROOT / "viz" / "map_figures.py"]


@pytest.mark.parametrize("path", ONLY_VAR, ids=lambda p: str(p.relative_to(ROOT)))
def test_colours_are_written_only_in_the_palette(path):
    found = [
        f"line {n}: {m.group()}"
        for n, line in enumerate(path.read_text().splitlines(), 1)
        for m in COLOUR.finditer(line)
    ]
    assert not found, f"use a colour of viz/palette.py instead: {found}"


def test_every_colour_variable_the_stylesheets_use_is_in_the_palette():
    used = {
        m
        for path in ROOT.glob("assets/*.css")
        for m in re.findall(r"var\(--([a-z-]+)", path.read_text())
    }
    assert used - {"fill", "fit-h", "map-h", "flags-h"} <= set(variables())


MIN_LIGHTNESS_STEP = 15  # CIE L*: the matrix's shades are told apart by lightness


def lightness(value: str, matrix) -> float:
    rgb = [linear(int(value.lstrip("#")[i : i + 2], 16) / 255) for i in (0, 2, 4)]
    return lab([sum(m * c for m, c in zip(row, rgb, strict=True)) for row in matrix])[0]


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_matrix_shades_differ_in_lightness_for_every_kind_of_vision(vision):
    """Every two of the referral matrix's shades (not reached .. where the trouble
    sits) stay MIN_LIGHTNESS_STEP apart in L*, as each kind of vision sees them."""
    shades = {how: lightness(c, SIMULATIONS[vision]) for how, c in MATRIX.items()}
    for a, b in itertools.combinations(shades, 2):
        step = abs(shades[a] - shades[b])
        assert step >= MIN_LIGHTNESS_STEP, (
            f"{a} and {b} look alike in {vision}: ΔL* {step:.1f}"
        )
    # strongest reach darkest
    assert list(shades) == sorted(shades, key=shades.get, reverse=True)
