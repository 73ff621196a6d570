"""Every scenario through the page's rendering function, in Python: what the
browser would receive for its address, without a browser. A few scenarios also
run in Chromium (test_page) for the wiring."""

import pytest

from tests.scenarios import SCENARIOS, assert_holds
from viz.urlstate import parse_query
from viz.views import parts_for as render


def props(component) -> dict:
    return component.to_plotly_json()["props"]


def walk(node):
    """Every component in a rendered tree."""
    if isinstance(node, list | tuple):
        for child in node:
            yield from walk(child)
    elif hasattr(node, "to_plotly_json"):
        yield node
        yield from walk(props(node).get("children"))


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_scenario_as_rendered(kb, scenario):
    page = render(kb, parse_query(kb, scenario["query"]))
    items = [props(li) for li in page["candidates"]]
    asked = [
        props(c)["data-ask"] for c in walk(page["verdict"]) if "data-ask" in props(c)
    ]
    assert_holds(
        scenario,
        [i["data-condition"] for i in items],
        "none" if page["red_flags_hidden"] else page["red_flag_level"],
        {i["data-condition"]: i["data-strength"] for i in items},
        sum("data-tied" in i for i in items),
        asked,
    )
    if scenario.get("empty"):
        assert not page["invitation_hidden"] and page["candidates"] == []
