"""Thin callbacks: translate between the page and the pure reasoning and builders."""

import json
from typing import Any

from dash import (
    ClientsideFunction,
    Dash,
    Input,
    Output,
    clientside_callback,
)

from viz import ids
from viz.drawing import drawing_name
from viz.explain import (
    candidate_items,
    explanation,
    handout,
    only_if,
    red_flag_panel,
    verdict,
)
from viz.knowledge import KnowledgeBase
from viz.layout import page_html
from viz.map_figures import compare_maps
from viz.markup import Element, html, to_html
from viz.matrix_panel import panel as matrix_panel
from viz.models import PATHWAY_KINDS
from viz.reasoning import Assessment, assess, pathway_matches
from viz.share import page_url, share_panel
from viz.urlstate import PageState, from_store, parse_query, to_query

# Per pathway kind, the data-<overlay> attribute its lit structures carry on the
# map; the map script lights exactly the keys it is sent, plus the trap sites.
HIGHLIGHT_KEYS = {
    kind: cls.overlay for kind, cls in PATHWAY_KINDS.items() if cls.overlay
}
OVERLAYS = (*HIGHLIGHT_KEYS.values(), "site", "differs")


def shown_condition(state: PageState, result: Assessment) -> str | None:
    """The condition in detail: the one chosen while still listed, else the top one."""
    listed = [c.condition for c in result.candidates]
    if state.condition and (state.condition in listed or not listed):
        return state.condition
    return listed[0] if listed else None


def map_state(kb: KnowledgeBase, state: PageState, shown: str | None) -> dict:
    """What the map script applies: highlighted structures, typical regions, the URL."""
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
    lit = highlight["dermatome"] if "dermatomes" in state.layers else []
    roots = dict.fromkeys([state.root, *lit])
    highlight["differs"] = [r for r in roots if r and kb.maps_differ(r)]
    return {
        "highlight": highlight,
        "typical": typical,
        "shown": shown,
        "query": to_query(state),
        "compare": territories(kb, state),
    }


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
    the map shows), in words."""
    if not (state.root and state.nerve):
        return ""
    root, nerve = set(shown["root"]), set(shown["nerve"])

    def words(regions: set[str]) -> str:
        return kb.region_names(kb.ordered(regions)) or kb.ui.compare_nothing

    return kb.ui.compare_summary.format(
        root=state.root,
        nerve=kb.nerves[state.nerve].name,
        root_only=words(root - nerve),
        nerve_only=words(nerve - root),
        both=words(root & nerve),
    )


def side_cue(kb: KnowledgeBase, state: PageState) -> str:
    """Which of the patient's legs is drawn, and from where it is seen."""
    side = kb.ui.side_word_right if state.side == "right" else kb.ui.side_word_left
    pattern = kb.ui.side_cue_front if state.view == "front" else kb.ui.side_cue_back
    return pattern.format(side=side.lower())


def notice(kb: KnowledgeBase, state: PageState) -> tuple[str, bool]:
    """The notice naming what the address held that was ignored, and if it hides."""
    if not state.ignored:
        return "", True
    return kb.ui.ignored_notice.format(items=", ".join(state.ignored)), False


def announcement(kb: KnowledgeBase, result: Assessment) -> str:
    """What a screen reader hears after each change: the count and how sure."""
    if not result.candidates:
        return ""
    names = [kb.conditions[c.condition].name for c in result.candidates]
    top = result.candidates[0]
    if result.confident:
        strength = getattr(kb.ui, f"strength_{top.strength}").lower()
        return kb.ui.announce.format(count=len(names), top=names[0], strength=strength)
    tops = names[: max(result.tied, 1)]
    return kb.ui.announce_unsure.format(count=len(names), tops="; ".join(tops))


# assets/radiate.js registers its callbacks on window.dash_clientside under this.
CLIENTSIDE = "radiate"

# What the page shows for a state: each part by name, the element and property
# it sets. The page script applies them all from one answer (applyAnswer).
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
}
# Shown only when the page is sent for an address; left alone on later changes.
FROM_ADDRESS = {
    "notice": (ids.NOTICE, "children"),
    "notice_hidden": (ids.NOTICE, "hidden"),
}


def render(kb: KnowledgeBase, state: PageState) -> dict[str, Any]:
    """Everything the page shows for a state, by name (see SHOWN), and what the
    map shows (view_state)."""
    result = assess(kb, state.areas, state.symptoms)
    shown = shown_condition(state, result)
    by_id = {c.condition: c for c in result.candidates}
    view = map_state(kb, state, shown)
    return {
        "candidates": candidate_items(kb, result, shown),
        "verdict": verdict(kb, result, bool(state.areas or state.symptoms)),
        "only_if": only_if(kb, result),
        "invitation_hidden": bool(state.areas or state.symptoms) or shown is not None,
        "explanation": explanation(kb, shown, by_id.get(shown)) if shown else [],
        "red_flags": red_flag_panel(kb, result.red_flags) if result.red_flags else [],
        "red_flags_hidden": not result.red_flags,
        "red_flag_level": result.level or "none",
        "view_state": view,
        "side_cue": side_cue(kb, state),
        "announcement": announcement(kb, result),
        "handout": handout(kb, result.candidates),
        "compare_summary": compare_summary(kb, state, view["compare"]),
        "compare_maps": compare_maps(kb, state.root) if state.root else [],
        "legend_map": kb.ui.legend_map.format(map=kb.maps[kb.map_id].name),
        "languages": language_links(kb, state),
    }


def targets(
    parts: dict[str, Any], names: dict[str, tuple[str, str]]
) -> dict[str, dict[str, Any]]:
    """Per element id, the value of each property the named parts set."""
    out: dict[str, dict[str, Any]] = {}
    for name, (element, prop) in names.items():
        out.setdefault(element, {})[prop] = parts[name]
    return out


def answer(parts: dict[str, Any], names: dict[str, tuple[str, str]]) -> str:
    """One compact answer for the page script, as JSON text: per element id,
    each property's new value (element content as escaped HTML), and what the
    map shows. It travels as an attribute of a hidden element, which the
    script watches: no component tree, no store, no clientside callback."""
    values = targets(parts, names)
    for props in values.values():
        if "children" in props:
            props["children"] = to_html(props["children"])
    return json.dumps({"set": values, "view": parts.get("view_state")})


def for_state(kb: KnowledgeBase, state: PageState) -> KnowledgeBase:
    """The base in the language and with the dermatome map the state chose."""
    if state.lang:
        kb = kb.with_lang(state.lang)
    return kb.with_map(state.dermatome_map) if state.dermatome_map else kb


def language_links(kb: KnowledgeBase, state: PageState) -> list[Element]:
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


def page(kb: KnowledgeBase, search: object) -> tuple[str, str]:
    """The page for an address, and its language (<html lang>): the state it
    names already shown, and the notice naming what the address held that was
    ignored."""
    state = parse_query(kb, search)
    kb = for_state(kb, state)
    text, hidden = notice(kb, state)
    parts = render(kb, state) | {"notice": text, "notice_hidden": hidden}
    start = {"selection": state.to_store(), "view": parts["view_state"]}
    # The view's drawing is asked for as the page arrives, long before the page
    # script runs (which fetches the same address).
    drawing = f"/assets/svg/{drawing_name(kb, state.view)}.svg"
    body = page_html(kb, targets(parts, SHOWN | FROM_ADDRESS), start)
    preload = f'<link rel="preload" href="{drawing}" as="fetch" crossorigin>'
    return kb.lang, preload + body


# The share panel's parts, in the same form as the page's.
SHARE_PARTS = {
    "panel": (ids.SHARE_PANEL, "children"),
    "panel_hidden": (ids.SHARE_PANEL, "hidden"),
}


def unpack(text: object) -> object:
    """The page state the script sent as JSON text; anything else holds none."""
    if not isinstance(text, str):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def register_callbacks(app: Dash, kb: KnowledgeBase) -> None:
    """Wire the page to the knowledge base. The page arrives with its state shown
    (see page()); every later change comes from the selection store."""

    @app.callback(
        Output(ids.ANSWER, "data-answer"),
        Input(ids.SELECTION, "data-state"),
        prevent_initial_call=True,
    )
    def update(data: object) -> str:
        state = from_store(kb, unpack(data))
        return answer(render(for_state(kb, state), state), SHOWN)

    @app.callback(
        Output(ids.SHARE_ANSWER, "data-answer"),
        Input(ids.SHARE_REQUEST, "data-query"),
        prevent_initial_call=True,
    )
    def share(query: object) -> str:
        state = parse_query(kb, query)
        url = page_url(to_query(state))
        panel = share_panel(for_state(kb, state), url)
        return answer({"panel": panel, "panel_hidden": False}, SHARE_PARTS)

    @app.callback(
        Output(ids.MATRIX, "children"),
        Input(ids.MATRIX_REQUEST, "data-state"),
        prevent_initial_call=True,
    )
    def matrix(data: object) -> list:
        state = from_store(kb, unpack(data))
        return matrix_panel(for_state(kb, state), state)

    clientside_callback(
        ClientsideFunction(CLIENTSIDE, "start"), Input(ids.READY, "data")
    )
