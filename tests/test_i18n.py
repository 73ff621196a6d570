"""Other languages: every text of data/ in Spanish, checked at start-up, and the
reasoning the same in every language."""

import re
import shutil

import pytest
import yaml

from tests.conftest import ROOT
from tests.scenarios import SCENARIOS, selection
from viz.content import ContentError, load_knowledge_base
from viz.i18n import TRANSLATED, english_files, texts
from viz.reasoning import assess
from viz.urlstate import parse_query, to_query

# What stays the same in Spanish: names, roots, abbreviations, patterns of
# placeholders and punctuation only, and words both languages spell alike.
SAME = re.compile(
    r"^(Radiate|L[1-5]|S[1-5]|Lee et al\. 2008|Keegan & Garrett 1948|[A-Z0-9\W]+"
    r"|pelvis|[Dd]iabetes( mellitus)?)$"
)


def same_in_both(text: str) -> bool:
    return bool(
        SAME.match(text) or not re.search(r"[a-z]", re.sub(r"\{\w+\}", "", text))
    )


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _rewrite(path, change):
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), "utf-8")


def _problems(data_dir) -> str:
    with pytest.raises(ContentError) as err:
        load_knowledge_base(data_dir)
    return str(err.value)


def leaves(tree, path=""):
    """(path, text) of every text in a tree of texts."""
    if isinstance(tree, str):
        yield path, tree
    elif isinstance(tree, list) and all(isinstance(t, str) for t in tree):
        yield path, " / ".join(tree)
    elif isinstance(tree, list):
        for i, t in enumerate(tree):
            yield from leaves(t, f"{path}[{i}]")
    elif isinstance(tree, dict):
        for k, t in tree.items():
            yield from leaves(t, f"{path}.{k}")


def test_spanish_has_every_text_and_differs_from_the_english(kb):
    es = kb.with_lang("es")
    assert kb.languages == {"en": "English", "es": "Español"}
    english, spanish = english_files(kb), english_files(es)
    assert set(english) == set(spanish) == {file for file, _ in TRANSLATED.values()}
    count, same = 0, []
    for file in english:
        en_leaves = dict(leaves(english[file]))
        es_leaves = dict(leaves(spanish[file]))
        assert en_leaves.keys() == es_leaves.keys(), file
        count += len(en_leaves)
        same += [
            (file, p, t) for p, t in en_leaves.items()
            if es_leaves[p] == t and not same_in_both(t)
        ]  # fmt: skip
    assert count > 700
    assert same == []


def test_published_references_keep_their_titles_and_sections_are_translated(kb):
    es = kb.with_lang("es")
    for s in kb.sources.values():
        if s.kind == "reference":
            assert es.sources[s.id].title == s.title
        else:
            assert es.sources[s.id].title != s.title, s.id


def test_a_missing_spanish_text_stops_the_app_naming_file_entry_and_field(data_copy):
    def change(raw):
        del raw["conditions"]["bakers_cyst"]["what_it_is"]["patient"]
        raw["conditions"]["bakers_cyst"]["colour"] = "azul"
        del raw["conditions"]["meniscus_tear"]

    _rewrite(data_copy / "es" / "conditions.yaml", change)
    problems = _problems(data_copy)
    assert (
        "es/conditions.yaml: entry 'bakers_cyst': what_it_is.patient: no translation"
        in problems
    )
    assert (
        "es/conditions.yaml: entry 'bakers_cyst': colour: not in the English file"
        in problems
    )
    assert (
        "es/conditions.yaml: entry 'meniscus_tear': no translation of this entry"
        in problems
    )


def test_spanish_follows_the_english_by_key_when_its_lists_are_reordered(data_copy, kb):
    def reorder_conditions(raw):
        radiculopathy = raw["conditions"][0]
        assert radiculopathy["id"] == "lumbar_radiculopathy"
        supports, steps = radiculopathy["supports"], radiculopathy["first_steps"]
        supports[0], supports[1] = supports[1], supports[0]
        steps[0], steps[3] = steps[3], steps[0]
        radiculopathy["against"].reverse()

    _rewrite(data_copy / "conditions.yaml", reorder_conditions)
    _rewrite(data_copy / "nerves.yaml", lambda raw: raw["nerves"][0]["sites"].reverse())
    swapped = load_knowledge_base(data_copy).with_lang("es")
    before, after = (
        base.conditions["lumbar_radiculopathy"]
        for base in (kb.with_lang("es"), swapped)
    )
    first, second = before.supports[:2]
    assert after.supports[:2] == [second, first]  # symptom, strength and Spanish
    # every Spanish "why" still under its own finding, every step under its id
    spanish = {e.symptom: e.why for e in before.supports + before.against}
    assert {e.symptom: e.why for e in after.supports + after.against} == spanish
    assert {s.id: s.patient for s in after.first_steps} == {
        s.id: s.patient for s in before.first_steps
    }
    assert after.first_steps[0].id == before.first_steps[3].id
    sites = {s.id: s for s in kb.with_lang("es").nerves["sciatic"].sites}
    assert [s.id for s in swapped.nerves["sciatic"].sites] == list(sites)[::-1]
    assert all(s == sites[s.id] for s in swapped.nerves["sciatic"].sites)


def test_a_missing_or_extra_key_in_a_translated_list_names_file_entry_and_key(
    data_copy,
):
    def change(raw):
        radiculopathy = raw["conditions"]["lumbar_radiculopathy"]
        del radiculopathy["supports"]["back_pain"]
        radiculopathy["supports"]["fever"] = {"why": "La fiebre."}
        del radiculopathy["first_steps"]["ice_or_heat"]
        radiculopathy["expects"]["hallmark"] = {"why": "Sobra."}

    _rewrite(data_copy / "es" / "conditions.yaml", change)
    _rewrite(
        data_copy / "es" / "nerves.yaml",
        lambda raw: raw["nerves"]["sciatic"]["sites"].pop("lumbar_roots"),
    )
    problems = _problems(data_copy)
    entry = "es/conditions.yaml: entry 'lumbar_radiculopathy': "
    assert f"{entry}supports.back_pain: no translation" in problems
    assert f"{entry}supports.fever: not in the English file" in problems
    assert f"{entry}first_steps.ice_or_heat: no translation" in problems
    assert f"{entry}expects.hallmark: not in the English file" in problems
    assert (
        "es/nerves.yaml: entry 'sciatic': sites.lumbar_roots: no translation"
        in problems
    )


def test_a_translated_list_by_position_is_refused(data_copy):
    def change(raw):
        supports = raw["conditions"]["bakers_cyst"]["supports"]
        raw["conditions"]["bakers_cyst"]["supports"] = list(supports.values())

    _rewrite(data_copy / "es" / "conditions.yaml", change)
    assert (
        "es/conditions.yaml: entry 'bakers_cyst': supports: expected texts by key"
        in _problems(data_copy)
    )


def test_an_english_list_naming_one_key_twice_is_refused(data_copy):
    def change(raw):
        cyst = next(c for c in raw["conditions"] if c["id"] == "bakers_cyst")
        cyst["first_steps"][1]["id"] = cyst["first_steps"][0]["id"]

    _rewrite(data_copy / "conditions.yaml", change)
    assert "conditions.yaml: entry 'bakers_cyst': first_steps: Value error, " in (
        _problems(data_copy)
    )


def test_a_pattern_must_keep_its_placeholders(data_copy):
    def change(raw):
        raw["ui"]["region_label"] = "la zona"

    _rewrite(data_copy / "es" / "ui.yaml", change)
    assert (
        "es/ui.yaml: entry 'ui': region_label: the pattern must hold exactly "
        "{name}, {side}" in _problems(data_copy)
    )


def test_a_missing_file_is_named(data_copy):
    (data_copy / "es" / "glossary.yaml").unlink()
    assert "es/glossary.yaml: file is missing" in _problems(data_copy)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_every_scenario_ranks_the_same_in_both_languages(kb, scenario):
    def ranking(base):
        result = assess(base, *selection(scenario))
        return [(c.condition, c.score, c.strength) for c in result.candidates], (
            result.level
        )

    assert ranking(kb) == ranking(kb.with_lang("es"))


def test_the_language_is_in_the_address_and_english_is_no_value(kb):
    assert to_query(parse_query(kb, "lang=en")) == ""
    state = parse_query(kb, "areas=calf&lang=es")
    assert state.lang == "es" and to_query(state) == "?areas=calf&lang=es"
    odd = parse_query(kb, "lang=fr")
    assert odd.lang is None and odd.ignored == ("fr",)


def test_a_language_and_a_map_compose(kb):
    es_keegan = kb.with_lang("es").with_map("keegan")
    assert es_keegan is kb.with_map("keegan").with_lang("es")
    assert es_keegan.lang == "es" and es_keegan.map_id == "keegan"
    assert es_keegan.with_lang("en").with_map("lee") is kb
    assert texts(es_keegan.maps) == texts(kb.with_lang("es").maps)


def test_the_page_says_its_language_and_links_the_other(kb):
    """The page for an address names its language for the map script (which
    sets <html lang>) and links the same view in the other language."""
    from viz.callbacks import page
    from viz.views import for_state, language_links

    for search, lang, link, name in (
        ("?lang=es&areas=knee_lateral", "es", "/?areas=knee_lateral", "English"),
        ("?areas=knee_lateral", "en", "/?areas=knee_lateral&lang=es", "Español"),
    ):
        stores = {c.id: c.data for c in page(kb, search)[:3]}
        assert stores["map-text"]["lang"] == lang
        state = parse_query(kb, search)
        (a,) = language_links(for_state(kb, state), state)
        assert (a.href, a.hrefLang, a.lang, a.children) == (
            link,
            link_lang(lang),
            link_lang(lang),
            name,
        )


def link_lang(lang: str) -> str:
    return "en" if lang == "es" else "es"


def test_a_third_language_starts_from_the_skeleton_the_readme_gives(data_copy, kb):
    from viz.i18n import skeleton

    written = skeleton(
        load_knowledge_base(data_copy, translations=False), data_copy / "fr"
    )
    assert {p.name for p in written} == {file for file, _ in TRANSLATED.values()}
    _rewrite(
        data_copy / "fr" / "ui.yaml",
        lambda raw: raw["ui"].update(language_name="Français"),
    )
    loaded = load_knowledge_base(data_copy)
    assert loaded.languages == {"en": "English", "es": "Español", "fr": "Français"}
    assert parse_query(loaded, "lang=fr").lang == "fr"
    # until translated, its texts are the English ones, in the loader's shape
    assert (
        loaded.with_lang("fr").conditions["bakers_cyst"].name
        == kb.conditions["bakers_cyst"].name
    )
