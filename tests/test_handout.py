"""The printed handout (viz/handout.py): the selection in words, the warning
signs to watch for, raised ones first, and the way back to this view."""

from datetime import date

from tests.components import of_type, walk, words
from viz.handout import handout_page, room
from viz.reasoning import assess
from viz.share import page_url
from viz.urlstate import parse_query, to_query

PRINTED = date(2026, 3, 14)


def part(page, name: str) -> str:
    """The words of the handout's parts of one class."""
    return words(
        [c for c in walk(page) if name in (getattr(c, "className", None) or "").split()]
    )


def watched(page) -> set[str]:
    """The short titles of the warning signs listed to watch for."""
    items = [
        c
        for c in walk(page)
        if "watch" in (getattr(c, "className", None) or "").split()
    ]
    return {t for li in items for t in li.children[1].split("; ")}


def made(kb, query: str):
    """The handout for a query, as the page builds it, and its state."""
    state = parse_query(kb, query)
    result = assess(kb, state.areas, state.symptoms)
    url = page_url(to_query(state))
    page = handout_page(kb, state, result.candidates, result.red_flags, url, PRINTED)
    return page, url


def test_handout_names_the_areas_and_findings_in_words(kb):
    page, _ = made(kb, "areas=knee_lateral,foot_dorsum&symptoms=foot_drop")
    chosen = part(page, "handout-chosen")
    assert kb.regions["knee_lateral"].name in chosen
    assert kb.regions["foot_dorsum"].name in chosen
    assert kb.symptoms["foot_drop"].label in chosen
    assert "knee_lateral" not in chosen


def test_handout_lists_warning_signs_to_watch_with_none_raised(kb):
    page, _ = made(kb, "areas=knee_anterior")
    warnings = part(page, "handout-warnings")
    assert kb.ui.handout_watch_heading in warnings
    assert kb.ui.handout_raised not in warnings
    assert watched(page) == {
        rule.title
        for rule in kb.red_flags.values()
        if rule.level in ("emergency", "urgent")
    }
    assert kb.ui.section in part(page, "handout-warnings")


def test_raised_warnings_come_first_and_are_marked(kb):
    page, _ = made(kb, "areas=lower_back&symptoms=back_pain,bowel_bladder_change")
    warnings = part(page, "handout-warnings")
    raised = kb.red_flags["bowel_bladder"]
    assert f"{kb.ui.handout_raised}: " in part(page, "raised")
    assert raised.title in part(page, "raised")
    assert warnings.index(raised.title) < warnings.index(kb.ui.handout_watch_emergency)
    assert raised.title not in watched(page)  # not listed again to watch for


def test_handout_has_the_link_to_this_view_its_qr_code_and_the_date(kb):
    query = "areas=calf&symptoms=swelling&root=L5&nerve=common_peroneal"
    page, url = made(kb, query)
    assert url.endswith("/" + to_query(parse_query(kb, query)))
    said = words(page)
    assert url in said and "2026-03-14" in said
    (qr,) = of_type(page, "Img")
    assert qr.src.startswith("data:image/svg+xml") and qr.alt == url


def test_fewer_candidates_print_as_more_warnings_are_raised(kb):
    assert [room(tuple(range(n))) for n in (0, 1, 2, 4, 5, 9)] == [3, 3, 2, 2, 1, 1]
