"""Reasoning with tiny inputs, and every clinical scenario through the Python API."""

import pytest

from tests.scenarios import SCENARIOS, assert_holds, selection
from viz.reasoning import assess, known, raised_red_flags


def ranked(kb, regions, symptoms=()):
    return [c.condition for c in assess(kb, regions, symptoms).candidates]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_scenario(kb, scenario):
    result = assess(kb, *selection(scenario))
    order = [c.condition for c in result.candidates]
    assert_holds(scenario, order, result.level or "none")


def test_nothing_selected_gives_no_candidates(kb):
    assert assess(kb, [], []).candidates == ()


def test_unknown_ids_and_wrong_types_are_ignored(kb):
    assert known(["calf", "elbow", 3, None, "calf"], kb.regions) == ("calf",)
    assert ranked(kb, ["calf", "elbow", 7], ["nonsense"]) == ranked(kb, ["calf"])


def test_candidate_explains_only_the_regions_its_pathway_reaches(kb):
    top = assess(kb, ["knee_lateral", "leg_lateral", "heel"], []).candidates
    peroneal = next(c for c in top if c.condition == "common_peroneal_entrapment")
    assert peroneal.explains == ("knee_lateral", "leg_lateral")
    assert peroneal.unexplained == ("heel",)


def test_a_pattern_along_one_nerve_points_to_that_nerve(kb):
    # The deep peroneal branch alone supplies the first web space.
    order = ranked(kb, ["knee_lateral", "first_web_space"], ["numbness_tingling"])
    assert order[0] == "common_peroneal_entrapment"


def test_back_pain_moves_the_same_leg_pattern_to_the_root(kb):
    leg = ["leg_lateral", "foot_dorsum"]
    assert ranked(kb, leg, ["foot_drop"])[0] == "common_peroneal_entrapment"
    assert ranked(kb, leg, ["foot_drop", "back_pain"])[0] == "lumbar_radiculopathy"


def test_weakness_argues_against_a_purely_sensory_nerve(kb):
    def score(symptoms):
        result = assess(kb, ["knee_medial", "leg_medial"], symptoms)
        return next(
            c.score for c in result.candidates if c.condition == "saphenous_entrapment"
        )

    assert score(["burning", "weakness"]) < score(["burning"])


def test_claudication_points_to_the_arteries(kb):
    assert (
        ranked(kb, [], ["pain_on_walking_eased_by_rest"])[0]
        == "peripheral_artery_disease"
    )


def test_peroneal_pathway_runs_from_the_trap_down_its_branches(kb):
    result = assess(kb, ["knee_lateral", "leg_lateral", "first_web_space"], [])
    top = result.candidates[0]
    assert top.condition == "common_peroneal_entrapment"
    nerves = {m.id: m for m in top.pathways if m.kind == "nerve"}
    assert nerves["common_peroneal"].start == "fibular_head"
    assert set(nerves) == {"common_peroneal", "superficial_peroneal", "deep_peroneal"}
    assert nerves["deep_peroneal"].regions == ("knee_lateral", "first_web_space")
    assert nerves["superficial_peroneal"].regions == ("knee_lateral", "leg_lateral")


def test_radiculopathy_pathway_names_the_dermatomes_of_the_painful_areas(kb):
    top = assess(kb, ["lower_back", "foot_dorsum"], ["back_pain"]).candidates[0]
    assert top.condition == "lumbar_radiculopathy"
    assert [m.id for m in top.pathways if m.kind == "dermatome"] == ["L5"]
    assert "sciatic" in [m.id for m in top.pathways if m.kind == "nerve"]


def test_red_flags_rank_by_level_and_need_every_symptom(kb):
    assert raised_red_flags(kb, ["swelling"]) == ()
    flags = raised_red_flags(kb, ["swelling", "warmth_redness", "bowel_bladder_change"])
    assert [f.level for f in flags] == ["emergency", "urgent"]


def test_candidate_carries_the_red_flags_it_lists(kb):
    result = assess(kb, ["calf"], ["swelling", "warmth_redness"])
    dvt = next(c for c in result.candidates if c.condition == "deep_vein_thrombosis")
    assert dvt.red_flags == ("swelling_warm_red",)


def test_ranking_is_deterministic_and_order_independent(kb):
    a = assess(kb, ["calf", "knee_posterior"], ["swelling"])
    b = assess(kb, ["knee_posterior", "calf"], ["swelling"])
    assert [c.condition for c in a.candidates] == [c.condition for c in b.candidates]
