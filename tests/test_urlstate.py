"""The URL contract, both ways, with hostile and malformed values."""

import pytest

from viz.urlstate import MAX_ITEMS, PageState, from_store, parse_query, to_query
from viz.views import ignored_notice


def test_defaults(kb):
    assert parse_query(kb, "") == PageState()
    assert PageState().layers == ("nerves",)


def test_full_query_round_trips(kb):
    q = (
        "?areas=knee_medial,ankle_medial&symptoms=burning&view=back&side=left"
        "&layers=nerves,dermatomes,chain&condition=saphenous_entrapment"
    )
    state = parse_query(kb, q)
    assert state.areas == ("knee_medial", "ankle_medial") and state.side == "left"
    assert to_query(state) == q
    assert from_store(kb, state.to_store()) == state


def test_unknown_keys_and_ids_are_ignored_and_named(kb):
    state = parse_query(kb, "areas=calf,elbow&colour=red&view=up&condition=gout")
    assert (
        state.areas == ("calf",) and state.view == "front" and state.condition is None
    )
    assert set(state.ignored) == {"elbow", "colour", "up", "gout"}


def test_empty_layers_means_every_layer_off(kb):
    assert parse_query(kb, "layers=").layers == ()


@pytest.mark.parametrize(
    "search", [None, 42, ["areas=calf"], "%%%", "&&==,,", "a" * 10000]
)
def test_malformed_queries_give_the_default_page(kb, search):
    assert parse_query(kb, search).areas == ()


def test_long_lists_are_capped(kb):
    state = parse_query(kb, "areas=" + ",".join(["calf"] * 1000 + ["x"] * 1000))
    assert state.areas == ("calf",) and len(state.ignored) <= MAX_ITEMS


@pytest.mark.parametrize(
    "data",
    [
        None,
        "x",
        [],
        {"areas": "calf"},
        {"areas": [1, None]},
        {"view": ["back"], "condition": {"a": 1}},
    ],
)
def test_store_of_the_wrong_shape_is_ignored(kb, data):
    assert from_store(kb, data).areas == ()


@pytest.mark.parametrize("zoom", ["hip", "thigh", "knee", "lower_leg", "ankle", "foot"])
def test_zoom_is_kept_in_the_address(kb, zoom):
    state = parse_query(kb, f"areas=calf&zoom={zoom}")
    assert state.zoom == zoom
    assert to_query(state) == f"?areas=calf&zoom={zoom}"
    assert from_store(kb, state.to_store()) == state


def test_whole_zoom_is_the_default_and_unknown_zoom_is_named(kb):
    assert to_query(parse_query(kb, "zoom=whole")) == ""
    state = parse_query(kb, "zoom=elbow")
    assert state.zoom == "whole" and state.ignored == ("elbow",)


def test_presentation_is_in_the_address(kb):
    state = parse_query(kb, "present=1&condition=bakers_cyst")
    assert state.present
    assert to_query(state) == "?condition=bakers_cyst&present=1"
    assert from_store(kb, state.to_store()) == state
    assert not parse_query(kb, "present=yes").present
    assert from_store(kb, {"present": "1"}).present is False


def test_the_dermatome_map_is_kept_and_the_default_is_no_value(kb):
    assert to_query(parse_query(kb, "dermatome_map=lee")) == ""
    state = parse_query(kb, "areas=calf&dermatome_map=keegan")
    assert state.dermatome_map == "keegan"
    assert to_query(state) == "?areas=calf&dermatome_map=keegan"
    assert from_store(kb, state.to_store()) == state
    assert from_store(kb, {"dermatome_map": "lee"}).dermatome_map is None
    odd = parse_query(kb, "dermatome_map=foerster")
    assert odd.dermatome_map is None and odd.ignored == ("foerster",)


@pytest.mark.parametrize(
    ("address", "view", "canonical"),
    [
        ("areas=calf,heel", "back", "?areas=calf,heel"),
        ("areas=calf,knee_medial", "front", "?areas=calf,knee_medial"),
        ("areas=heel,ankle_lateral", "front", "?areas=heel,ankle_lateral"),
        ("areas=calf&view=front", "front", "?areas=calf&view=front"),
        ("areas=knee_anterior&view=back", "back", "?areas=knee_anterior&view=back"),
        ("view=back", "back", "?view=back"),
    ],
)
def test_a_link_without_a_view_opens_where_its_areas_are_seen(
    kb, address, view, canonical
):
    """Only back areas: the back; any area the front shows: the front; a view
    named is kept; the address is written back as it reads, so it round-trips."""
    state = parse_query(kb, address)
    assert state.view == view and to_query(state) == canonical
    assert parse_query(kb, canonical) == state
    assert from_store(kb, state.to_store()).to_query() == canonical


@pytest.mark.parametrize(
    ("lang", "address", "said"),
    [
        (None, "areas=knee_medail,calf", "Ignored from the address: knee_medail"),
        (
            None,
            "areas=Your%20results%20are%20abnormal.%20Call%20Dr%20Smith%20now",
            "Ignored from the address: 1 other value",
        ),
        (
            None,
            "colour=red&view=%E2%80%AEkcab&areas=" + "x" * 3000 + ",elbow,elbow",
            "Ignored from the address: colour, elbow, 2 other values",
        ),
        (
            "es",
            "areas=a%20b,c%20d,ok",
            "Elementos de la dirección ignorados: ok, 2 valores más",
        ),
    ],
)
def test_the_notice_quotes_only_ids_and_counts_the_rest(kb, lang, address, said):
    """A link cannot make the page say its words: free text, markup, long or
    right-to-left values are counted, never repeated; a misspelt id is quoted."""
    state = parse_query(kb, address)
    assert ignored_notice(kb.with_lang(lang) if lang else kb, state.ignored) == said
