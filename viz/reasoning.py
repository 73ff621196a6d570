"""Referred-pain reasoning: where it hurts and how it feels in, ranked sources out.

Pure Python: no Dash, no I/O. Every number comes from data/weights.yaml.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from viz.knowledge import KnowledgeBase
from viz.models import (
    ChainPathway,
    Condition,
    DermatomePathway,
    NervePathway,
    Pathway,
    RedFlag,
)

LEVELS = ("emergency", "urgent", "see_clinician")  # most urgent first


@dataclass(frozen=True)
class PathwayMatch:
    """One structure that carries the pain: a nerve, dermatome, chain link or vessel."""

    kind: str
    id: str
    regions: tuple[str, ...]
    start: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A condition ranked as a possible source, with why it was ranked so."""

    condition: str
    score: float
    explains: tuple[str, ...]
    unexplained: tuple[str, ...]
    pathways: tuple[PathwayMatch, ...]
    supporting: tuple[str, ...]
    against: tuple[str, ...]
    red_flags: tuple[str, ...]


@dataclass(frozen=True)
class Assessment:
    """The ranked candidates and the warning signs raised by one selection."""

    candidates: tuple[Candidate, ...]
    red_flags: tuple[RedFlag, ...]

    @property
    def level(self) -> str | None:
        """The most urgent level among the raised red flags, if any."""
        return self.red_flags[0].level if self.red_flags else None


def known(ids: Iterable[object], catalogue: dict) -> tuple[str, ...]:
    """The ids that exist in a catalogue, in given order, without repeats."""
    seen: dict[str, None] = {}
    for item in ids:
        if isinstance(item, str) and item in catalogue:
            seen.setdefault(item)
    return tuple(seen)


def raised_red_flags(kb: KnowledgeBase, symptoms: Iterable[str]) -> tuple[RedFlag, ...]:
    """Red-flag rules whose symptoms are all ticked, most urgent first."""
    ticked = set(symptoms)
    raised = [f for f in kb.red_flags.values() if set(f.when_all) <= ticked]
    return tuple(sorted(raised, key=lambda f: LEVELS.index(f.level)))


def assess(
    kb: KnowledgeBase, regions: Iterable[str], symptoms: Iterable[str]
) -> Assessment:
    """Rank candidate sources and raise red flags for one selection."""
    regions, symptoms = known(regions, kb.regions), known(symptoms, kb.symptoms)
    flags = raised_red_flags(kb, symptoms)
    return Assessment(candidate_sources(kb, regions, symptoms, flags), flags)


def candidate_sources(
    kb: KnowledgeBase,
    regions: tuple[str, ...],
    symptoms: tuple[str, ...],
    flags: tuple[RedFlag, ...] = (),
) -> tuple[Candidate, ...]:
    """Every condition that explains something, best first."""
    if not regions and not symptoms:
        return ()
    floor, miss = kb.weights.shown_above.value, kb.weights.region_unexplained.value
    scored = []
    for order, c in enumerate(kb.conditions.values()):
        by_region, by_symptom = _evidence_weights(kb, c.id)
        score = c.prior + sum(by_region.get(r, miss) for r in regions)
        score += sum(by_symptom.get(s, 0.0) for s in symptoms)
        explains = [r for r in regions if r in by_region]
        supporting = [s for s in symptoms if by_symptom.get(s, 0.0) > 0]
        if score > floor and (explains or supporting):
            scored.append((-round(score, 3), order, c))
    raised = {f.id for f in flags}
    return tuple(
        _candidate(kb, c, -neg, regions, symptoms, raised)
        for neg, _, c in sorted(scored, key=lambda t: t[:2])
    )


@cache
def _evidence_weights(kb: KnowledgeBase, condition_id: str) -> tuple[dict, dict]:
    """What each region and each symptom adds to a condition's score."""
    w, c = kb.weights, kb.conditions[condition_id]
    per_kind = {
        "source": w.region_source.value,
        "typical": w.region_typical.value,
        "pathway": w.region_on_pathway.value,
    }
    by_region = {r: per_kind[how] for r, how in kb.reach[condition_id].items()}
    by_symptom = {e.symptom: getattr(w, e.strength).value for e in c.supports}
    for e in c.against:
        by_symptom[e.symptom] = (
            by_symptom.get(e.symptom, 0.0)
            + getattr(w, e.strength).value * w.against_factor.value
        )
    return by_region, by_symptom


def _candidate(
    kb: KnowledgeBase,
    c: Condition,
    score: float,
    regions: tuple[str, ...],
    symptoms: tuple[str, ...],
    raised: set,
) -> Candidate:
    how = kb.reach[c.id]
    ticked = set(symptoms)
    return Candidate(
        condition=c.id,
        score=score,
        explains=tuple(r for r in regions if r in how),
        unexplained=tuple(r for r in regions if r not in how),
        pathways=pathway_matches(kb, c, regions),
        supporting=tuple(e.symptom for e in c.supports if e.symptom in ticked),
        against=tuple(e.symptom for e in c.against if e.symptom in ticked),
        red_flags=tuple(f for f in c.red_flags if f in raised),
    )


def pathway_matches(
    kb: KnowledgeBase, c: Condition, regions: tuple[str, ...]
) -> tuple[PathwayMatch, ...]:
    """The structures that join the condition to the selected regions.

    With no region selected (showing where a condition typically hurts), every
    structure of its pathways is returned with all the regions it reaches.
    """
    matches = _condition_structures(kb, c.id)
    if not regions:
        return tuple(matches)
    kept = []
    for m in matches:
        hit = tuple(r for r in regions if r in m.regions)
        if hit:
            kept.append(PathwayMatch(m.kind, m.id, hit, m.start))
    return tuple(kept)


@cache
def _condition_structures(
    kb: KnowledgeBase, condition_id: str
) -> tuple[PathwayMatch, ...]:
    """All structures of a condition's pathways; they do not depend on the selection."""
    pathways = kb.conditions[condition_id].pathways
    return tuple(m for p in pathways for m in _structures(kb, p))


def _structures(kb: KnowledgeBase, pathway: Pathway) -> list[PathwayMatch]:
    """Split a pathway into its drawable structures, each with regions it reaches."""
    if isinstance(pathway, NervePathway):
        nerves = kb.branches(pathway.nerve)
        reached = kb.nerve_regions(nerves[0], pathway.site)
        if pathway.site is not None:
            reached.add(kb.sites[pathway.site][1].region)
        first = PathwayMatch("nerve", nerves[0], _ordered(kb, reached), pathway.site)
        rest = [
            PathwayMatch("nerve", n, _ordered(kb, kb.own_regions(n)))
            for n in nerves[1:]
        ]
        return [first, *rest]
    if isinstance(pathway, DermatomePathway):
        return [
            PathwayMatch("dermatome", d, tuple(kb.dermatomes[d].regions))
            for d in pathway.dermatomes
        ]
    if isinstance(pathway, ChainPathway):
        return [
            PathwayMatch("chain", link, _ordered(kb, kb.link_regions(link)))
            for link in pathway.links
        ]
    vessel = kb.vessels[pathway.vessel]
    return [PathwayMatch("vessel", vessel.id, tuple(vessel.regions))]


def _ordered(kb: KnowledgeBase, regions: set[str]) -> tuple[str, ...]:
    return tuple(r for r in kb.regions if r in regions)
