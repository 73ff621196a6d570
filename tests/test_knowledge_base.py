"""The knowledge base holds every contract id, and every reference in it resolves."""

import shutil
import subprocess
import sys

import pytest
import yaml

from tests import contract
from tests.conftest import ROOT
from viz.checks import reference_problems
from viz.content import ContentError, export_schemas, load_knowledge_base


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
    levels = {
        f.when_all[0]: f.level for f in kb.red_flags.values() if len(f.when_all) == 1
    }
    assert levels == contract.RED_FLAG_LEVELS | contract.ADDED_RED_FLAG_LEVELS
    combined = [
        f
        for f in kb.red_flags.values()
        if set(f.when_all) == {"swelling", "warmth_redness"}
    ]
    assert [f.level for f in combined] == ["urgent"]


def _entries(kb):
    for field in (
        "regions",
        "nerves",
        "dermatomes",
        "links",
        "vessels",
        "red_flags",
        "conditions",
    ):
        yield from getattr(kb, field)


@pytest.mark.parametrize("entry", list(_entries(load_knowledge_base())))
def test_entry_references_resolve(kb, entry):
    assert [p for p in reference_problems(kb) if p[1] == entry] == []


@pytest.mark.parametrize("condition", sorted(contract.CONDITIONS))
def test_condition_texts_cite_an_article_section(kb, condition):
    c = kb.conditions[condition]
    texts = [c.what_it_is, c.how_it_refers, *c.first_steps]
    assert all(kb.sources[t.source].kind == "article_section" for t in texts)


def test_every_dermatome_key_point_lies_in_its_band(kb):
    for d in kb.dermatomes.values():
        assert d.key_point.region in d.regions, d.id


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
    assert len(written) == 12
    conditions = yaml.safe_load((tmp_path / "conditions.schema.json").read_text())
    item = conditions["properties"]["conditions"]["items"]
    assert item["additionalProperties"] is False
    assert all("description" in f for f in item["properties"].values())
