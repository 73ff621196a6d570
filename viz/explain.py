"""Builders for the results column: ranked candidates, the explanation, red flags."""

from dash import html

from viz.glossary import with_terms
from viz.knowledge import KnowledgeBase
from viz.models import Text
from viz.reasoning import Candidate, PathwayMatch


def region_names(kb: KnowledgeBase, ids: tuple[str, ...]) -> str:
    """A readable list of region names."""
    return ", ".join(kb.regions[r].name for r in ids)


def cite(kb: KnowledgeBase, source_id: str) -> html.Cite:
    """The 'From: <section>' line naming where a text comes from."""
    return html.Cite(
        f"{kb.ui.section} {kb.source_title(source_id)}", className="source"
    )


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


def candidate_items(
    kb: KnowledgeBase, candidates: tuple[Candidate, ...], shown: str | None
):
    """One list item per candidate, best first, each a button that shows its detail."""
    return [
        html.Li(
            html.Button(
                [
                    html.Span(
                        voiced(
                            kb.conditions[c.condition].name,
                            kb.conditions[c.condition].clinician_name,
                        ),
                        className="name",
                    ),
                    html.Span(
                        f"{kb.ui.explains} {region_names(kb, c.explains)}",
                        className="explains",
                    )
                    if c.explains
                    else None,
                ],
                type="button",
                className="candidate-button",
                **{
                    "aria-current": "true" if c.condition == shown else "false",
                    "data-choose": c.condition,
                },
            ),
            className="candidate" + (" is-shown" if c.condition == shown else ""),
            **{
                "data-condition": c.condition,
                "data-explains": " ".join(c.explains),
                "data-score": str(c.score),
            },
        )
        for c in candidates
    ]


def pathway_line(kb: KnowledgeBase, m: PathwayMatch) -> html.Li:
    """One sentence naming a structure that carries the pain, with its source."""
    ui, regions = kb.ui, region_names(kb, m.regions)
    if m.kind == "nerve":
        nerve = kb.nerves[m.id]
        start = (
            kb.sites[m.start][1].name if m.start else kb.regions[nerve.course[0]].name
        )
        line, source = (
            ui.nerve_path.format(nerve=nerve.name, start=start, regions=regions),
            nerve.description.source,
        )
    elif m.kind == "dermatome":
        line = ui.dermatome_path.format(dermatomes=m.id, regions=regions)
        source = kb.dermatomes[m.id].note.source
    elif m.kind == "chain":
        link = kb.links[m.id]
        name = f"{kb.segments[link.upper].name} – {kb.segments[link.lower].name}"
        line = ui.chain_path.format(link=name, text=link.how_faults_travel.patient)
        source = link.how_faults_travel.source
    else:
        vessel = kb.vessels[m.id]
        line, source = (
            ui.vessel_path.format(vessel=vessel.name, regions=regions),
            vessel.source,
        )
    return html.Li(
        [html.Span(line), " ", cite(kb, source)],
        className=f"pathway pathway-{m.kind}",
        **{f"data-{m.kind}": m.id},
    )


def explanation(
    kb: KnowledgeBase, condition_id: str, candidate: Candidate | None
) -> list:
    """The detail of one condition: what, how, what else, first steps."""
    c, ui = kb.conditions[condition_id], kb.ui
    pathways = candidate.pathways if candidate else ()
    seen: set[str] = set()
    section = [
        html.H2(voiced(c.name, c.clinician_name), id="explanation-title"),
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
                    f"{ui.typical} {region_names(kb, tuple(c.typical_regions))}",
                    className="typical",
                ),
            ]
        ),
    ]
    if candidate and (candidate.supporting or candidate.against):
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


def _evidence(kb: KnowledgeBase, c, candidate: Candidate) -> html.Section:
    def items(evidence, ticked):
        return html.Ul(
            [
                html.Li(f"{kb.symptoms[e.symptom].label}: {e.why}")
                for e in evidence
                if e.symptom in ticked
            ]
        )

    parts = [html.H3(kb.ui.supports), items(c.supports, candidate.supporting)]
    if candidate.against:
        parts += [html.H3(kb.ui.against), items(c.against, candidate.against)]
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
                        html.Span(
                            getattr(kb.ui, f"level_{f.level}"), className="level"
                        ),
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
    """The printed page's summary of the leading candidates, with their sources."""
    if not candidates:
        return []
    items = []
    for c in candidates[:count]:
        condition = kb.conditions[c.condition]
        sources = {
            condition.what_it_is.source,
            condition.how_it_refers.source,
            *(s.source for s in condition.first_steps),
        }
        items.append(
            html.Li(
                [
                    html.Strong(voiced(condition.name, condition.clinician_name)),
                    html.P(
                        [
                            condition.what_it_is.patient,
                            " ",
                            condition.how_it_refers.patient,
                        ]
                    ),
                    html.P(
                        [
                            html.Em(f"{kb.ui.first_steps}: "),
                            " ".join(s.patient for s in condition.first_steps),
                        ]
                    ),
                    html.P(
                        f"{kb.ui.section} "
                        + "; ".join(sorted(kb.source_title(s) for s in sources)),
                        className="source",
                    ),
                ]
            )
        )
    return [html.H2(kb.ui.handout_heading), html.Ol(items)]
