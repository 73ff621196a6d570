"""The page as Dash wires it: every id a callback names is on the page the
address opens (Dash is told not to check, as the page is filled by a callback),
and the scripts in assets/ hold none of the vocabulary the data names."""

import re

from tests.components import walk
from tests.conftest import ROOT
from viz import ids
from viz.callbacks import page
from viz.factory import create_app
from viz.layout import create_layout


def named_ids(app) -> set[str]:
    """Every component id the app's callbacks read or write."""
    found = set()
    for key, spec in app.callback_map.items():
        for item in [*spec["inputs"], *spec["state"]]:
            found.add(item["id"])
        outputs = key.strip(".").split("...") if key.startswith("..") else [key]
        found |= {o.split("@")[0].rsplit(".", 1)[0] for o in outputs}
    return found


def test_every_id_a_callback_names_is_on_the_opened_page(kb):
    app = create_app(kb)
    shown = {
        c.id
        for c in walk([create_layout(), *page(kb, "?panel=matrix&areas=calf")])
        if getattr(c, "id", None)
    }
    missing = {i for i in named_ids(app) if not re.fullmatch(r"[0-9a-f]{64}", i)}
    assert missing - shown == set()
    assert {ids.SELECTION, ids.VIEW, ids.MAP_TEXT} <= shown


def test_the_scripts_hold_no_word_of_the_vocabulary(kb):
    """Ids, names and choices come from the server: a script that spelled out a
    region, a finding, a condition or a component id would be a second copy."""
    vocabulary = {*kb.regions, *kb.symptoms, *kb.conditions, *kb.nerves}
    vocabulary |= {*kb.dermatomes, *kb.zooms, *kb.maps, *ids.for_script().values()}
    for script in (ROOT / "assets").glob("*.js"):
        text = script.read_text(encoding="utf-8")
        words = set(re.findall(r"[\"']([A-Za-z0-9_-]+)[\"']", text))
        assert words & vocabulary == set(), script.name
