"""Builders for the results column: ranked candidates, the explanation, red flags."""

import json

from dash import html
from dash.development.base_component import Component as Element

from viz import ids
from viz.glossary import with_terms
from viz.i18n import BASE
from viz.knowledge import KnowledgeBase
from viz.models import PathwayMatch, Text
from viz.pathway_text import pathway_sentence
from viz.reasoning import Assessment, Candidate, Edge


def strength_word(kb: KnowledgeBase, strength: str) -> str:
    """How well the selection supports a candidate, in a word."""
    ui = kb.ui
    words = {
        "strong": ui.strength_strong,
        "moderate": ui.strength_moderate,
        "weak": ui.strength_weak,
    }
    return words[strength]


def level_word(kb: KnowledgeBase, level: str) -> str:
    """How urgent a warning is, in words."""
    ui = kb.ui
    words = {
        "emergency": ui.level_emergency,
        "urgent": ui.level_urgent,
        "see_clinician": ui.level_see_clinician,
    }
    return words[level]


def edge_words(kb: KnowledgeBase) -> dict[str, str]:
    """Per kind of edge one candidate has over the next, its sentence."""
    ui = kb.ui
    return {
        "tie": ui.edge_tie,
        "explains": ui.edge_explains,
        "typical": ui.edge_typical,
        "fits": ui.edge_fits,
        "against": ui.edge_against,
        "missing": ui.edge_missing,
        "common": ui.edge_common,
    }


def cite(kb: KnowledgeBase, source_id: str) -> Element:
    """The 'From: <section>' line naming where a text comes from."""
    return html.Cite([f"{kb.ui.section} ", title(kb, source_id)], className="source")


def joined(items: list, separator: str) -> list:
    """Items with a separator between each two, as children of one element."""
    return [
        part
        for i, item in enumerate(items)
        for part in ((separator, item) if i else (item,))
    ]


def title(kb: KnowledgeBase, source_id: str) -> str | Element:
    """A source's title; a published reference keeps its own language and says
    so, the part of it drawn on is in the page's language."""
    source = kb.sources[source_id]
    if source.kind != "reference" or kb.lang == BASE:
        return kb.source_title(source_id)
    published = html.Span(source.title, lang=BASE)
    return html.Span([published, f": {source.topic}"] if source.topic else published)


def text_block(
    kb: KnowledgeBase, text: Text, tag=html.P, seen: set | None = None
) -> list:
    """A text in plain words, its clinical wording, and its source.

    Only one of the two wordings shows at a time, by the voice the reader chose.
    """
    plain = with_terms(kb, text.patient, seen) if seen is not None else text.patient
    if not text.clinician:
        return [tag(plain, className="both-voices"), cite(kb, text.source)]
    return [
        tag(plain, className="patient"),
        tag(text.clinician, className="clinician"),
        cite(kb, text.source),
    ]


def voiced(plain: str, clinical: str, tag=html.Span) -> list:
    """A name in both voices, the reader's choice showing."""
    if plain == clinical:
        return [tag(plain, className="both-voices")]
    return [tag(plain, className="patient"), tag(clinical, className="clinician")]


def symptom_names(kb: KnowledgeBase, ids, joiner: str = ", ") -> str:
    """Symptom labels as they read inside a sentence: each quoted, for a label
    may be a whole clause ('the knee locks, catches or gives way')."""
    labels = (kb.symptoms[s].label for s in ids)
    return joiner.join(
        kb.ui.quoted.format(text=label[:1].lower() + label[1:]) for label in labels
    )


def either(kb: KnowledgeBase, ids) -> str:
    """Symptoms of which any one would do: 'a or b'."""
    return symptom_names(kb, ids, f" {kb.ui.or_word} ")


def condition_name(kb: KnowledgeBase, condition_id: str) -> list:
    """A condition's name in both voices, as it heads a line."""
    c = kb.conditions[condition_id]
    return voiced(c.name, c.clinician_name)


def condition_in_sentence(kb: KnowledgeBase, condition_id: str) -> list:
    """A condition's short name in both voices, as it reads inside a sentence."""
    c = kb.conditions[condition_id]
    return voiced(c.short_name, c.clinician_short_name)


def fill(template: str, key: str, value) -> list:
    """A text pattern with one {key} replaced by components (e.g. a voiced name)."""
    before, _, after = template.partition("{" + key + "}")
    return [before, *(value if isinstance(value, list) else [value]), after]


def strength_badge(kb: KnowledgeBase, strength: str) -> Element:
    """The strength of a candidate in words and as a three-step bar."""
    return html.Span(
        [
            html.Span(className="strength-bar", **{"aria-hidden": "true"}),
            strength_word(kb, strength),
        ],
        className="strength",
        **{"data-strength": strength},
    )


def edge_line(kb: KnowledgeBase, edge: Edge | None) -> Element | None:
    """One line: why a candidate ranks above the next one, or that they are level."""
    if edge is None:
        return None
    if edge.kind in ("explains", "typical"):
        items = kb.region_names(edge.items)
    elif edge.kind == "missing":
        items = either(kb, edge.items)
    else:  # fits, against: ticked findings; tie and common have none
        items = symptom_names(kb, edge.items)
    template = edge_words(kb)[edge.kind].replace("{items}", items)
    return html.P(
        fill(template, "next", condition_in_sentence(kb, edge.next)),
        className=f"edge edge-{edge.kind}",
    )


def candidate_items(kb: KnowledgeBase, result: Assessment, shown: str | None):
    """One list item per candidate, best first, each a button that shows its detail.

    Candidates sharing first place carry the same number and data-tied.
    """
    ui = kb.ui
    items = []
    for rank, (c, edge) in enumerate(zip(result.candidates, result.edges, strict=True)):
        tied = result.tied > 1 and rank < result.tied
        lines = [
            html.Span(condition_name(kb, c.condition), className="name"),
            strength_badge(kb, c.strength),
        ]
        if c.must_not_miss:
            lines.append(html.Span(ui.must_not_miss, className="must-not-miss"))
        if c.explains:
            lines.append(
                html.Span(
                    f"{ui.explains} {kb.region_names(c.explains)}",
                    className="explains",
                )
            )
        if c.unexplained:
            lines.append(
                html.Span(
                    f"{ui.unexplained} {kb.region_names(c.unexplained)}",
                    className="unexplained",
                )
            )
        items.append(
            html.Li(
                [
                    html.Button(
                        lines,
                        type="button",
                        className="candidate-button",
                        **{
                            "aria-current": "true" if c.condition == shown else "false",
                        },
                    ),
                    edge_line(kb, edge),
                ],
                className="candidate" + (" is-shown" if c.condition == shown else ""),
                value="1" if tied else None,
                **{
                    "data-condition": c.condition,
                    "data-set": json.dumps({"condition": c.condition}),
                    "data-explains": " ".join(c.explains),
                    "data-score": str(c.score),
                    "data-strength": c.strength,
                    **({"data-tied": ""} if tied else {}),
                    **({"data-must-not-miss": ""} if c.must_not_miss else {}),
                },
            )
        )
    return items


def verdict(kb: KnowledgeBase, result: Assessment, selected: bool = False) -> list:
    """How sure the ranking is, in words; when unsure, the questions that would help
    and the examinations that tell the leaders apart. With something selected that
    nothing explains, it says so (never the invitation to start)."""
    if not result.candidates:
        if selected:
            return [html.P(kb.ui.nothing_explains, className="verdict-line nothing")]
        return []
    ui, top = kb.ui, result.candidates[0]
    if result.confident:
        head = fill(ui.verdict_best, "name", condition_name(kb, top.condition))
    else:
        head = [ui.verdict_tied if result.tied > 1 else ui.verdict_weak]
    if not result.questions:
        return [html.P(head, className="verdict-line")]
    return [
        html.P(
            [
                html.Strong(head),
                " ",
                html.Span(ui.questions_intro, className="questions-intro"),
            ],
            className="verdict-line",
        ),
        html.Ul(
            [
                html.Li(
                    html.Button(
                        [
                            kb.ui.question_chip.format(
                                symptom=kb.symptoms[q.symptom].chip
                            ),
                            html.Span(
                                f" {kb.symptoms[q.symptom].question}",
                                className="visually-hidden",
                            ),
                        ],
                        type="button",
                        className="ask",
                        title=kb.symptoms[q.symptom].question,
                        **{
                            "data-ask": q.symptom,
                            "data-group": "symptoms",
                            "data-value": q.symptom,
                        },
                    )
                )
                for q in result.questions
            ],
            className="questions",
        ),
        examinations(kb, result.leaders),
    ]


def only_if(kb: KnowledgeBase, result: Assessment) -> list:
    """The dangerous causes that would explain an area but lack every sign that
    would list them: named with what would, so that they inform, not frighten."""
    if not result.only_if:
        return []
    return [
        html.P(kb.ui.only_if_heading),
        html.Ul(
            [
                html.Li(
                    fill(
                        kb.ui.only_if.replace("{findings}", either(kb, o.missing[0])),
                        "name",
                        condition_name(kb, o.condition),
                    ),
                    **{"data-only-if": o.condition},
                )
                for o in result.only_if
            ]
        ),
    ]


def examinations(kb: KnowledgeBase, conditions: tuple[str, ...]) -> Element:
    """What a clinician examines to tell the leading candidates apart, cited."""
    return html.Details(
        [
            html.Summary(kb.ui.examine_heading),
            html.P([kb.ui.examine_article, " ", cite(kb, "seek_evaluation")]),
            html.Ul(
                [
                    html.Li(
                        [
                            html.Strong(condition_name(kb, cid)),
                            *text_block(kb, kb.conditions[cid].examination),
                        ]
                    )
                    for cid in conditions
                ]
            ),
        ],
        className="examine",
    )


def pathway_line(kb: KnowledgeBase, m: PathwayMatch) -> Element:
    """One sentence naming a structure that carries the pain, with its source."""
    line, source = pathway_sentence(kb, m)
    return html.Li(
        [html.Span(line), " ", cite(kb, source)],
        className=f"pathway pathway-{m.kind}",
        **{f"data-{m.kind}": m.id},
    )


def from_references(kb: KnowledgeBase, condition_id: str) -> bool:
    """A look-alike from standard references rather than from the article."""
    source = kb.conditions[condition_id].what_it_is.source
    return kb.sources[source].kind == "reference"


def explanation(
    kb: KnowledgeBase, condition_id: str, candidate: Candidate | None
) -> list:
    """The detail of one condition: what, how, what else, first steps."""
    c, ui = kb.conditions[condition_id], kb.ui
    pathways = candidate.pathways if candidate else ()
    seen: set[str] = set()
    section = [
        html.H2(voiced(c.name, c.clinician_name), id=ids.EXPLANATION_TITLE),
        html.P(ui.from_references, className="from-references")
        if from_references(kb, condition_id)
        else None,
        html.Section(
            [html.H3(ui.what_it_is), *text_block(kb, c.what_it_is, seen=seen)]
        ),
        html.Section(
            [
                html.H3(ui.pathway),
                *text_block(kb, c.how_it_refers, seen=seen),
                html.Ul([pathway_line(kb, m) for m in pathways], className="pathways")
                if pathways
                else html.P(ui.no_pathway),
                html.P(
                    f"{ui.typical} {kb.region_names(tuple(c.typical_regions))}",
                    className="typical",
                ),
            ]
        ),
    ]
    if candidate:
        section.append(_evidence(kb, c, candidate))
    section.append(
        html.Section(
            [
                html.H3(ui.first_steps),
                html.Ul(
                    [
                        html.Li(text_block(kb, step, tag=html.Span))
                        for step in c.first_steps
                    ]
                ),
            ]
        )
    )
    return section


def _evidence(kb: KnowledgeBase, c, candidate: Candidate) -> Element:
    """Why it ranks where it does: its strength, the areas it explains and not,
    the ticked findings for and against it, and what it usually brings."""
    ui = kb.ui

    def items(evidence, ticked):
        return html.Ul(
            [
                html.Li(f"{kb.symptoms[e.symptom].label}: {e.why}")
                for e in evidence
                if e.symptom in ticked
            ]
        )

    parts = [html.H3(ui.why_heading), strength_badge(kb, candidate.strength)]
    if candidate.explains:
        parts.append(html.P(f"{ui.explains} {kb.region_names(candidate.explains)}"))
    if candidate.unexplained:
        parts.append(
            html.P(f"{ui.unexplained} {kb.region_names(candidate.unexplained)}")
        )
    if candidate.supporting:
        parts += [html.H4(ui.supports), items(c.supports, candidate.supporting)]
    if candidate.against:
        parts += [html.H4(ui.against), items(c.against, candidate.against)]
    if candidate.missing:
        missing = [e for e in c.expects if tuple(e.any_of) in candidate.missing]
        parts += [
            html.H4(ui.missing),
            html.Ul([html.Li(f"{either(kb, e.any_of)}: {e.why}") for e in missing]),
        ]
    return html.Section(parts, className="evidence")


def red_flag_panel(kb: KnowledgeBase, flags) -> list:
    """The warning signs raised, most urgent first, each with what to do."""
    return [
        html.H2(kb.ui.red_flags_heading),
        html.Button(
            kb.ui.flags_less,
            type="button",
            className="flags-toggle",
            **{
                "aria-expanded": "true",
                "data-more": kb.ui.flags_more,
                "data-less": kb.ui.flags_less,
            },
        ),
        html.Ul(
            [
                html.Li(
                    [
                        html.Span(level_word(kb, f.level), className="level"),
                        " ",
                        html.Strong(f.title),
                        " ",
                        html.Span(f.what_to_do.patient),
                        " ",
                        cite(kb, f.what_to_do.source),
                    ],
                    className=f"flag level-{f.level}",
                    **{"data-flag-level": f.level, "data-flag": f.id},
                )
                for f in flags
            ]
        ),
    ]


def handout(
    kb: KnowledgeBase, candidates: tuple[Candidate, ...], count: int = 3
) -> list:
    """The printed page's summary of the leading candidates: what each is and
    the first steps, with their sources (how it refers is left to the page)."""
    if not candidates:
        return []
    items = []
    for c in candidates[:count]:
        condition = kb.conditions[c.condition]
        sources = {
            condition.what_it_is.source,
            *(s.source for s in condition.first_steps),
        }
        items.append(
            html.Li(
                [
                    html.Strong(voiced(condition.name, condition.clinician_name)),
                    " ",
                    strength_badge(kb, c.strength),
                    html.P(condition.what_it_is.patient),
                    html.P(
                        [
                            html.Em(f"{kb.ui.first_steps}: "),
                            " ".join(s.patient for s in condition.first_steps),
                        ]
                    ),
                    html.P(
                        [
                            f"{kb.ui.section} ",
                            *joined(
                                [
                                    title(kb, s)
                                    for s in sorted(sources, key=kb.source_title)
                                ],
                                "; ",
                            ),
                        ],
                        className="source",
                    ),
                ]
            )
        )
    return [html.H2(kb.ui.handout_heading), html.Ol(items)]
