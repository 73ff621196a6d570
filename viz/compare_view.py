"""Builders of root or nerve in words: the areas only one of the two reaches,
and the examination that tells them apart, for the page and for presenting."""

from typing import Any

from dash import html
from dash.development.base_component import Component as Element

from viz.explain import cite, voiced
from viz.knowledge import KnowledgeBase
from viz.models import Sign

# The parts presented in turn, in order, and the key entry whose swatch marks
# each territory (assets/radiate.css draws it as on the map).
ROOT, NERVE, SIGNS = "root", "nerve", "signs"
SWATCH = {ROOT: "compare-root", NERVE: "compare-nerve", "both": "compare-both"}


def data(name: str, value: str) -> dict[str, Any]:
    """A data-* attribute, as keyword arguments of a component."""
    return {f"data-{name}": value}


def signs_of(kb: KnowledgeBase, root: str, nerve: str) -> list[Sign]:
    """What tells the root's trouble from the nerve's, as the data gives it."""
    return list(kb.nerves[nerve].versus_root.get(root, []))


def step_name(kb: KnowledgeBase, step: str, root: str | None, nerve: str | None) -> str:
    """A part presented, as the Previous and Next buttons name it."""
    if step == ROOT:
        return kb.ui.present_root.format(root=root)
    if step == NERVE and nerve:
        return kb.nerves[nerve].name
    return kb.ui.compare_signs_heading


def compare_signs(kb: KnowledgeBase, root: str, nerve: str) -> list[Element]:
    """The examination that tells them apart, each finding in both voices, cited."""
    signs = signs_of(kb, root, nerve)
    heading = html.H3(kb.ui.compare_signs_heading)
    if not signs:
        return [heading, html.P(kb.ui.compare_signs_none)]
    sources = dict.fromkeys(s.source for s in signs)
    return [
        heading,
        html.Ul(
            [
                html.Li(
                    voiced(s.patient, s.clinician or s.patient), **data("sign", s.id)
                )
                for s in signs
            ],
            className="compare-signs-list",
        ),
        *[cite(kb, source) for source in sources],
    ]


def _swatch(key: str) -> Element:
    return html.Span(className="compare-swatch", **data("key", key))


def _territory(
    kb: KnowledgeBase, step: str, title: str, only: tuple[str, ...], none: str
) -> Element:
    """One territory presented: its pattern, its name, the areas only it
    reaches (all it reaches, when it is not compared)."""
    label = kb.ui.present_only_label if none else kb.ui.present_reaches_label
    return html.Section(
        [
            html.H2([_swatch(SWATCH[step]), html.Span(title)]),
            html.P(label, className="present-only-label"),
            html.P(
                kb.region_names(only) if only else none or kb.ui.compare_nothing,
                className="present-only",
                **data("areas", " ".join(only)),
            ),
        ],
        className="present-step present-territory",
        **data("step", step),
    )


def compare_present(
    kb: KnowledgeBase,
    root: str | None,
    nerve: str | None,
    shown: dict[str, tuple[str, ...]],
    focus: str,
) -> list[Element]:
    """Root or nerve presented in large type: each territory beside the other
    with the areas only it reaches, the areas both reach, then what tells
    them apart; `focus` is the part Previous and Next have reached."""
    ui = kb.ui
    root_only = tuple(r for r in shown["root"] if r not in shown["nerve"])
    nerve_only = tuple(r for r in shown["nerve"] if r not in shown["root"])
    both = tuple(r for r in shown["root"] if r in shown["nerve"])
    nerve_name = kb.nerves[nerve].name if nerve else ""
    cards = []
    # alone, a territory is shown whole (no "only here" to name)
    if root:
        title = ui.present_root.format(root=root)
        none = ui.present_root_none.format(nerve=nerve_name) if nerve else ""
        cards.append(_territory(kb, ROOT, title, root_only, none))
    if nerve:
        none = ui.present_nerve_none.format(root=root) if root else ""
        cards.append(_territory(kb, NERVE, nerve_name, nerve_only, none))
    parts: list[Element] = [html.Div(cards, className="present-territories")]
    if root and nerve:
        parts.append(
            html.P(
                [_swatch(SWATCH["both"]), ui.present_both, " ", kb.region_names(both)]
                if both
                else ui.present_both_none,
                className="present-both",
            )
        )
        parts.append(
            html.Section(
                compare_signs(kb, root, nerve),
                className="present-step present-signs",
                **data("step", SIGNS),
            )
        )
    return [html.Div(parts, className="present-compare", **data("focus", focus))]
