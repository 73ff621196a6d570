"""The look-alikes from standard references: each leads in its own classic
presentation, stays behind the article's conditions elsewhere, cites only
references, and its new nerves are drawn where the data says they run."""

import pytest

from tests.test_drawing import inside, load, regions, subpaths, tagged
from viz.models import Text
from viz.reasoning import assess

LOOKALIKES = (
    "hip_osteoarthritis",
    "tarsal_tunnel_syndrome",
    "upper_lumbar_radiculopathy",
    "meralgia_paraesthetica",
    "compartment_syndrome",
)
NEW_NERVES = ("obturator", "lateral_femoral_cutaneous")
KNEE = {"knee_anterior", "knee_medial", "knee_lateral", "knee_posterior"}


def ranked(kb, regions, symptoms=()):
    return [c.condition for c in assess(kb, regions, symptoms).candidates]


def candidate(result, condition):
    return next(c for c in result.candidates if c.condition == condition)


def texts(condition):
    return [
        condition.what_it_is,
        condition.how_it_refers,
        *condition.first_steps,
        condition.examination,
    ]


def test_burning_outer_thigh_is_meralgia_and_never_the_knee(kb):
    result = assess(kb, ["thigh_lateral"], ["burning"])
    top = result.candidates[0]
    assert top.condition == "meralgia_paraesthetica"
    assert top.explains == ("thigh_lateral",)
    assert not KNEE & set(kb.reach["meralgia_paraesthetica"])
    with_knee = assess(kb, ["thigh_lateral", "knee_lateral"], ["burning"])
    assert candidate(with_knee, "meralgia_paraesthetica").unexplained == (
        "knee_lateral",
    )


def test_weakness_argues_against_meralgia(kb):
    def score(symptoms):
        result = assess(kb, ["thigh_lateral"], symptoms)
        return candidate(result, "meralgia_paraesthetica").score

    assert score(["burning", "weakness"]) < score(["burning"])


def test_burning_numb_sole_heel_and_inner_ankle_is_tarsal_tunnel(kb):
    result = assess(
        kb, ["sole", "heel", "ankle_medial"], ["burning", "numbness_tingling"]
    )
    top = result.candidates[0]
    assert top.condition == "tarsal_tunnel_syndrome"
    assert set(top.explains) == {"sole", "heel", "ankle_medial"}
    tibial = next(m for m in top.pathways if m.id == "tibial")
    assert tibial.start == "tarsal_tunnel"


def test_back_pain_moves_sole_and_heel_to_the_root(kb):
    order = ranked(kb, ["sole", "heel"], ["back_pain", "numbness_tingling"])
    assert order[0] == "lumbar_radiculopathy"
    assert order.index("tarsal_tunnel_syndrome") > 0


def test_groin_front_thigh_and_inner_knee_with_stiffness_is_the_hip(kb):
    order = ranked(
        kb, ["groin", "thigh_anterior", "knee_medial"], ["stiffness_or_grinding"]
    )
    assert "hip_osteoarthritis" in order[:2]


def test_a_stiff_knee_without_groin_pain_stays_the_knee(kb):
    order = ranked(
        kb, ["knee_medial", "knee_anterior", "ankle_medial"], ["stiffness_or_grinding"]
    )
    assert order[0] == "knee_osteoarthritis"
    assert order.index("hip_osteoarthritis") > 0


def test_back_to_front_thigh_and_inner_knee_is_an_upper_lumbar_root(kb):
    result = assess(
        kb, ["lower_back", "thigh_anterior", "knee_medial"], ["back_pain", "weakness"]
    )
    top = result.candidates[0]
    assert top.condition == "upper_lumbar_radiculopathy"
    assert [m.id for m in top.pathways if m.kind == "dermatome"] == ["L3", "L4"]
    assert "femoral" in [m.id for m in top.pathways if m.kind == "nerve"]


def test_the_back_of_the_leg_stays_ordinary_sciatica(kb):
    order = ranked(
        kb,
        ["lower_back", "buttock", "thigh_posterior", "calf"],
        ["back_pain", "numbness_tingling"],
    )
    assert order[0] == "lumbar_radiculopathy"


def test_shin_and_calf_pain_out_of_proportion_is_compartment_syndrome(kb):
    result = assess(kb, ["shin", "calf"], ["pain_out_of_proportion", "swelling"])
    top = result.candidates[0]
    assert top.condition == "compartment_syndrome"
    assert result.level == "emergency"
    assert "pain_out_of_proportion" in top.red_flags


def test_pain_out_of_proportion_alone_is_an_emergency(kb):
    flags = assess(kb, [], ["pain_out_of_proportion"]).red_flags
    assert [f.id for f in flags] == ["pain_out_of_proportion"]
    assert flags[0].level == "emergency"
    assert kb.sources[flags[0].what_to_do.source].kind == "reference"


@pytest.mark.parametrize("condition", LOOKALIKES)
def test_lookalike_cites_only_references(kb, condition):
    for text in texts(kb.conditions[condition]):
        assert isinstance(text, Text)
        assert kb.sources[text.source].kind == "reference", text.source


@pytest.mark.parametrize("nerve", NEW_NERVES)
def test_new_nerve_cites_references(kb, nerve):
    n = kb.nerves[nerve]
    cited = [n.description, *(s.why for s in n.sites)]
    assert all(kb.sources[t.source].kind == "reference" for t in cited)


@pytest.mark.parametrize("nerve", NEW_NERVES)
def test_new_nerve_is_drawn_through_its_course(kb, nerve):
    root = load("front")
    drawn = tagged(root, "path", "nerve")[nerve]
    pts = [p for sub in subpaths(drawn.get("d", "")) for p in sub]
    polys = regions(root)
    for rid in kb.nerves[nerve].course:
        assert any(inside(p, polys[rid]) for p in pts), f"{nerve} misses {rid}"
    for site in kb.nerves[nerve].sites:
        circle = tagged(root, "circle", "site")[site.id]
        centre = (float(circle.get("cx")), float(circle.get("cy")))
        assert inside(centre, polys[site.region]), site.id
