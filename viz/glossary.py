"""Glossary terms: explained where they first appear, on tap or focus."""

import re

from dash import html
from dash.development.base_component import Component as Element

from viz import ids
from viz.knowledge import KnowledgeBase, per_knowledge_base


@per_knowledge_base
def _pattern(kb: KnowledgeBase) -> re.Pattern:
    forms = sorted(
        (m for t in kb.glossary.values() for m in t.matches), key=len, reverse=True
    )
    return re.compile(
        r"\b(" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE
    )


@per_knowledge_base
def _term_of(kb: KnowledgeBase) -> dict[str, str]:
    return {m.lower(): t.id for t in kb.glossary.values() for m in t.matches}


def term_button(kb: KnowledgeBase, term_id: str, shown: str) -> Element:
    """A word that shows its definition while focused, tapped or hovered."""
    definition = kb.glossary[term_id].definition.patient
    return html.Button(
        [shown, html.Span(definition, className="term-tip", role="tooltip")],
        type="button",
        className="term",
        **{"data-term": term_id},
    )


def with_terms(kb: KnowledgeBase, text: str, seen: set[str]) -> list:
    """Text split so the first use of each glossary term explains itself."""
    parts: list = []
    last = 0
    for match in _pattern(kb).finditer(text):
        term_id = _term_of(kb)[match.group(0).lower()]
        if term_id in seen:
            continue
        seen.add(term_id)
        parts += [text[last : match.start()], term_button(kb, term_id, match.group(0))]
        last = match.end()
    return [p for p in [*parts, text[last:]] if p != ""]


def glossary_list(kb: KnowledgeBase) -> Element:
    """Every term with its definition, for reading in one place and in print."""
    return html.Details(
        [
            html.Summary(kb.ui.glossary_heading),
            html.Dl(
                [
                    item
                    for t in kb.glossary.values()
                    for item in (html.Dt(t.term), html.Dd(t.definition.patient))
                ]
            ),
        ],
        className="glossary",
        id=ids.GLOSSARY,
    )
