"""The drawing and the knowledge base agree, both ways, id for id."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

SVG_DIR = Path(__file__).resolve().parent.parent / "assets" / "svg"
VIEWS = ("front", "back")


def ids_in(view: str, attr: str) -> set[str]:
    root = ET.parse(SVG_DIR / f"{view}.svg").getroot()
    return {el.get(attr) for el in root.iter() if el.get(attr) is not None}


def ids_in_any_view(attr: str) -> set[str]:
    return set().union(*(ids_in(view, attr) for view in VIEWS))


@pytest.mark.parametrize("view", VIEWS)
def test_each_view_draws_exactly_the_regions_the_data_puts_there(kb, view):
    expected = {r.id for r in kb.regions.values() if view in r.views}
    assert ids_in(view, "data-region") == expected


@pytest.mark.parametrize(
    ("attr", "field"),
    [
        ("data-nerve", "nerves"),
        ("data-dermatome", "dermatomes"),
        ("data-chain-link", "links"),
        ("data-chain-segment", "segments"),
        ("data-site", "sites"),
    ],
)
def test_overlay_ids_match_the_data(kb, attr, field):
    assert ids_in_any_view(attr) == set(getattr(kb, field))


def test_each_key_point_is_drawn_in_a_view_that_shows_its_region(kb):
    for d in kb.dermatomes.values():
        views = [v for v in VIEWS if d.id in ids_in(v, "data-key-point")]
        assert views and all(
            v in kb.regions[d.key_point.region].views for v in views
        ), d.id


def test_each_site_is_drawn_in_a_view_that_shows_its_region(kb):
    for site_id, (_, site) in kb.sites.items():
        views = [v for v in VIEWS if site_id in ids_in(v, "data-site")]
        assert views and all(v in kb.regions[site.region].views for v in views), site_id


def test_each_region_is_focusable_and_pressable_in_the_file(kb):
    for view in VIEWS:
        root = ET.parse(SVG_DIR / f"{view}.svg").getroot()
        for el in root.iter():
            if el.get("data-region"):
                assert (el.get("tabindex"), el.get("role"), el.get("aria-pressed")) == (
                    "0",
                    "button",
                    "false",
                ), el.get("data-region")
