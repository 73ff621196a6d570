"""The page state and its query string, both ways; unknown values dropped, named."""

from dataclasses import asdict, dataclass, field, replace
from urllib.parse import parse_qs, quote

from viz.knowledge import KnowledgeBase

VIEWS = ("front", "back")
SIDES = ("right", "left")
LAYERS = ("nerves", "dermatomes", "chain")
VOICES = ("patient", "clinician")
ZOOMS = ("whole", "hip", "thigh", "knee", "lower_leg", "foot")
KEYS = (
    "areas",
    "symptoms",
    "view",
    "side",
    "layers",
    "condition",
    "voice",
    "zoom",
    "present",
)
MAX_ITEMS = 64  # more ids than the vocabulary holds is never a real selection
MAX_QUERY = 4096


@dataclass(frozen=True)
class PageState:
    """Everything a URL can say about the page."""

    areas: tuple[str, ...] = ()
    symptoms: tuple[str, ...] = ()
    view: str = "front"
    side: str = "right"
    layers: tuple[str, ...] = ("nerves",)
    condition: str | None = None
    voice: str = "patient"
    zoom: str = "whole"
    present: bool = False
    ignored: tuple[str, ...] = field(default=(), compare=False)

    def to_store(self) -> dict:
        """Plain JSON for a dcc.Store."""
        data = asdict(self)
        data.pop("ignored")
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


def _split(values: list[str]) -> list[str]:
    return [item for value in values for item in value.split(",") if item][:MAX_ITEMS]


def _pick(items: list[str], allowed, ignored: list[str]) -> tuple[str, ...]:
    kept: dict[str, None] = {}
    for item in items:
        if item in allowed:
            kept.setdefault(item)
        else:
            ignored.append(item)
    return tuple(kept)


def _one(values: list[str], allowed, default, ignored: list[str]):
    picked = _pick(_split(values), allowed, ignored)
    return picked[0] if picked else default


def parse_query(kb: KnowledgeBase, search: object) -> PageState:
    """Read a query string ('?a=b' or 'a=b'); anything unknown is ignored and named."""
    if not isinstance(search, str):
        return PageState()
    query = parse_qs(search.lstrip("?")[:MAX_QUERY], keep_blank_values=True)
    ignored = [key for key in query if key not in KEYS]
    state = PageState(
        areas=_pick(_split(query.get("areas", [])), kb.regions, ignored),
        symptoms=_pick(_split(query.get("symptoms", [])), kb.symptoms, ignored),
        view=_one(query.get("view", []), VIEWS, "front", ignored),
        side=_one(query.get("side", []), SIDES, "right", ignored),
        layers=_pick(_split(query.get("layers", ["nerves"])), LAYERS, ignored),
        condition=_one(query.get("condition", []), kb.conditions, None, ignored),
        voice=_one(query.get("voice", []), VOICES, "patient", ignored),
        zoom=_one(query.get("zoom", []), ZOOMS, "whole", ignored),
        present=_one(query.get("present", []), ("1",), None, ignored) == "1",
    )
    return replace(state, ignored=tuple(ignored[:MAX_ITEMS]))


def from_store(kb: KnowledgeBase, data: object) -> PageState:
    """Rebuild a state from the browser's store, dropping whatever is not known."""
    if not isinstance(data, dict):
        return PageState()

    def items(key: str) -> list[str]:
        value = data.get(key)
        return (
            [v for v in value[:MAX_ITEMS] if isinstance(v, str)]
            if isinstance(value, list)
            else []
        )

    ignored: list[str] = []
    view, side, condition, voice, zoom = (
        data.get(k) for k in ("view", "side", "condition", "voice", "zoom")
    )
    return PageState(
        areas=_pick(items("areas"), kb.regions, ignored),
        symptoms=_pick(items("symptoms"), kb.symptoms, ignored),
        view=view if view in VIEWS else "front",
        side=side if side in SIDES else "right",
        layers=_pick(items("layers"), LAYERS, ignored),
        condition=condition
        if isinstance(condition, str) and condition in kb.conditions
        else None,
        voice=voice if voice in VOICES else "patient",
        zoom=zoom if zoom in ZOOMS else "whole",
        present=data.get("present") is True,
    )


def to_query(state: PageState) -> str:
    """The query string of a state, without defaults, starting with '?'."""
    parts = []
    if state.areas:
        parts.append("areas=" + ",".join(state.areas))
    if state.symptoms:
        parts.append("symptoms=" + ",".join(state.symptoms))
    if state.view != "front":
        parts.append(f"view={state.view}")
    if state.side != "right":
        parts.append(f"side={state.side}")
    if state.layers != ("nerves",):
        parts.append("layers=" + ",".join(state.layers))
    if state.condition:
        parts.append(f"condition={state.condition}")
    if state.voice != "patient":
        parts.append(f"voice={state.voice}")
    if state.zoom != "whole":
        parts.append(f"zoom={state.zoom}")
    if state.present:
        parts.append("present=1")
    return "?" + "&".join(quote(p, safe="=,_") for p in parts) if parts else ""
