"""Clinical safety: warning rules over the whole picture, must-not-miss first
among equals, no place decided by file order, local causes for one area, and
the public teaching cases (tests/teaching_cases.yaml)."""

from dataclasses import replace

import pytest

from tests.scenarios import SCENARIOS, selection
from viz.reasoning import LEVELS, assess, raised_red_flags
from viz.teaching import VIGNETTES, outcome, read_cases

CASES = read_cases()


def minimal(kb, rule):
    """The fewest findings, and an area, that raise a rule, read from the rule:
    its own area, or the first where no more urgent rule says it instead."""
    symptoms = [*rule.all_of, *(group[0] for group in rule.any_of)]
    if rule.areas_any:
        return rule.areas_any[:1], symptoms
    for areas in ([], *([r] for r in kb.regions)):
        if rule.id in {f.id for f in raised_red_flags(kb, symptoms, areas)}:
            return areas, symptoms
    return [], symptoms


def test_every_rule_is_raised_by_what_it_reads_and_not_without_it(kb):
    for rule in kb.red_flags.values():
        areas, symptoms = minimal(kb, rule)
        raised = {f.id for f in raised_red_flags(kb, symptoms, areas)}
        assert rule.id in raised, rule.id
        for missing in symptoms:  # every finding it reads is needed
            rest = [s for s in symptoms if s != missing]
            assert rule.id not in {f.id for f in raised_red_flags(kb, rest, areas)}, (
                rule.id,
                missing,
            )


def test_a_rule_reading_areas_is_not_raised_elsewhere(kb):
    for rule in kb.red_flags.values():
        if not rule.areas_any:
            continue
        _, symptoms = minimal(kb, rule)
        elsewhere = next(r for r in kb.regions if r not in rule.areas_any)
        assert rule.id not in {
            f.id for f in raised_red_flags(kb, symptoms, [elsewhere])
        }, rule.id


def test_one_swollen_leg_warns_and_both_legs_alone_do_not(kb):
    assert assess(kb, ["calf"], ["swelling"]).level == "urgent"
    assert assess(kb, ["thigh_medial"], ["swelling"]).level == "urgent"
    assert assess(kb, ["calf"], ["swelling", "both_legs"]).level is None
    lungs = assess(kb, ["calf"], ["swelling", "breathless_or_chest_pain"])
    assert lungs.level == "emergency"
    assert [f.id for f in lungs.red_flags] == ["clot_in_lungs"]  # not repeated


def test_a_superseded_rule_gives_way_to_the_more_urgent_one(kb):
    flags = raised_red_flags(kb, ["fever", "swelling"], ["knee_anterior"])
    assert [f.id for f in flags] == ["infected_joint"]
    assert raised_red_flags(kb, ["fever"], ["calf"])[0].id == "fever"


def test_flags_are_most_urgent_first(kb):
    flags = raised_red_flags(
        kb, ["persistent_despite_rest", "foot_drop", "cannot_pass_urine"], []
    )
    levels = [LEVELS.index(f.level) for f in flags]
    assert levels == sorted(levels) and flags[0].level == "emergency"


def _reordered(kb):
    """The same base with every catalogue in the opposite file order."""
    return replace(
        kb,
        conditions=dict(reversed(kb.conditions.items())),
        red_flags=dict(reversed(kb.red_flags.items())),
    )


def test_file_order_never_decides_a_place(kb):
    other = _reordered(kb)
    for scenario in SCENARIOS:
        a, b = assess(kb, *selection(scenario)), assess(other, *selection(scenario))
        assert [c.condition for c in a.candidates] == [
            c.condition for c in b.candidates
        ], scenario["name"]
        assert [f.id for f in a.red_flags] == [f.id for f in b.red_flags]


def test_among_equals_the_must_not_miss_comes_first(kb):
    result = assess(kb, ["calf"], ["swelling"])
    assert result.tied >= 2
    tied = result.candidates[: result.tied]
    assert tied[0].condition == "deep_vein_thrombosis" and tied[0].must_not_miss
    assert any(not c.must_not_miss for c in tied[1:])
    assert tied[0].score <= max(c.score for c in tied)  # first by rule, not score


def test_a_dangerous_cause_without_its_hallmarks_is_not_listed(kb):
    for c in kb.conditions.values():
        if not c.must_not_miss or not c.typical_regions:
            continue
        region = c.typical_regions[0]
        result = assess(kb, [region], [])
        assert c.id not in [x.condition for x in result.candidates], c.id
        assert c.id in [o.condition for o in result.only_if], c.id
        # With its hallmarks ticked it is listed.
        hallmarks = [e.any_of[0] for e in c.expects]
        assert c.id in [x.condition for x in assess(kb, [region], hallmarks).candidates]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_area_alone_gives_a_first_candidate(kb, lang):
    base = kb.with_lang(lang)
    firsts = {}
    for region in kb.regions:
        result = assess(base, [region], [])
        assert result.candidates, region
        top = base.conditions[result.candidates[0].condition]
        assert top.name and region in result.candidates[0].explains
        firsts[region] = top.id
    english = {r: assess(kb, [r], []).candidates[0].condition for r in kb.regions}
    assert firsts == english  # the language never changes the reasoning


def test_a_finding_nothing_explains_lists_nothing(kb):
    assert assess(kb, [], ["fever"]).candidates == () or all(
        c.supporting for c in assess(kb, [], ["fever"]).candidates
    )


def test_teaching_cases_say_where_they_come_from(kb):
    assert len(CASES) >= 40
    for case in CASES:
        assert case["source"] and case["states"] and case["level_why"], case["name"]
        assert case["diagnosis"] in kb.conditions, case["name"]
        areas, symptoms = selection(case)
        assert set(areas) <= set(kb.regions) and set(symptoms) <= set(kb.symptoms)
        assert case["level"] in ("none", *LEVELS)


def test_teaching_cases_first_top_three_and_no_warning_missed(kb):
    outcomes = [outcome(kb, c) for c in CASES]
    first = sum(o.first for o in outcomes) / len(outcomes)
    assert first >= 0.9, [o.name for o in outcomes if not o.first]
    assert all(o.top3 for o in outcomes), [o.name for o in outcomes if not o.top3]
    assert not [o.name for o in outcomes if o.under_warned]


def test_our_independent_vignettes_first_top_three_and_level(kb):
    """Vignettes written from standard clinical knowledge without the app in
    view (tests/vignettes.yaml): a second check that the reasoning generalises."""
    outcomes = [outcome(kb, c) for c in read_cases(VIGNETTES)]
    assert len(outcomes) >= 40
    assert sum(o.first for o in outcomes) / len(outcomes) >= 0.9
    assert all(o.top3 for o in outcomes), [o.name for o in outcomes if not o.top3]
    assert sum(o.level_right for o in outcomes) / len(outcomes) >= 0.9
