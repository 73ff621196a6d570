"""The referral matrix drawn as a plotly heatmap, sized so that every row and
column keeps its name on any screen; the names in the page's voice.

The figure is written as plotly.js reads it (a dict of data and layout), with
no template: nothing for Python's plotly to check or fill in, and the smallest
answer for the page."""

import textwrap
from typing import Any

from viz.knowledge import KnowledgeBase
from viz.matrix import HOW, pathways, referral_matrix
from viz.palette import MATRIX
from viz.urlstate import PageState


def how_words(kb: KnowledgeBase) -> dict[str, str]:
    """Each cell value in words."""
    ui = kb.ui
    words = {
        "source": ui.how_source,
        "typical": ui.how_typical,
        "pathway": ui.how_pathway,
        "chain": ui.how_chain,
        "none": ui.how_none,
    }
    return {how: words[how] for how in HOW}


def upper_first(text: str) -> str:
    """A name as a label starts: its first letter in capitals, the rest kept."""
    return text[:1].upper() + text[1:]


def labels(kb: KnowledgeBase, state: PageState) -> tuple[list[str], list[str]]:
    """Row and column names in the state's voice; the selected areas marked."""
    clinician = state.voice == "clinician"
    rows = [
        (r.anatomical if clinician else r.name)
        + (f" ({kb.ui.matrix_your_area})" if r.id in state.areas else "")
        for r in kb.regions.values()
    ]
    columns = [
        c.clinician_name if clinician else c.name for c in kb.conditions.values()
    ]
    return rows, columns


# The heatmap's geometry: fixed pixels per row and a least width per column, so
# every row and column keeps its label at any screen size; a narrower screen
# scrolls the heatmap sideways with the row names held in view (assets/matrix.js).
ROW_PX, COLUMN_MIN_PX, FONT_PX = 26, 20, 12
CHAR_PX = 0.58 * FONT_PX  # a generous average width of a character
ROW_CHARS, ROW_LINES, COLUMN_CHARS = 22, 2, 46  # a column's name stands on end


def tick(name: str, width: int, lines: int = 1) -> str:
    """A name wrapped to at most `lines` lines of `width` characters (plotly's
    <br>), cut with an ellipsis beyond; the hover and the table keep it whole."""
    wrapped = textwrap.wrap(name, width) or [""]
    if len(wrapped) > lines:
        last = textwrap.shorten(" ".join(wrapped[lines - 1 :]), width, placeholder="…")
        wrapped = [*wrapped[: lines - 1], last]
    return "<br>".join(wrapped)


def geometry(rows: list[str], columns: list[str]) -> dict[str, int]:
    """Margins from the longest tick label, the height from the rows, the least
    width from the columns."""
    longest = max(len(line) for r in rows for line in r.split("<br>"))
    left = round(longest * CHAR_PX) + 16
    top = round(max(map(len, columns)) * CHAR_PX) + 16
    return {
        "left": left,
        "top": top,
        "height": top + ROW_PX * len(rows) + 8,
        "min_width": left + COLUMN_MIN_PX * len(columns) + 8,
    }


def ticks(kb: KnowledgeBase, state: PageState) -> tuple[list[str], list[str]]:
    """Row and column labels as drawn: wrapped or cut to fit, the selected
    areas in bold."""
    rows, _ = labels(kb, state)
    marked = [r.id in state.areas for r in kb.regions.values()]
    drawn = [tick(r, ROW_CHARS, ROW_LINES) for r in rows]
    drawn = [f"<b>{r}</b>" if m else r for r, m in zip(drawn, marked, strict=True)]
    # a column stands on end: its source by the short name (the hover and the
    # table give it whole), so that no two long names end in the same "…"
    clinician = state.voice == "clinician"
    columns = [
        upper_first(c.clinician_short_name if clinician else c.short_name)
        for c in kb.conditions.values()
    ]
    return drawn, [tick(c, COLUMN_CHARS) for c in columns]


def colour_scale() -> list[list[Any]]:
    """One flat step of MATRIX per level of HOW, weakest (none) at 0."""
    steps = list(reversed(HOW))
    return [
        [bound, MATRIX[how]]
        for k, how in enumerate(steps)
        for bound in (k / len(steps), (k + 1) / len(steps))
    ]


def figure(kb: KnowledgeBase, state: PageState) -> dict[str, Any]:
    """The heatmap: strongest reach darkest; hover in the state's voice with the
    whole names; each cell carries 'region condition' for the tap."""
    frame, named = referral_matrix(kb), pathways(kb)
    rows, columns = labels(kb, state)
    row_ticks, column_ticks = ticks(kb, state)
    words = how_words(kb)
    level = {how: len(HOW) - 1 - i for i, how in enumerate(HOW)}  # none 0 .. source 4
    cells = frame.to_numpy()
    hover = [
        [
            kb.ui.matrix_hover.format(
                region=rows[i],
                condition=columns[j],
                how=words[how],
                pathway=named.iat[i, j],
            )
            for j, how in enumerate(row)
        ]
        for i, row in enumerate(cells)
    ]
    size = geometry(row_ticks, column_ticks)
    heatmap = {
        "type": "heatmap",
        "z": [[level[v] for v in row] for row in cells],
        "text": hover,
        "hoverinfo": "text",
        "customdata": [[f"{r} {c}" for c in frame.columns] for r in frame.index],
        "colorscale": colour_scale(),
        "zmin": -0.5,
        "zmax": len(HOW) - 0.5,
        "showscale": False,  # the key is the list above the heatmap
        "xgap": 2,
        "ygap": 2,
    }
    every = {"tickmode": "array", "fixedrange": True, "showgrid": False}
    layout = {
        "height": size["height"],
        "margin": {"l": size["left"], "r": 8, "t": size["top"], "b": 8},
        "yaxis": {
            **every,
            "tickvals": list(range(len(rows))),
            "ticktext": row_ticks,
            "autorange": "reversed",
            "automargin": True,
        },
        "xaxis": {
            **every,
            "tickvals": list(range(len(columns))),
            "ticktext": column_ticks,
            "side": "top",
            "tickangle": -90,
            "automargin": True,
        },
        "font": {"size": FONT_PX, "family": "system-ui, sans-serif"},
        "hoverlabel": {"font": {"size": 13}},
    }
    return {"data": [heatmap], "layout": layout}
