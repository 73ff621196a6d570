"""Referred-pain reasoning: where it hurts and how it feels in, ranked sources out.

Pure Python: no Dash, no I/O. Every number comes from data/weights.yaml.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from viz.knowledge import KnowledgeBase, per_knowledge_base
from viz.models import Condition, PathwayMatch, RedFlag

LEVELS = ("emergency", "urgent", "see_clinician")  # most urgent first


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
    strength: str = "weak"
    # Groups of findings it nearly always brings, none of them ticked.
    missing: tuple[tuple[str, ...], ...] = ()
    # Selected areas that are where it typically hurts or where it starts.
    specific: tuple[str, ...] = ()
    # Dangerous if missed: first among equals (data-must-not-miss).
    must_not_miss: bool = False


@dataclass(frozen=True)
class Edge:
    """Why a candidate ranks above the next one: the first difference that tells.

    kind is one of: tie (as likely as the next), explains (areas the next cannot
    reach), typical (areas where it typically hurts, the next only reaches
    them), fits (ticked findings for it and not the next), against (findings
    against the next), missing (the next lacks what it usually brings),
    common (only its head start differs).
    """

    kind: str
    next: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    """A finding not yet ticked whose answer would reorder the leading candidates."""

    symptom: str
    favours: tuple[str, ...]
    separation: float


@dataclass(frozen=True)
class OnlyIf:
    """A dangerous condition left off the list for want of its hallmarks."""

    condition: str
    missing: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Assessment:
    """The ranked candidates and the warning signs raised by one selection."""

    candidates: tuple[Candidate, ...]
    red_flags: tuple[RedFlag, ...]
    # How many candidates share first place (within the tie margin).
    tied: int = 0
    edges: tuple[Edge | None, ...] = ()
    questions: tuple[Question, ...] = ()
    # Must-not-miss conditions that reach a selected area where they typically
    # hurt but lack their hallmarks: not ranked, named with what would list them.
    only_if: tuple["OnlyIf", ...] = ()

    @property
    def level(self) -> str | None:
        """The most urgent level among the raised red flags, if any."""
        return self.red_flags[0].level if self.red_flags else None

    @property
    def leaders(self) -> tuple[str, ...]:
        """The candidates the questions compare (see leading)."""
        return leading(self.candidates, self.tied)

    @property
    def confident(self) -> bool:
        """One candidate leads alone, and not weakly: a headline may name it."""
        return (
            bool(self.candidates)
            and self.tied == 1
            and self.candidates[0].strength != "weak"
        )


def known(ids: Iterable[object], catalogue: dict) -> tuple[str, ...]:
    """The ids that exist in a catalogue, in given order, without repeats."""
    seen: dict[str, None] = {}
    for item in ids:
        if isinstance(item, str) and item in catalogue:
            seen.setdefault(item)
    return tuple(seen)


def raised_red_flags(
    kb: KnowledgeBase, symptoms: Iterable[str], regions: Iterable[str] = ()
) -> tuple[RedFlag, ...]:
    """Warning rules the whole picture meets, most urgent first (then by id).

    A rule reads the findings ticked (all of, one of each group), where it hurts
    (one of its areas, or no area said) and one leg or both; a rule whose message
    a raised, more urgent rule already gives (superseded_by) is left out.
    """
    ticked, areas = set(symptoms), set(regions)
    both = "both_legs" in ticked

    def meets(f: RedFlag) -> bool:
        return (
            set(f.all_of) <= ticked
            and all(ticked & set(group) for group in f.any_of)
            and not ticked & set(f.none_of)
            and (
                not f.areas_any
                or bool(areas & set(f.areas_any))
                or (not areas and f.when_no_area)
            )
            and (f.legs == "either" or (f.legs == "both") == both)
        )

    met = {f.id for f in kb.red_flags.values() if meets(f)}
    raised = [
        f
        for f in kb.red_flags.values()
        if f.id in met and not met & set(f.superseded_by)
    ]
    return tuple(sorted(raised, key=lambda f: (LEVELS.index(f.level), f.id)))


def assess(
    kb: KnowledgeBase, regions: Iterable[str], symptoms: Iterable[str]
) -> Assessment:
    """Rank candidate sources and raise red flags for one selection."""
    regions, symptoms = known(regions, kb.regions), known(symptoms, kb.symptoms)
    flags = raised_red_flags(kb, symptoms, regions)
    candidates, only_if = candidate_sources(kb, regions, symptoms, flags)
    tied = tied_at_top(kb, candidates)
    return Assessment(
        candidates,
        flags,
        tied=tied,
        edges=tuple(
            edge(kb, c, candidates[i + 1] if i + 1 < len(candidates) else None)
            for i, c in enumerate(candidates)
        ),
        questions=questions(kb, candidates, symptoms, tied, regions),
        only_if=only_if,
    )


def leading(candidates: tuple[Candidate, ...], tied: int) -> tuple[str, ...]:
    """The tied leaders among themselves; a lone leader against the next one."""
    return tuple(c.condition for c in candidates[: tied if tied > 1 else 2])


def tied_at_top(kb: KnowledgeBase, candidates: tuple[Candidate, ...]) -> int:
    """How many candidates are as likely as the first, within the tie margin."""
    if not candidates:
        return 0
    margin = kb.weights.tie_margin.value
    return sum(1 for c in candidates if candidates[0].score - c.score < margin)


def strength(kb: KnowledgeBase, score: float, specific: int, missing: bool) -> str:
    """Strong, moderate or weak, by the thresholds in weights.yaml.

    Strong needs a high score built from at least two specific pieces of
    evidence (an area where it typically hurts, a finding that points to it);
    a condition missing what it nearly always brings is weak whatever its score.
    """
    w = kb.weights
    if missing:
        return "weak"
    if score >= w.strong_above.value and specific >= w.strong_needs.value:
        return "strong"
    return "moderate" if score >= w.moderate_above.value else "weak"


def candidate_sources(
    kb: KnowledgeBase,
    regions: tuple[str, ...],
    symptoms: tuple[str, ...],
    flags: tuple[RedFlag, ...] = (),
) -> tuple[tuple[Candidate, ...], tuple[OnlyIf, ...]]:
    """Every condition that explains a selected area (or, with no area, a ticked
    finding), best first; and the dangerous ones left off for want of their
    hallmarks.

    Order: score; among candidates as likely as each other (within the tie
    margin of the first of them), a must-not-miss one first; then the one with
    more specific areas, then the id. The order of the files never decides.

    When nothing clears the floor although areas are selected, the conditions
    that typically hurt there are listed all the same, weak, with what they lack:
    a single tap always says what usually hurts there.
    """
    if not regions and not symptoms:
        return (), ()
    w = kb.weights
    floor, unexplained = w.shown_above.value, w.region_unexplained.value
    ticked, areas = set(symptoms), set(regions)
    scored, fallback, only_if = [], [], []
    for c, by_region, by_symptom, specific_areas in _profiles(kb):
        explains = [r for r in regions if r in by_region]
        if not explains and not any(by_symptom.get(s, 0.0) > 0 for s in ticked):
            continue
        missing = _unmet(c, ticked, areas, len(explains))
        specific = not specific_areas.isdisjoint(areas)
        if c.must_not_miss and missing:
            if specific:
                only_if.append(OnlyIf(c.id, missing))
            continue
        evidence = c.prior + sum(by_region.get(r, unexplained) for r in regions)
        evidence += sum(by_symptom.get(s, 0.0) for s in ticked)
        score = evidence + w.expected_missing.value * len(missing)
        if score > floor and (explains or not regions):
            scored.append((round(score, 3), c, missing))
        elif specific and evidence > floor:
            fallback.append((round(score, 3), c, missing))
    scored = scored or fallback
    raised = {f.id for f in flags}
    candidates = [
        _candidate(kb, c, score, regions, symptoms, raised, missing)
        for score, c, missing in scored
    ]
    return _ordered(kb, candidates), tuple(sorted(only_if, key=lambda o: o.condition))


def _ordered(kb: KnowledgeBase, candidates: list[Candidate]) -> tuple[Candidate, ...]:
    """Best first, equals grouped, the must-not-miss first within each group."""
    margin = kb.weights.tie_margin.value
    rest = sorted(candidates, key=lambda c: (-c.score, -len(c.specific), c.condition))
    ordered: list[Candidate] = []
    while rest:
        head = rest[0].score
        group = [c for c in rest if head - c.score < margin]
        rest = rest[len(group) :]
        ordered += sorted(
            group,
            key=lambda c: (
                not c.must_not_miss,
                -c.score,
                -len(c.specific),
                c.condition,
            ),
        )
    return tuple(ordered)


def evidence_score(
    kb: KnowledgeBase, condition_id: str, regions: tuple[str, ...], symptoms
) -> float:
    """A condition's prior plus what each selected area and ticked finding adds."""
    w, c = kb.weights, kb.conditions[condition_id]
    by_region, by_symptom = _evidence_weights(kb, condition_id)
    score = c.prior + sum(by_region.get(r, w.region_unexplained.value) for r in regions)
    return score + sum(by_symptom.get(s, 0.0) for s in set(symptoms))


def condition_score(
    kb: KnowledgeBase, condition_id: str, regions: tuple[str, ...], symptoms
) -> float:
    """A condition's score for a selection: areas, findings, missing findings, prior."""
    c = kb.conditions[condition_id]
    missing = _missing(kb, c, regions, set(symptoms))
    return evidence_score(kb, condition_id, regions, symptoms) + (
        kb.weights.expected_missing.value * len(missing)
    )


def _missing(
    kb: KnowledgeBase, c: Condition, regions: Iterable[str], ticked: set
) -> tuple[tuple[str, ...], ...]:
    """The groups of findings it nearly always brings that the selection lacks."""
    areas = set(regions)
    return _unmet(c, ticked, areas, sum(1 for r in areas if r in kb.reach[c.id]))


def _unmet(
    c: Condition, ticked: set, areas: set, reached: int
) -> tuple[tuple[str, ...], ...]:
    """The `expects` groups that neither a finding, an area nor a run meets."""
    return tuple(
        tuple(e.any_of)
        for e in c.expects
        if ticked.isdisjoint(e.any_of)
        and areas.isdisjoint(e.or_areas)
        and not (e.or_run and reached >= e.or_run)
    )


@per_knowledge_base
def _profiles(kb: KnowledgeBase) -> tuple[tuple[Condition, dict, dict, frozenset], ...]:
    """Per condition, what the ranking reads of it: the weight of each region and
    finding, and the areas where it typically hurts or starts."""
    return tuple(
        (
            c,
            *_evidence_weights(kb, c.id),
            frozenset(
                r for r, how in kb.reach[c.id].items() if how in ("typical", "source")
            ),
        )
        for c in kb.conditions.values()
    )


@per_knowledge_base
def _evidence_weights(kb: KnowledgeBase, condition_id: str) -> tuple[dict, dict]:
    """What each region and each symptom adds to a condition's score."""
    w, c = kb.weights, kb.conditions[condition_id]
    per_kind = {
        "source": w.region_source.value,
        "typical": w.region_typical.value,
        "pathway": w.region_on_pathway.value,
        "chain": w.region_on_chain.value,
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
    missing: tuple[tuple[str, ...], ...],
) -> Candidate:
    how = kb.reach[c.id]
    ticked = set(symptoms)
    specific = tuple(r for r in regions if how.get(r) in ("typical", "source"))
    pointing = [
        e.symptom
        for e in c.supports
        if e.symptom in ticked and e.strength in ("strong", "moderate")
    ]
    return Candidate(
        condition=c.id,
        score=score,
        explains=tuple(r for r in regions if r in how),
        unexplained=tuple(r for r in regions if r not in how),
        pathways=pathway_matches(kb, c, regions),
        supporting=tuple(e.symptom for e in c.supports if e.symptom in ticked),
        against=tuple(e.symptom for e in c.against if e.symptom in ticked),
        red_flags=tuple(f for f in c.red_flags if f in raised),
        strength=strength(kb, score, len(specific) + len(pointing), bool(missing)),
        missing=missing,
        specific=specific,
        must_not_miss=c.must_not_miss,
    )


def edge(kb: KnowledgeBase, c: Candidate, below: Candidate | None) -> Edge | None:
    """The first difference that puts a candidate above the next one."""
    if below is None:
        return None
    nxt = below.condition
    if c.score - below.score < kb.weights.tie_margin.value:
        return Edge("tie", nxt)
    differences = (
        ("explains", tuple(r for r in c.explains if r not in below.explains)),
        ("typical", tuple(r for r in c.specific if r not in below.specific)),
        ("fits", tuple(s for s in c.supporting if s not in below.supporting)),
        ("against", below.against),
        ("missing", below.missing[0] if below.missing else ()),
    )
    for kind, items in differences:
        if items:
            return Edge(kind, nxt, items)
    return Edge("common", nxt)


def questions(
    kb: KnowledgeBase,
    candidates: tuple[Candidate, ...],
    symptoms: tuple[str, ...],
    tied: int,
    regions: tuple[str, ...] = (),
) -> tuple[Question, ...]:
    """The findings, not yet ticked, that would best tell the leaders apart.

    Asked when the first place is shared, weak, or only a little ahead of the
    next: among the leaders (those tied, or the first and the next), each ordinary
    finding is scored by how far ticking it would move one leader away from
    another. The best one or two are asked, most separating first.
    """
    if not candidates:
        return ()
    w = kb.weights
    close = len(candidates) > 1 and (
        candidates[0].score - candidates[1].score <= w.close_margin.value
    )
    if tied < 2 and candidates[0].strength != "weak" and not close:
        return ()
    leaders = leading(candidates, tied)
    ticked = set(symptoms)
    # What ticking one more finding adds: its own weight, and the penalty of each
    # group of hallmarks it would complete.
    missing = {c.condition: c.missing for c in candidates if c.condition in leaders}
    weights = {cid: _evidence_weights(kb, cid)[1] for cid in leaders}
    penalty = w.expected_missing.value
    found = []
    for s in kb.symptoms.values():
        if s.red_flag or s.id in ticked:
            continue
        gain = {
            cid: weights[cid].get(s.id, 0.0)
            - penalty * sum(1 for group in missing[cid] if s.id in group)
            for cid in leaders
        }
        top = max(gain.values())
        separation = top - min(gain.values())
        if separation > 0 and top > 0:  # a "yes" raises one leader over another
            favours = tuple(cid for cid in leaders if gain[cid] == top)
            found.append(Question(s.id, favours, round(separation, 3)))
    found.sort(key=lambda q: -q.separation)
    asked: list[Question] = []
    for q in found:  # each question speaks for a different leader
        if len(asked) < w.questions_asked.value and all(
            q.favours != a.favours for a in asked
        ):
            asked.append(q)
    return tuple(asked)


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


@per_knowledge_base
def _condition_structures(
    kb: KnowledgeBase, condition_id: str
) -> tuple[PathwayMatch, ...]:
    """All structures of a condition's pathways; they do not depend on the selection."""
    pathways = kb.conditions[condition_id].pathways
    return tuple(m for p in pathways for m in kb.pathway_structures(p))
