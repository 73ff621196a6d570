"""Every sentence the page builds from a pattern of data/ui.yaml, filled with real
data for the scenarios' states, reads as a sentence in each language and voice:
a condition named inside a sentence by its short lower-case name, never its
capitalised title; a nerve never said to run from an area to the same area; a
finding quoted; no pattern left half filled."""

import re

import pytest
from dash.development.base_component import Component

from tests.scenarios import SCENARIOS, selection
from viz.compare_view import compare_present
from viz.explain import candidate_items, only_if, verdict
from viz.knowledge import KnowledgeBase
from viz.layout import script_data
from viz.map_figures import compare_maps
from viz.pathway_text import pathway_sentence
from viz.reasoning import assess, pathway_matches
from viz.urlstate import parse_query
from viz.views import (
    announcement,
    compare_summary,
    shown_condition,
    side_cue,
    stepping,
    territories,
)

LANGUAGES = ("en", "es")
VOICES = ("patient", "clinician")

# Every pattern with a {placeholder}, by the builder that fills it; a new one
# fails test_every_pattern_is_checked until it is added here and read.
PATTERNS = {
    "question_chip": "verdict",
    "nerve_path": "pathway_sentence",
    "nerve_path_through": "pathway_sentence",
    "dermatome_path": "pathway_sentence",
    "chain_path": "pathway_sentence",
    "vessel_path": "pathway_sentence",
    "ignored_notice": "ignored_notice",
    "ignored_others": "ignored_notice",
    "side_cue_front": "side_cue",
    "side_cue_back": "side_cue",
    "side_cue_front_clinician": "side_cue",
    "side_cue_back_clinician": "side_cue",
    "region_label": "script_data",
    "announce": "announcement",
    "announce_unsure": "announcement",
    "key_point_label": "script_data",
    "compare_summary": "compare_summary",
    "compare_summary_same": "compare_summary",
    "compare_summary_nerve_inside": "compare_summary",
    "compare_summary_root_inside": "compare_summary",
    "present_root": "compare_present",
    "present_root_none": "compare_present",
    "present_nerve_none": "compare_present",
    "previous_to": "stepping",
    "next_to": "stepping",
    "legend_map": "parts_for",
    "maps_heading": "compare_maps",
    "maps_covers": "compare_maps",
    "maps_differ": "compare_maps",
    "matrix_hover": "matrix_panel (a tooltip of labelled parts)",
    "zoomed_to": "script_data",
    "verdict_best": "verdict",
    "edge_tie": "edge_line",
    "edge_explains": "edge_line",
    "edge_typical": "edge_line",
    "edge_fits": "edge_line",
    "edge_against": "edge_line",
    "edge_missing": "edge_line",
    "edge_common": "edge_line",
    "quoted": "edge_line",
    "only_if": "only_if",
    "handout_made": "the printed handout (a date)",
    "handout_areas": "the printed handout (a side)",
}
EXTRA = [
    "areas=knee_lateral,leg_lateral&symptoms=numbness_tingling",
    "areas=knee_lateral,leg_lateral,foot_dorsum",
    "areas=calf,knee_posterior&symptoms=swelling,breathless_or_chest_pain",
    "areas=knee_medial",
]


def said(node: object, voice: str) -> str:
    """The text a tree shows in one voice (the other voice's spans left out)."""
    if isinstance(node, str):
        return node
    if isinstance(node, list | tuple):
        return "".join(said(child, voice) for child in node)
    if isinstance(node, Component):
        other = "clinician" if voice == "patient" else "patient"
        if other in (getattr(node, "className", None) or "").split():
            return ""
        return said(getattr(node, "children", None), voice)
    return ""


def states(kb: KnowledgeBase) -> list[tuple[list[str], list[str]]]:
    chosen = [selection(s) for s in SCENARIOS]
    for query in EXTRA:
        state = parse_query(kb, query)
        chosen.append((list(state.areas), list(state.symptoms)))
    return chosen


def generated(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Every sentence built for the states, by kind, in both voices."""
    out: dict[str, list[str]] = {}

    def add(kind: str, text: str) -> None:
        if text:
            out.setdefault(kind, []).append(text)

    for areas, symptoms in states(kb):
        result = assess(kb, areas, symptoms)
        for voice in VOICES:
            for item in candidate_items(kb, result, None):
                add("edge", said(item.children[1], voice))
            for part in verdict(kb, result, True):
                add("verdict", said(part, voice))
            for part in only_if(kb, result)[1:]:
                for line in part.children:
                    add("only_if", said(line, voice))
        add("announce", announcement(kb, result))
        for c in result.candidates:
            for m in c.pathways:
                add("pathway", pathway_sentence(kb, m)[0])
    for condition in kb.conditions.values():
        for m in pathway_matches(kb, condition, tuple(condition.typical_regions)):
            add("pathway", pathway_sentence(kb, m)[0])
    for query in ("side=right", "side=left"):
        for span in side_cue(kb, parse_query(kb, query)):
            for voice in VOICES:
                add("side_cue", said(span, voice))
    for pair in ("root=L5&nerve=common_peroneal", "root=L4&nerve=saphenous"):
        state = parse_query(kb, f"{pair}&present=1")
        shown = territories(kb, state)
        add("compare", compare_summary(kb, state, shown))
        for voice in VOICES:
            parts = compare_present(kb, state.root, state.nerve, shown, "root")
            add("compare", said(parts, voice))
    for alone in ("root=S2", "nerve=sciatic", "nerve=sural"):  # nothing compared
        state = parse_query(kb, alone)
        parts = compare_present(kb, state.root, state.nerve, territories(kb, state), "")
        add("compare", said(parts, "patient"))
        steps = stepping(kb, state, assess(kb, (), ()), None)
        add("stepping", steps["previous_label"])
        add("stepping", steps["next_label"])
    # the same skin, or the root's band all inside the nerve's
    for root, nerve in ((("calf",), ("calf",)), (("calf",), ("calf", "heel"))):
        shown = {"root": root, "nerve": nerve}
        add("compare", compare_summary(kb, state, shown))
    result = assess(kb, ("knee_lateral", "leg_lateral"), ())
    state = parse_query(kb, "areas=knee_lateral,leg_lateral&present=1")
    steps = stepping(kb, state, result, shown_condition(state, result))
    add("stepping", steps["next_label"])
    for part in compare_maps(kb, "L5"):
        add("maps", said(part, "patient"))
    data = script_data(kb)
    for voice in VOICES:
        add("region", data["regions"][voice]["right"]["knee_lateral"])
    return out


@pytest.fixture(scope="module", params=LANGUAGES)
def lang_kb(request, kb) -> KnowledgeBase:
    return kb if request.param == kb.lang else kb.with_lang(request.param)


@pytest.fixture(scope="module")
def sentences(lang_kb) -> dict[str, list[str]]:
    return generated(lang_kb)


def test_every_pattern_is_checked(kb):
    patterns = {k for k, v in kb.ui.as_dict().items() if "{" in v}
    assert patterns - set(PATTERNS) == set()


def test_every_kind_of_sentence_is_built(sentences):
    kinds = {"edge", "verdict", "only_if", "announce", "pathway", "side_cue"}
    assert kinds <= set(sentences)


def test_no_pattern_is_left_half_filled(sentences):
    for kind, lines in sentences.items():
        for line in lines:
            assert "{" not in line and "}" not in line, (kind, line)
            # a choice left empty never shows as Python's None
            assert kind not in ("compare", "stepping") or "None" not in line, line
            assert "  " not in line and " ," not in line and " ." not in line, line
            assert ".." not in line.replace("...", ""), line


def test_a_name_inside_a_sentence_is_its_short_lower_case_form(lang_kb, sentences):
    titles = [
        n for c in lang_kb.conditions.values() for n in (c.name, c.clinician_name)
    ]
    for line in sentences["edge"] + sentences["only_if"]:
        for title in titles:
            # after a lower-case word, inside the sentence: never the title
            mid = re.search(r"[a-záéíóúñ,] " + re.escape(title), line)
            assert not mid, f"{title!r} pasted inside: {line}"
    edges = " ".join(sentences["edge"])
    assert any(c.short_name in edges for c in lang_kb.conditions.values())


def test_each_short_name_reads_inside_a_sentence(lang_kb):
    for c in lang_kb.conditions.values():
        for short in (c.short_name, c.clinician_short_name):
            assert short[:1].islower(), f"{c.id}: {short!r} starts in capitals"
            assert len(short) < len(c.name) + 25, f"{c.id}: {short!r} is not short"


def test_an_edge_starts_with_a_capital_and_ends_with_a_full_stop(sentences):
    for line in sentences["edge"]:
        assert line[:1].isupper() and line.endswith("."), line


def test_a_nerve_never_runs_from_an_area_to_the_same_area(lang_kb, sentences):
    for line in sentences["pathway"]:
        assert not re.search(r"\bfrom (.+?) to \1\b", line), line
    within = 0
    for condition in lang_kb.conditions.values():
        for m in pathway_matches(lang_kb, condition, tuple(condition.typical_regions)):
            if m.kind != "nerve":
                continue
            nerve = lang_kb.nerves[m.id]
            start = (
                lang_kb.sites[m.start][1].name
                if m.start
                else lang_kb.regions[nerve.course[0]].name
            )
            line = pathway_sentence(lang_kb, m)[0].replace(nerve.name, "")
            assert line.count(start) == 1, line  # the start, said once
            within += not m.start and nerve.course[0] in m.regions
    assert within  # some nerves start among the areas they reach


def test_findings_inside_a_sentence_are_quoted(lang_kb, sentences):
    open_quote = lang_kb.ui.quoted.split("{")[0]
    quoting = [
        line
        for line in sentences["edge"]
        if any(
            p.split("{next}")[1].split("{")[0] in line
            for p in (lang_kb.ui.edge_fits, lang_kb.ui.edge_missing)
        )
    ]
    assert quoting
    assert all(open_quote in line for line in quoting)


CUES = {
    "en": {
        "Your right leg, from the front",
        "Your left leg, from behind",
        "Patient's right leg, anterior view",
        "Patient's left leg, posterior view",
    },
    "es": {
        "Su pierna derecha, de frente",
        "Su pierna izquierda, desde atrás",
        "Vista anterior de la pierna derecha del paciente",
        "Vista posterior de la pierna izquierda del paciente",
    },
}


def test_the_side_cue_speaks_to_the_patient_and_in_clinical_words(lang_kb, sentences):
    assert CUES[lang_kb.lang] <= set(sentences["side_cue"])


def test_one_candidate_is_not_announced_in_the_plural(sentences):
    for line in sentences["announce"]:
        assert not re.match(r"1 \w+ \w+s\b", line), line
