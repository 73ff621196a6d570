"""Reasoning with tiny inputs, and every clinical scenario through the Python API."""

import pytest

from tests.scenarios import SCENARIOS, assert_holds, selection
from viz.reasoning import assess, known, raised_red_flags


def ranked(kb, regions, symptoms=()):
    return [c.condition for c in assess(kb, regions, symptoms).candidates]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_scenario(kb, scenario):
    assert scenario["why"], "every scenario says why"
    result = assess(kb, *selection(scenario))
    order = [c.condition for c in result.candidates]
    assert_holds(
        scenario,
        order,
        result.level or "none",
        {c.condition: c.strength for c in result.candidates},
        result.tied,
        [q.symptom for q in result.questions],
    )


def test_at_least_forty_scenarios_with_their_reasoning():
    assert len(SCENARIOS) >= 40 and all(len(s["why"]) > 40 for s in SCENARIOS)


def test_nothing_selected_gives_no_candidates(kb):
    assert assess(kb, [], []).candidates == ()


def test_unknown_ids_and_wrong_types_are_ignored(kb):
    assert known(["calf", "elbow", 3, None, "calf"], kb.regions) == ("calf",)
    assert ranked(kb, ["calf", "elbow", 7], ["nonsense"]) == ranked(kb, ["calf"])


def test_candidate_explains_only_the_regions_its_pathway_reaches(kb):
    top = assess(
        kb, ["knee_lateral", "leg_lateral", "heel"], ["numbness_tingling"]
    ).candidates
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


def test_claudication_points_to_the_arteries_or_the_spinal_canal(kb):
    walking = ["pain_on_walking_eased_by_rest"]
    assert ranked(kb, [], walking)[0] == "peripheral_artery_disease"
    assert ranked(kb, ["calf"], walking)[0] == "peripheral_artery_disease"
    sitting = [*walking, "eased_by_sitting_or_bending_forward"]
    assert ranked(kb, ["calf"], sitting)[0] == "lumbar_spinal_stenosis"


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
    assert raised_red_flags(kb, ["swelling", "both_legs"]) == ()
    assert raised_red_flags(kb, ["warmth_redness"]) == ()
    flags = raised_red_flags(kb, ["swelling", "warmth_redness", "bowel_bladder_change"])
    assert [f.level for f in flags] == ["emergency", "urgent", "urgent"]


def test_candidate_carries_the_red_flags_it_lists(kb):
    result = assess(kb, ["calf"], ["swelling", "warmth_redness"])
    dvt = next(c for c in result.candidates if c.condition == "deep_vein_thrombosis")
    assert dvt.red_flags == ("one_swollen_leg", "swelling_warm_red")


def test_ranking_is_deterministic_and_order_independent(kb):
    a = assess(kb, ["calf", "knee_posterior"], ["swelling"])
    b = assess(kb, ["knee_posterior", "calf"], ["swelling"])
    assert [c.condition for c in a.candidates] == [c.condition for c in b.candidates]


# How sure the ranking is: strength, ties, why one beats the next, questions.


def by_id(result):
    return {c.condition: c for c in result.candidates}


def test_strength_follows_the_thresholds_in_the_weights(kb):
    w = kb.weights
    from viz.reasoning import strength

    assert strength(kb, w.strong_above.value, int(w.strong_needs.value), False) == (
        "strong"
    )
    # A high score from a single piece of evidence is never strong.
    assert strength(kb, 50.0, int(w.strong_needs.value) - 1, False) == "moderate"
    assert strength(kb, w.moderate_above.value, 1, False) == "moderate"
    assert strength(kb, w.moderate_above.value - 0.5, 1, False) == "weak"
    # Missing what it nearly always brings makes it weak, whatever the score.
    assert strength(kb, 50.0, 5, True) == "weak"


def test_one_area_or_one_finding_alone_is_never_strong(kb):
    for region in kb.regions:
        assert all(c.strength != "strong" for c in assess(kb, [region], []).candidates)
    for symptom, s in kb.symptoms.items():
        if not s.red_flag:
            result = assess(kb, [], [symptom])
            assert all(c.strength != "strong" for c in result.candidates)


def test_a_classic_pattern_is_strong_and_leads_alone(kb):
    result = assess(
        kb,
        ["knee_lateral", "leg_lateral", "foot_dorsum"],
        ["foot_drop", "recent_leg_crossing_or_cast"],
    )
    top = result.candidates[0]
    assert top.condition == "common_peroneal_entrapment" and top.strength == "strong"
    assert result.tied == 1 and result.confident and result.questions == ()


def test_one_tap_on_the_kneecap_is_a_weak_tie_with_questions(kb):
    result = assess(kb, ["knee_anterior"], [])
    assert not result.confident and result.tied >= 2
    leaders = {c.condition for c in result.candidates[: result.tied]}
    assert {"knee_osteoarthritis", "patellofemoral_pain"} <= leaders
    assert all(c.strength == "weak" for c in result.candidates)
    asked = {q.symptom for q in result.questions}
    assert asked == {"stiffness_or_grinding", "pain_on_stairs_or_squatting"}
    assert result.edges[0].kind == "tie"


def test_answering_a_question_breaks_the_tie(kb):
    result = assess(kb, ["knee_anterior"], [])
    for q in result.questions:
        answered = assess(kb, ["knee_anterior"], [q.symptom])
        assert answered.candidates[0].condition in q.favours
        assert answered.tied == 1


def test_first_web_space_alone_puts_the_nerve_and_the_root_before_neuropathy(kb):
    result = assess(kb, ["first_web_space"], ["numbness_tingling"])
    order = [c.condition for c in result.candidates]
    assert set(order[:2]) == {"common_peroneal_entrapment", "lumbar_radiculopathy"}
    neuropathy = by_id(result)["peripheral_neuropathy"]
    assert neuropathy.strength == "weak"
    assert neuropathy.missing == (("diabetes", "both_legs"),)
    # Low back pain is what tells the L5 root from the peroneal nerve.
    assert result.questions[0].symptom == "back_pain"
    assert result.questions[0].favours == ("lumbar_radiculopathy",)


def test_the_same_in_both_legs_with_diabetes_points_to_neuropathy(kb):
    areas = ["foot_dorsum", "first_web_space", "sole"]
    one_leg = assess(kb, areas, ["numbness_tingling", "burning"])
    both = assess(kb, areas, ["numbness_tingling", "burning", "both_legs", "diabetes"])
    assert by_id(one_leg)["peripheral_neuropathy"].strength == "weak"
    assert both.candidates[0].condition == "peripheral_neuropathy"
    assert both.candidates[0].strength == "strong"


def test_both_legs_raises_the_spinal_cause_over_a_trapped_nerve(kb):
    areas = ["knee_lateral", "leg_lateral", "foot_dorsum"]
    one = by_id(assess(kb, areas, ["numbness_tingling"]))
    two = by_id(assess(kb, areas, ["numbness_tingling", "both_legs"]))

    def lead(c):
        return c["common_peroneal_entrapment"].score - c["lumbar_radiculopathy"].score

    assert lead(two) < lead(one)


def test_saddle_numbness_is_an_emergency(kb):
    result = assess(kb, ["lower_back"], ["both_legs", "saddle_numbness"])
    assert result.level == "emergency"


def test_a_textbook_s1_pattern_leaves_the_chain_weak(kb):
    areas = ["lower_back", "buttock", "thigh_posterior", "calf", "heel", "foot_lateral"]
    result = assess(kb, areas, ["back_pain", "numbness_tingling"])
    assert result.candidates[0].condition == "lumbar_radiculopathy"
    assert result.candidates[0].strength == "strong"
    chain = by_id(result).get("kinetic_chain_dysfunction")
    assert chain is None or chain.strength == "weak"


def test_each_edge_names_a_real_difference_with_the_next(kb):
    result = assess(kb, ["knee_lateral", "leg_lateral", "heel"], ["foot_drop"])
    following = (*result.candidates[1:], None)
    for c, e, n in zip(result.candidates, result.edges, following, strict=True):
        if n is None:
            assert e is None
            continue
        assert e.next == n.condition
        if e.kind == "explains":
            assert set(e.items) <= set(c.explains) - set(n.explains)
        if e.kind == "fits":
            assert set(e.items) <= set(c.supporting) - set(n.supporting)
        if e.kind == "tie":
            assert c.score - n.score < kb.weights.tie_margin.value


def test_questions_are_ordinary_unticked_symptoms(kb):
    result = assess(kb, ["knee_medial"], ["burning"])
    for q in result.questions:
        assert not kb.symptoms[q.symptom].red_flag and q.symptom != "burning"
        assert kb.symptoms[q.symptom].question
    assert len(result.questions) <= kb.weights.questions_asked.value


def test_a_trap_spares_the_branches_that_leave_above_it(kb):
    # The sural nerve leaves the tibial nerve behind the knee, far above the
    # tarsal tunnel: a trap there cannot send pain to the calf.
    assert "sural" in kb.branches("tibial")
    assert kb.branches_below("tibial", "tarsal_tunnel") == ["tibial"]
    assert "calf" not in kb.nerve_regions("tibial", "tarsal_tunnel")
    # Both peroneal branches leave at or below the fibular head: a trap there
    # reaches them all.
    assert set(kb.branches_below("common_peroneal", "fibular_head")) == {
        "common_peroneal",
        "superficial_peroneal",
        "deep_peroneal",
    }
    tarsal = assess(kb, ["calf"], ["burning"]).candidates
    assert "tarsal_tunnel_syndrome" not in [c.condition for c in tarsal]


def test_a_joint_refers_along_its_nerves_not_down_their_branches(kb):
    # A worn hip is felt along the obturator and femoral nerves to the knee,
    # not down the saphenous branch to the foot.
    reach = kb.reach["hip_osteoarthritis"]
    assert {"groin", "thigh_medial", "knee_medial"} <= set(reach)
    assert not {"leg_medial", "ankle_medial", "foot_medial"} & set(reach)
    saphenous = kb.conditions["saphenous_entrapment"].pathways[0]
    assert "foot_medial" in kb.pathway_regions(saphenous)


def test_caches_live_and_die_with_their_knowledge_base():
    import gc
    import weakref

    from viz.content import load_knowledge_base
    from viz.explain import explanation

    kb = load_knowledge_base()
    result = assess(kb, ["knee_medial"], ["burning"])
    explanation(kb, result.candidates[0].condition, result.candidates[0])
    gone = weakref.ref(kb)
    del kb, result
    gc.collect()
    assert gone() is None


def test_the_dermatome_map_changes_the_ranking_where_the_maps_disagree(kb):
    # Keegan's L4 runs down the outer thigh, across the kneecap, down the inner
    # leg: under that map the pattern is one root's band; Lee's L4 stops at the knee.
    areas, symptoms = ("thigh_lateral", "knee_anterior", "leg_medial"), ("numbness",)
    lee = assess(kb, areas, symptoms)
    keegan = assess(kb.with_map("keegan"), areas, symptoms)
    top = keegan.candidates[0]
    assert top.condition == "upper_lumbar_radiculopathy"
    assert set(top.explains) == set(areas)
    assert lee.candidates[0].score < top.score
    assert [c.condition for c in lee.candidates] != [
        c.condition for c in keegan.candidates
    ]


def test_where_the_maps_agree_the_ranking_is_the_same(kb):
    areas, symptoms = (
        ("leg_lateral", "ankle_anterior", "first_web_space"),
        ("numbness",),
    )
    assert set(areas).isdisjoint({r for d in kb.dermatomes for r in kb.maps_differ(d)})

    def ranking(base):
        return [
            (c.condition, c.score) for c in assess(base, areas, symptoms).candidates
        ]

    assert ranking(kb) == ranking(kb.with_map("keegan"))
