"""The knowledge base holds every contract id, and every reference in it resolves."""

import json
import shutil
import subprocess
import sys

import pytest
import yaml

from tests import contract
from tests.conftest import ROOT
from viz.content import (
    EXTRA_LISTS,
    FILES,
    SINGLE,
    ContentError,
    export_schemas,
    load_knowledge_base,
)


def test_every_contract_region_is_in_the_data_with_its_views(kb):
    assert {r: set(kb.regions[r].views) for r in contract.REGIONS} == contract.REGIONS


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("nerves", contract.NERVES),
        ("dermatomes", contract.DERMATOMES),
        ("segments", contract.SEGMENTS),
        ("links", contract.LINKS),
        ("conditions", contract.CONDITIONS),
    ],
)
def test_every_contract_id_is_in_the_data(kb, field, expected):
    assert expected <= set(getattr(kb, field))


def test_symptoms_and_red_flag_levels_match_the_contract(kb):
    ordinary = {s.id for s in kb.symptoms.values() if not s.red_flag}
    assert ordinary == contract.SYMPTOMS | contract.ADDED_SYMPTOMS
    # Each warning finding alone raises a rule of the contract's level.
    alone = {
        f.all_of[0]: f.level
        for f in kb.red_flags.values()
        if len(f.all_of) == 1 and not (f.any_of or f.areas_any or f.none_of)
    }
    warnings = contract.RED_FLAG_LEVELS | contract.ADDED_RED_FLAG_LEVELS
    assert {s: alone.get(s) for s in warnings} == warnings
    assert {s.id for s in kb.symptoms.values() if s.red_flag} == set(warnings)
    combined = [
        f
        for f in kb.red_flags.values()
        if set(f.all_of) == {"swelling", "warmth_redness"}
    ]
    assert [f.level for f in combined] == ["urgent"]


@pytest.mark.parametrize("condition", sorted(contract.CONDITIONS))
def test_condition_texts_cite_an_article_section(kb, condition):
    """What the article's conditions are and how they refer pain is the article's;
    a first step that goes beyond it (a scan, a score) names its reference."""
    c = kb.conditions[condition]
    texts = [c.what_it_is, c.how_it_refers]
    assert all(kb.sources[t.source].kind == "article_section" for t in texts)
    assert any(kb.sources[t.source].kind == "article_section" for t in c.first_steps)


def test_every_dermatome_key_point_lies_in_its_band_in_every_map(kb):
    assert list(kb.maps) == ["lee", "keegan"]  # docs/CONTRACT.md, lee the default
    for d in kb.dermatomes.values():
        assert set(d.bands) == set(kb.maps), d.id
        for m, band in d.bands.items():
            assert d.key_point.region in band.regions, (d.id, m)


@pytest.fixture
def data_copy(tmp_path):
    """A writable copy of data/ to break on purpose."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _edit(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_bad_yaml_names_the_file_and_line(data_copy):
    _edit(data_copy / "regions.yaml", "regions:\n", "regions:\n  - {id: [\n")
    with pytest.raises(ContentError, match=r"regions.yaml, line \d+: bad YAML"):
        load_knowledge_base(data_copy)


@pytest.mark.parametrize("name", ["symptoms.yaml", "es/symptoms.yaml"])
def test_a_file_that_is_not_utf8_is_named_with_its_line(data_copy, name):
    path = data_copy / name
    text = path.read_bytes()
    cut = text.index(b"\n", text.index(b"\n") + 1) + 1  # the start of line 3
    path.write_bytes(text[:cut] + b"# caf\xe9\n" + text[cut:])
    with pytest.raises(ContentError) as err:
        load_knowledge_base(data_copy)
    assert f"{name}, line 3: not UTF-8 text (byte 0xe9)" in str(err.value)


def test_a_misspelt_key_point_region_is_named(data_copy):
    _rewrite(
        data_copy / "dermatomes.yaml",
        lambda r: r["dermatomes"][0]["key_point"].update(region="thigh_anteror"),
    )
    found = _problems(data_copy)
    assert (
        "dermatomes.yaml: entry 'L2': key point: unknown region 'thigh_anteror'"
        in found
    )
    assert "key point lies outside the band" not in found


def test_unknown_key_names_the_file_entry_and_key(data_copy):
    _edit(
        data_copy / "conditions.yaml",
        "    prior: 0.5\n",
        "    prior: 0.5\n    priority: 1\n",
    )
    with pytest.raises(ContentError) as err:
        load_knowledge_base(data_copy)
    assert (
        "conditions.yaml: entry 'lumbar_radiculopathy': priority: "
        "Extra inputs are not permitted"
    ) in str(err.value)


# The references of data/ itself need no test of their own: the loader refuses a
# dangling one (the tests below), and every test loads data/.
def test_misspelt_reference_names_the_file_entry_and_id(data_copy):
    _edit(
        data_copy / "conditions.yaml",
        "nerve: saphenous, site: adductor_canal",
        "nerve: saphenus, site: adductor_canal",
    )
    with pytest.raises(ContentError) as err:
        load_knowledge_base(data_copy)
    assert (
        "conditions.yaml: entry 'saphenous_entrapment': unknown nerve 'saphenus'"
        in str(err.value)
    )


def test_site_must_belong_to_the_pathway_nerve(data_copy):
    _edit(data_copy / "conditions.yaml", "site: fibular_head", "site: tarsal_tunnel")
    with pytest.raises(ContentError, match="site 'tarsal_tunnel' is not on nerve"):
        load_knowledge_base(data_copy)


def test_app_start_stops_with_a_short_message_on_broken_data(data_copy):
    _edit(data_copy / "symptoms.yaml", "id: burning,", "id: burning, colour: red,")
    run = subprocess.run(
        [sys.executable, "app.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"RADIATE_DATA": str(data_copy), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode != 0
    assert "symptoms.yaml: entry 'burning': colour: Extra inputs" in run.stderr
    assert "Traceback" not in run.stderr


def test_check_command_reports_valid_data():
    run = subprocess.run(
        [sys.executable, "-m", "viz.content", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "25 regions" in run.stdout


def test_schemas_are_exported_for_every_file(tmp_path):
    written = export_schemas(tmp_path)
    assert len(written) == 12 + 11  # the English files, and each one translated
    es = json.loads((tmp_path / "translation.conditions.schema.json").read_text())
    entries = es["properties"]["conditions"]
    assert "lumbar_radiculopathy" in entries["required"]
    what = entries["properties"]["lumbar_radiculopathy"]["properties"]["what_it_is"]
    assert what["required"] == ["patient", "clinician"]
    conditions = yaml.safe_load((tmp_path / "conditions.schema.json").read_text())
    item = conditions["properties"]["conditions"]["items"]
    assert item["additionalProperties"] is False
    assert all("description" in f for f in item["properties"].values())
    committed = ROOT / "docs" / "schema"
    for path in written:
        assert (committed / path.name).read_text() == path.read_text(), (
            f"run: python -m viz.content schema docs/schema ({path.name})"
        )


# Every content file refuses what an editor's typo would otherwise hide.
LISTS = [(name, key) for name, (key, _, _) in FILES.items()] + [
    (name, key) for key, (name, _) in EXTRA_LISTS.items()
]
ALL_FILES = sorted({name for name, _ in LISTS} | {n for n, _ in SINGLE.values()})


def _rewrite(path, change):
    """Load a data file, change its parsed content, write it back."""
    raw = yaml.safe_load(path.read_text())
    change(raw)
    path.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True))


def _problems(data_copy) -> str:
    with pytest.raises(ContentError) as err:
        load_knowledge_base(data_copy)
    return str(err.value)


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_file_refuses_an_unknown_top_level_key(data_copy, name):
    _rewrite(data_copy / name, lambda raw: raw.update({"extras": []}))
    assert f"{name}: unknown top-level key 'extras'" in _problems(data_copy)


@pytest.mark.parametrize(("name", "key"), LISTS)
def test_every_list_refuses_an_unknown_key_in_an_entry(data_copy, name, key):
    _rewrite(data_copy / name, lambda raw: raw[key][0].update({"colour": "red"}))
    first = yaml.safe_load((data_copy / name).read_text())[key][0]["id"]
    expected = f"{name}: entry '{first}': colour: Extra inputs are not permitted"
    assert expected in _problems(data_copy)


@pytest.mark.parametrize(("name", "key"), LISTS)
def test_every_list_refuses_a_duplicate_id(data_copy, name, key):
    _rewrite(data_copy / name, lambda raw: raw[key].append(raw[key][0]))
    first = yaml.safe_load((data_copy / name).read_text())[key][0]["id"]
    assert f"{name}: entry '{first}': duplicate id" in _problems(data_copy)


@pytest.mark.parametrize(("name", "key"), [(n, k) for k, (n, _) in SINGLE.items()])
def test_every_single_mapping_refuses_an_unknown_key(data_copy, name, key):
    _rewrite(data_copy / name, lambda raw: raw[key].update({"colour": "red"}))
    expected = f"{name}: entry '{key}': colour: Extra inputs are not permitted"
    assert expected in _problems(data_copy)


# One dangling reference per file, and the problem it must be reported as.
DANGLING = {
    "regions.yaml": (
        lambda r: r["regions"][0].update(chain_segment="nowhere"),
        "regions.yaml: entry 'lower_back': unknown chain segment 'nowhere'",
    ),
    "nerves.yaml": (
        lambda r: r["nerves"][0].update(course=["elbow"]),
        "nerves.yaml: entry 'sciatic': unknown region 'elbow'",
    ),
    "dermatomes.yaml": (
        lambda r: r["dermatomes"][0]["bands"]["keegan"].update(regions=["elbow"]),
        "dermatomes.yaml: entry 'L2': keegan: unknown region 'elbow'",
    ),
    "chain.yaml": (
        lambda r: r["links"][0].update(upper="neck"),
        "chain.yaml: entry 'lumbar_spine-pelvis': unknown segment 'neck'",
    ),
    "vessels.yaml": (
        lambda r: r["vessels"][0].update(regions=["elbow"]),
        "vessels.yaml: entry 'leg_arteries': unknown region 'elbow'",
    ),
    "red_flags.yaml": (
        lambda r: r["red_flags"][0].update(all_of=["hiccups"]),
        "red_flags.yaml: entry 'bowel_bladder': unknown symptom 'hiccups'",
    ),
    "conditions.yaml": (
        lambda r: r["conditions"][0].update(typical_regions=["elbow"]),
        "conditions.yaml: entry 'lumbar_radiculopathy': unknown region 'elbow'",
    ),
    "symptoms.yaml": (
        lambda r: r["symptoms"][0].update(red_flag=True),
        "symptoms.yaml: entry 'numbness_tingling': red-flag symptom raised by no rule",
    ),
    "glossary.yaml": (
        lambda r: r["glossary"][0]["definition"].update(source="nowhere"),
        "glossary.yaml: entry 'referred_pain': unknown source 'nowhere'",
    ),
    "sources.yaml": (
        lambda r: r["sources"].pop(0),
        "conditions.yaml: entry 'lumbar_radiculopathy': unknown source 'referred_pain'",
    ),
}


@pytest.mark.parametrize("name", DANGLING)
def test_every_file_refuses_a_dangling_reference(data_copy, name):
    change, expected = DANGLING[name]
    _rewrite(data_copy / name, change)
    assert expected in _problems(data_copy)


def test_each_kind_of_pathway_is_looked_up_checked_and_put_into_words(kb):
    from typing import get_args

    from viz.checks import pathway_problems
    from viz.models import PATHWAY_KINDS, Pathway
    from viz.pathway_text import pathway_sentence

    union = get_args(get_args(Pathway)[0])
    assert set(union) == set(PATHWAY_KINDS.values())
    used = {p.kind: p for c in kb.conditions.values() for p in c.pathways}
    assert set(used) == set(PATHWAY_KINDS)
    for kind, pathway in used.items():
        assert type(pathway) is PATHWAY_KINDS[kind]
        assert pathway_problems(kb, pathway) == []
        structures = kb.pathway_structures(pathway)
        assert structures and all(m.kind == kind for m in structures)
        reached = {r for m in structures for r in m.regions}
        assert kb.pathway_regions(pathway) <= reached
        line, source = pathway_sentence(kb, structures[0])
        assert line and source in kb.sources


def test_a_region_must_name_a_part_and_every_part_must_hold_a_region(data_copy):
    def change(raw):
        raw["regions"][0]["zoom"] = "elbow"
        raw["parts"].append({"id": "neck", "name": "Neck"})

    _rewrite(data_copy / "regions.yaml", change)
    problems = _problems(data_copy)
    assert "regions.yaml: entry 'lower_back': unknown part 'elbow'" in problems
    assert (
        "regions.yaml: entry 'neck': no region is enlarged with this part" in problems
    )


def test_every_root_needs_a_band_in_every_map_and_no_other(data_copy):
    def change(raw):
        raw["dermatomes"][2]["bands"].pop("keegan")
        raw["dermatomes"][3]["bands"]["foerster"] = raw["dermatomes"][3]["bands"]["lee"]
        raw["dermatomes"][4]["bands"]["lee"]["note"]["source"] = "nowhere"

    _rewrite(data_copy / "dermatomes.yaml", change)
    problems = _problems(data_copy)
    assert "dermatomes.yaml: entry 'L4': no band in the map 'keegan'" in problems
    assert "dermatomes.yaml: entry 'L5': band of an unknown map 'foerster'" in problems
    assert "dermatomes.yaml: entry 'S1': unknown source 'nowhere'" in problems


def test_a_base_reads_its_bands_from_the_map_it_was_given(kb):
    keegan = kb.with_map("keegan")
    assert kb.map_id == "lee" and keegan.map_id == "keegan"
    assert keegan.with_map("lee") is kb and kb.with_map("keegan") is keegan
    assert "thigh_lateral" in keegan.band("L4").regions
    assert "thigh_lateral" not in kb.band("L4").regions
    assert keegan.reach is not kb.reach  # each map its own reasoning
    # maps_differ: exactly the regions one map gives the root and the other not
    for root, d in kb.dermatomes.items():
        lee, kg = set(d.bands["lee"].regions), set(d.bands["keegan"].regions)
        assert set(kb.maps_differ(root)) == lee ^ kg
