"""What the page shows for a state: pure functions from a state to components
and to the map's view, which the callbacks hand to Dash and the map script."""

import json
import re
from datetime import date
from typing import Any

from dash import html, no_update

from viz import ids
from viz.compare_view import (
    NERVE,
    ROOT,
    SIGNS,
    compare_present,
    compare_signs,
    step_name,
)
from viz.explain import (
    candidate_items,
    explanation,
    only_if,
    red_flag_panel,
    strength_word,
    verdict,
    voiced,
)
from viz.handout import handout_page
from viz.knowledge import KnowledgeBase
from viz.map_figures import compare_maps
from viz.models import PATHWAY_KINDS
from viz.reasoning import Assessment, assess, pathway_matches
from viz.share import page_url
from viz.urlstate import VIEWS, PageState, to_query

# Per pathway kind, the data-<overlay> attribute its lit structures carry on the
# map; the map script lights exactly the keys it is sent, plus the trap sites.
HIGHLIGHT_KEYS = {
    kind: cls.overlay for kind, cls in PATHWAY_KINDS.items() if cls.overlay
}
OVERLAYS = (*HIGHLIGHT_KEYS.values(), "site", "root", "differs")

# What the page shows for a state: each part by name, the element and property
# it sets. One callback sets them all (viz/callbacks.py, update).
SHOWN = {
    "candidates": (ids.CANDIDATES, "children"),
    "verdict": (ids.VERDICT, "children"),
    "only_if": (ids.ONLY_IF, "children"),
    "invitation_hidden": (ids.INVITATION, "hidden"),
    "explanation": (ids.EXPLANATION, "children"),
    "red_flags": (ids.RED_FLAGS, "children"),
    "red_flags_hidden": (ids.RED_FLAGS, "hidden"),
    "red_flag_level": (ids.RED_FLAGS, "data-level"),
    "side_cue": (ids.SIDE_CUE, "children"),
    "announcement": (ids.ANNOUNCER, "children"),
    "handout": (ids.HANDOUT, "children"),
    "compare_summary": (ids.COMPARE_SUMMARY, "children"),
    "compare_maps": (ids.COMPARE_MAPS, "children"),
    "legend_map": (ids.LEGEND_MAP, "children"),
    "languages": (ids.LANGUAGES, "children"),
    "previous": (ids.PREVIOUS, "data-set"),
    "next": (ids.NEXT, "data-set"),
    "previous_label": (ids.PREVIOUS, "children"),
    "next_label": (ids.NEXT, "children"),
    # nothing to step to (one part or one source only): no Previous and Next
    "stepping_hidden": (ids.PRESENT_NAV, "hidden"),
    # root or nerve presented: both territories, then what tells them apart
    "compare_present": (ids.COMPARE_PRESENT, "children"),
    "compare_signs": (ids.COMPARE_SIGNS, "children"),
    "present": (ids.PRESENT, "data-set"),
    "presenting": (ids.PRESENT, "aria-pressed"),
    "matrix_open": (ids.MATRIX_OPEN, "aria-expanded"),
    "comparing_open": (ids.COMPARE, "open"),
    # what the key explains: a pathway shown, the territories compared, the
    # maps' disagreement (None: the attribute is left off)
    "panel_shown": (ids.MAP_PANEL, "data-shown"),
    "panel_comparing": (ids.MAP_PANEL, "data-comparing"),
    "panel_differing": (ids.MAP_PANEL, "data-differing"),
    # root or nerve presented: the territory Previous and Next have reached
    "panel_focus": (ids.MAP_PANEL, "data-focus"),
}


def shown_parts(parts: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """Per element id, the value of each property the parts set (None for each,
    given no parts: the shape alone, which the callback's outputs follow)."""
    out: dict[str, dict[str, Any]] = {}
    for name, (element, prop) in SHOWN.items():
        out.setdefault(element, {})[prop] = parts[name] if parts else None
    return out


def for_state(kb: KnowledgeBase, state: PageState) -> KnowledgeBase:
    """The base in the language and with the dermatome map the state chose."""
    if state.lang:
        kb = kb.with_lang(state.lang)
    return kb.with_map(state.dermatome_map) if state.dermatome_map else kb


def shown_condition(state: PageState, result: Assessment) -> str | None:
    """The condition in detail: the one chosen while still listed, else the top one."""
    listed = [c.condition for c in result.candidates]
    if state.condition and (state.condition in listed or not listed):
        return state.condition
    return listed[0] if listed else None


def map_state(kb: KnowledgeBase, state: PageState, shown: str | None) -> dict:
    """What the map shows: highlighted structures, typical regions, the address,
    the territories compared, and the warnings raised (the banner unfolds for
    a new one)."""
    highlight: dict[str, list[str]] = {key: [] for key in OVERLAYS}
    typical: list[str] = []
    if shown:
        condition = kb.conditions[shown]
        for m in pathway_matches(kb, condition, state.areas):
            if m.kind in HIGHLIGHT_KEYS:
                highlight[HIGHLIGHT_KEYS[m.kind]].append(m.id)
            if m.start:  # where the nerve is trapped: the source of the pathway
                highlight["site"].append(m.start)
        typical = list(condition.typical_regions)
    # Where the dermatome maps disagree, hatched for the root compared and, while
    # the skin bands are shown, for the bands of the pathway shown.
    highlight["root"] = list(highlight["dermatome"])  # a root lit with its band
    lit = highlight["dermatome"] if "dermatomes" in state.layers else []
    roots = dict.fromkeys([state.root, *lit])
    highlight["differs"] = [r for r in roots if r and kb.maps_differ(r)]
    compare = territories(kb, state)
    return {
        "highlight": highlight,
        "typical": typical,
        "shown": shown,
        "query": to_query(state),
        "compare": compare,
        # each area the root or nerve compared reaches: root, nerve or both
        "regions": {
            r: "both" if r in compare["nerve"] else "root" for r in compare["root"]
        }
        | {r: "nerve" for r in compare["nerve"] if r not in compare["root"]},
        "comparing": " ".join(k for k in ("root", "nerve") if compare[k]),
        "print": print_view(kb, state),
    }


def print_view(kb: KnowledgeBase, state: PageState) -> str:
    """The view printed: the one that draws most of the selected areas (the
    one shown when they tie)."""
    drawn = {v: sum(v in kb.regions[a].views for a in state.areas) for v in VIEWS}
    return max(VIEWS, key=lambda v: (drawn[v], v == state.view))


def territories(kb: KnowledgeBase, state: PageState) -> dict[str, tuple[str, ...]]:
    """Root or nerve: the skin the chosen root's band and the chosen nerve
    supply, each as regions in anatomical order (empty when not chosen)."""
    root = set(kb.band(state.root).regions) if state.root else set()
    nerve = kb.skin_of(state.nerve) if state.nerve else set()
    return {"root": kb.ordered(root), "nerve": kb.ordered(nerve)}


def compare_summary(
    kb: KnowledgeBase, state: PageState, shown: dict[str, tuple[str, ...]]
) -> str:
    """The areas only the root, only the nerve, or both reach (the territories
    the map shows), in words; when one reaches nothing the other does not,
    what tells them apart instead."""
    if not (state.root and state.nerve):
        return ""
    ui = kb.ui
    root, nerve = set(shown["root"]), set(shown["nerve"])

    def words(regions: set[str]) -> str:
        return kb.region_names(kb.ordered(regions)) or ui.compare_nothing

    names = {"root": state.root, "nerve": kb.nerves[state.nerve].name}
    if root & nerve and not root ^ nerve:
        pattern = ui.compare_summary_same
    elif root & nerve and not nerve - root:
        pattern = ui.compare_summary_nerve_inside
    elif root & nerve and not root - nerve:
        pattern = ui.compare_summary_root_inside
    else:
        pattern = ui.compare_summary
    return pattern.format(
        **names,
        root_only=words(root - nerve),
        nerve_only=words(nerve - root),
        both=words(root & nerve),
        apart=ui.compare_signs_heading,
    )


def side_cue(kb: KnowledgeBase, state: PageState) -> list:
    """Which of the patient's legs is drawn, and from where it is seen: one line
    per view, the stylesheet showing the drawn one (printing may draw the other),
    each in the patient's words and the clinician's."""
    ui = kb.ui
    leg = ui.side_right if state.side == "right" else ui.side_left
    leg = leg[:1].lower() + leg[1:]  # the choice's label, inside a sentence
    patterns = {
        "front": (ui.side_cue_front, ui.side_cue_front_clinician),
        "back": (ui.side_cue_back, ui.side_cue_back_clinician),
    }
    tags: dict[str, dict[str, Any]] = {view: {"data-view": view} for view in VIEWS}
    return [
        html.Span(voiced(*(p.format(leg=leg) for p in patterns[view])), **tags[view])
        for view in VIEWS
    ]


def announcement(kb: KnowledgeBase, result: Assessment) -> str:
    """What a screen reader hears after each change: the count and how sure."""
    if not result.candidates:
        return ""
    names = [kb.conditions[c.condition].name for c in result.candidates]
    top = result.candidates[0]
    if result.tied < 2:  # one leads, though perhaps weakly: its strength says so
        strength = strength_word(kb, top.strength).lower()
        return kb.ui.announce.format(count=len(names), top=names[0], strength=strength)
    tops = names[: result.tied]
    return kb.ui.announce_unsure.format(count=len(names), tops="; ".join(tops))


def language_links(kb: KnowledgeBase, state: PageState) -> list:
    """The same view in each other language: a plain link, named in its language."""
    first = next(iter(kb.languages))  # the default, written as no value
    return [
        html.A(
            name,
            href="/"
            + to_query(
                state.model_copy(update={"lang": code if code != first else None})
            ),
            hrefLang=code,
            lang=code,
            className="action language",
        )
        for code, name in kb.languages.items()
        if code != kb.lang
    ]


def setting(**changes: Any) -> str:
    """A button's data-set: the changes to the state it makes, as JSON."""
    return json.dumps(changes, separators=(",", ":"))


def compare_steps(state: PageState) -> list[str]:
    """The parts of root or nerve presented in turn: each territory chosen,
    then, with both, what tells them apart."""
    steps = [step for step in (ROOT, NERVE) if getattr(state, step)]
    return [*steps, SIGNS] if len(steps) == 2 else steps


def stepping(
    kb: KnowledgeBase, state: PageState, result: Assessment, shown: str | None
) -> dict[str, Any]:
    """Presentation's Previous and Next: through the parts of root or nerve
    when it is open, else through the candidates; each names where it goes,
    from the last back to the first (no button that does nothing), and both
    are hidden when there is nowhere to go."""
    steps = compare_steps(state)
    if steps:
        at = steps.index(state.focus) if state.focus in steps else 0
        names = [step_name(kb, s, state.root, state.nerve) for s in steps]
        sets = [setting(focus=s) for s in steps]
    else:
        listed = [c.condition for c in result.candidates]
        at = listed.index(shown) if shown in listed else 0
        names = [kb.conditions[c].short_name for c in listed]
        sets = [setting(condition=c) for c in listed]
    if len(sets) < 2:
        return {"previous": None, "next": None, "previous_label": kb.ui.previous_step,
                "next_label": kb.ui.next_step, "stepping_hidden": True}  # fmt: skip
    before, after = (at - 1) % len(sets), (at + 1) % len(sets)
    return {
        "previous": sets[before],
        "next": sets[after],
        "previous_label": kb.ui.previous_to.format(name=names[before]),
        "next_label": kb.ui.next_to.format(name=names[after]),
        "stepping_hidden": False,
    }


def presented(
    kb: KnowledgeBase, state: PageState, compare: dict[str, tuple[str, ...]]
) -> dict[str, Any]:
    """Root or nerve in words: its examination on the page, and its parts
    presented in turn (the focus reached, the first by default)."""
    steps = compare_steps(state)
    focus = state.focus if state.focus in steps else (steps[0] if steps else None)
    root, nerve = state.root, state.nerve
    return {
        "compare_present": (
            compare_present(kb, state.root, state.nerve, compare, focus)
            if focus
            else []
        ),
        "compare_signs": compare_signs(kb, root, nerve) if root and nerve else [],
        "panel_focus": focus if state.present else None,
    }


def parts_for(kb: KnowledgeBase, state: PageState) -> dict[str, Any]:
    """Everything the page shows for a state, by name (see SHOWN), and what the
    map shows (view)."""
    result = assess(kb, state.areas, state.symptoms)
    shown = shown_condition(state, result)
    by_id = {c.condition: c for c in result.candidates}
    view = map_state(kb, state, shown)
    view["flags"] = [f.id for f in result.red_flags]
    return {
        "candidates": candidate_items(kb, result, shown),
        "verdict": verdict(kb, result, bool(state.areas or state.symptoms)),
        "only_if": only_if(kb, result),
        # nothing selected: the invitation, even while a condition is explained
        "invitation_hidden": bool(state.areas or state.symptoms),
        "explanation": explanation(kb, shown, by_id.get(shown)) if shown else [],
        "red_flags": red_flag_panel(kb, result.red_flags) if result.red_flags else [],
        "red_flags_hidden": not result.red_flags,
        "red_flag_level": result.level or "none",
        "view": view,
        "side_cue": side_cue(kb, state),
        "announcement": announcement(kb, result),
        "handout": handout_page(
            kb,
            state,
            result.candidates,
            result.red_flags,
            page_url(view["query"]),
            date.today(),
            compare_summary(kb, state, view["compare"]),
        ),
        "compare_summary": compare_summary(kb, state, view["compare"]),
        "compare_maps": compare_maps(kb, state.root) if state.root else [],
        "legend_map": kb.ui.legend_map.format(map=kb.maps[kb.map_id].name),
        "languages": language_links(kb, state),
        **stepping(kb, state, result, shown),
        **presented(kb, state, view["compare"]),
        # entering or leaving, a presentation starts again from its first part
        "present": setting(present=not state.present, focus=None),
        "presenting": "true" if state.present else "false",
        "matrix_open": "true" if state.panel else "false",
        # "Root or nerve?" opens when a root or nerve is chosen; left alone else
        "comparing_open": True if state.root or state.nerve else no_update,
        "panel_shown": "" if shown else None,
        "panel_comparing": view["comparing"] or None,
        "panel_differing": "" if view["highlight"]["differs"] else None,
    }


# A value of the address that looks like an id (a misspelt area a clinician can
# correct) may be quoted in the notice; anything else is only counted, so a
# link cannot make the page say its words.
ID_LIKE = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
QUOTED = 6  # ids quoted at most; the rest are counted


def ignored_notice(kb: KnowledgeBase, ignored: tuple[str, ...]) -> str:
    """What the address held that was ignored: the id-like values quoted, the
    rest counted."""
    ui = kb.ui
    id_like = [v for v in ignored if ID_LIKE.fullmatch(v)]
    quoted = list(dict.fromkeys(id_like))
    others = len(ignored) - len(id_like) + max(len(quoted) - QUOTED, 0)
    items = quoted[:QUOTED]
    if others:
        items.append(
            ui.ignored_other if others == 1 else ui.ignored_others.format(count=others)
        )
    return ui.ignored_notice.format(items=", ".join(items))
