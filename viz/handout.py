"""The printed handout a patient keeps: what was chosen, in words; the warning
signs to watch for, those raised first; the leading candidates; and the way
back to this view (its address and QR code) with the date it was made.

The QR code is an image of its own (viz/qr_route.py), drawn when the page asks
for it: the answer to a tap carries only its address."""

from datetime import date

from dash import html
from dash.development.base_component import Component as Element

from viz.explain import handout, joined, level_word, title
from viz.knowledge import KnowledgeBase
from viz.models import RedFlag
from viz.reasoning import Candidate
from viz.urlstate import PageState, to_query

# The QR code of a page's share link, as an SVG image: this path and the page's
# query (viz/qr_route.py serves it).
QR_PATH = "/qr.svg"

# The levels every handout lists to watch for, each with what to do; a
# see-a-clinician rule is printed only when it is raised.
WATCHED = ("emergency", "urgent")


def handout_page(
    kb: KnowledgeBase,
    state: PageState,
    candidates: tuple[Candidate, ...],
    raised: tuple[RedFlag, ...],
    url: str,
    made: date,
    compared: str = "",
) -> list[Element]:
    """The handout for a state: the way back, the selection, the warnings, the
    candidates (`compared`: "Root or nerve?" in words, when both are chosen)."""
    return [
        way_back(kb, url, qr_src(state), made),
        html.Div(
            [
                chosen(kb, state, compared),
                html.Section(warning_signs(kb, raised), className="handout-warnings"),
                html.Section(
                    handout(kb, candidates, room(raised)),
                    className="handout-candidates",
                ),
            ],
            className="handout-body",
        ),
    ]


def room(raised: tuple[RedFlag, ...]) -> int:
    """How many candidates the page has room for beside the warnings raised:
    each raised warning takes about a third of a candidate's space."""
    return max(1, 3 - (len(raised) + 1) // 3)


def qr_src(state: PageState) -> str:
    """The address of the QR code of a state's share link."""
    return QR_PATH + to_query(state)


def way_back(kb: KnowledgeBase, url: str, qr: str, made: date) -> Element:
    """The QR code and address that reopen this view, and the day it was made.
    The image is fetched with the page, though only print shows it, so that
    printing never waits for it."""
    return html.Div(
        [
            html.Img(src=qr, alt=url, className="handout-qr"),
            html.P([kb.ui.handout_reopen, " ", html.A(url, href=url)]),
            html.P(
                kb.ui.handout_made.format(date=made.isoformat()),
                className="handout-date",
            ),
        ],
        className="handout-way-back",
    )


def chosen(kb: KnowledgeBase, state: PageState, compared: str) -> Element:
    """The areas selected and the findings ticked, in words."""
    ui = kb.ui
    side = ui.side_word_right if state.side == "right" else ui.side_word_left
    areas = kb.region_names(kb.ordered(state.areas)) or ui.compare_nothing
    findings = [kb.symptoms[s].label for s in state.symptoms if s in kb.symptoms]
    lines = [
        (ui.handout_areas.format(side=side.lower()), areas, "handout-areas"),
        (ui.symptoms_heading, "; ".join(findings) or ui.handout_no_findings, ""),
    ]
    paragraphs = [
        html.P([html.Strong(f"{label}: "), words], className=name or None)
        for label, words, name in lines
    ]
    if compared:
        paragraphs.append(html.P(compared, className="handout-compared"))
    return html.Div(paragraphs, className="handout-chosen")


def warning_signs(kb: KnowledgeBase, raised: tuple[RedFlag, ...]) -> list[Element]:
    """The warnings raised, marked and first, then the emergency and urgent
    signs to watch for by their short titles, with what to do; then the
    sources of all of them, cited once."""
    ui = kb.ui
    marked: list[Element] = [
        html.Li(
            [
                html.Strong(f"{ui.handout_raised}: ", className="mark"),
                html.Strong(f"{level_word(kb, f.level)}. {f.title}."),
                " ",
                f.what_to_do.patient,
            ],
            className=f"raised level-{f.level}",
        )
        for f in raised
    ]
    items: list[Element] = []
    shown = {f.id for f in raised}
    watched = [
        f for f in kb.red_flags.values() if f.level in WATCHED and f.id not in shown
    ]
    todo = {"emergency": ui.handout_watch_emergency, "urgent": ui.handout_watch_urgent}
    for level in WATCHED:
        titles = [f.title for f in watched if f.level == level]
        if titles:
            items.append(
                html.Li(
                    [html.Strong(f"{todo[level]} "), "; ".join(titles), "."],
                    className=f"watch level-{level}",
                )
            )
    cited = {f.what_to_do.source for f in (*raised, *watched)}
    sources = sorted(cited, key=kb.source_title)
    return [
        html.H2(ui.handout_watch_heading),
        *([html.Ul(marked, className="raised-now")] if marked else []),
        html.Ul(items),
        html.P(
            [f"{ui.section} ", *joined([title(kb, s) for s in sources], "; ")],
            className="source",
        ),
    ]
