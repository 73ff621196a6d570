"""The page state: one model reads the address and the browser's store alike,
dropping (and naming) whatever is unknown, and writes the address back."""

from typing import Any
from urllib.parse import parse_qs, urlencode

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from viz.knowledge import WHOLE, KnowledgeBase

VIEWS = ("front", "back")
SIDES = ("right", "left")
LAYERS = ("nerves", "dermatomes", "chain")
VOICES = ("patient", "clinician")
PANELS = ("matrix",)  # clinician tools opened over the page
# Root or nerve, presented: the root's skin, the nerve's, what tells them apart.
FOCUSES = ("root", "nerve", "signs")
# Choices whose first allowed value is the default, which the state keeps as None.
DEFAULT_FIRST = ("dermatome_map", "lang")
MAX_ITEMS = 64  # more ids than the vocabulary holds is never a real selection
MAX_QUERY = 4096


def _ctx(info: ValidationInfo) -> dict[str, Any]:
    """What PageState.read hands its validators: the base, the store flag, the
    list of ignored values."""
    context: dict[str, Any] = info.context or {}
    return context


def _items(value: object, info: ValidationInfo, single: bool = False) -> list[str]:
    """The ids a value holds. The address gives lists of 'a,b' strings (parse_qs);
    the store gives a list of ids, or one id for a single choice; any other
    shape holds none."""
    if _ctx(info)["store"]:
        if single:
            return [value] if isinstance(value, str) else []
        if not isinstance(value, list):
            return []
        return [v for v in value[:MAX_ITEMS] if isinstance(v, str)]
    if not isinstance(value, list):
        return []
    split = (p for v in value if isinstance(v, str) for p in v.split(",") if p)
    return list(split)[:MAX_ITEMS]


class PageState(BaseModel):
    """Everything the address can say about the page (docs/CONTRACT.md)."""

    model_config = ConfigDict(frozen=True)

    areas: tuple[str, ...] = ()
    symptoms: tuple[str, ...] = ()
    view: str = "front"
    side: str = "right"
    layers: tuple[str, ...] = ("nerves",)
    condition: str | None = None
    voice: str = "patient"
    zoom: str = WHOLE
    present: bool = False
    panel: str | None = None
    root: str | None = None  # root or nerve: the two territories compared
    nerve: str | None = None
    focus: str | None = None  # the part of root or nerve presented (None: the first)
    dermatome_map: str | None = None  # None: the first map, the default
    lang: str | None = None  # None: English, the language of data/*.yaml
    # What the address held that was dropped, for the notice; not part of the state.
    ignored: tuple[str, ...] = Field(default=(), exclude=True)
    # The view the address opens on without `view=`, which it then need not write.
    opens_on: str = Field(default=VIEWS[0], exclude=True)

    @staticmethod
    def _allowed(field: str, kb: KnowledgeBase) -> Any:
        return {
            "areas": kb.regions,
            "symptoms": kb.symptoms,
            "layers": LAYERS,
            "view": VIEWS,
            "side": SIDES,
            "condition": kb.conditions,
            "voice": VOICES,
            "zoom": kb.zooms,
            "panel": PANELS,
            "root": kb.dermatomes,
            "nerve": kb.nerves,
            "focus": FOCUSES,
            "dermatome_map": kb.maps,
            "lang": kb.languages,
        }[field]

    @field_validator("areas", "symptoms", "layers", mode="before")
    @classmethod
    def _known_ids(cls, value: object, info: ValidationInfo) -> tuple[str, ...]:
        allowed = cls._allowed(str(info.field_name), _ctx(info)["kb"])
        kept: dict[str, None] = {}
        for item in _items(value, info):
            if item in allowed:
                kept.setdefault(item)
            else:
                _ctx(info)["ignored"].append(item)
        if info.field_name == "areas":
            return tuple(kept)  # in the order they were tapped
        # findings and layers in the vocabulary's order, however they were ticked
        return tuple(i for i in allowed if i in kept)

    @field_validator(
        "view",
        "side",
        "condition",
        "voice",
        "zoom",
        "panel",
        "root",
        "nerve",
        "focus",
        "dermatome_map",
        "lang",
        mode="before",
    )
    @classmethod
    def _known_choice(cls, value: object, info: ValidationInfo) -> str | None:
        allowed = cls._allowed(str(info.field_name), _ctx(info)["kb"])
        items = _items(value, info, single=True)
        _ctx(info)["ignored"].extend(i for i in items if i not in allowed)
        known = [i for i in items if i in allowed]
        if info.field_name in DEFAULT_FIRST and known[:1] == list(allowed)[:1]:
            return None  # the default (the first allowed), written as no value
        default = cls.model_fields[str(info.field_name)].default
        return known[0] if known else default

    @field_validator("present", mode="before")
    @classmethod
    def _on(cls, value: object, info: ValidationInfo) -> bool:
        if _ctx(info)["store"]:
            return value is True
        items = _items(value, info)
        _ctx(info)["ignored"].extend(i for i in items if i != "1")
        return "1" in items

    @classmethod
    def read(
        cls, kb: KnowledgeBase, raw: dict[str, Any], store: bool = False
    ) -> "PageState":
        """A state from the address's or the store's values; what is unknown is
        dropped, and named if it came from the address."""
        ignored = [str(key)[:64] for key in raw if key not in cls.keys()]
        known = {k: v for k, v in raw.items() if k in cls.keys()}
        context = {"kb": kb, "ignored": ignored, "store": store}
        state = cls.model_validate(known, context=context)
        opens_on = cls.opening_view(kb, state.areas)
        update: dict[str, Any] = {"opens_on": opens_on}
        if not store:
            update["ignored"] = tuple(ignored[:MAX_ITEMS])
            if "view" not in known:
                update["view"] = opens_on
        return state.model_copy(update=update)

    @staticmethod
    def opening_view(kb: KnowledgeBase, areas: tuple[str, ...]) -> str:
        """The view a link with these areas opens on when it names none: the
        first, unless no area can be seen there (a link with only back areas
        opens on the back), then the first view that shows one."""
        seen = [set(kb.regions[a].views) for a in areas]
        default = VIEWS[0]
        if not seen or any(default in views for views in seen):
            return default
        return next(v for v in VIEWS if any(v in views for views in seen))

    @classmethod
    def keys(cls) -> tuple[str, ...]:
        """The address's keys, in the order it writes them."""
        return tuple(k for k in cls.model_fields if k not in ("ignored", "opens_on"))

    def to_store(self) -> dict[str, Any]:
        """Plain JSON, as the page script holds the state."""
        return {
            k: list(v) if isinstance(v, tuple) else v
            for k, v in self.model_dump().items()
        }

    def to_query(self) -> str:
        """The query string, without defaults, starting with '?' (or empty)."""
        defaults = PageState()
        pairs = []
        for key in self.keys():
            value = getattr(self, key)
            if value == (self.opens_on if key == "view" else getattr(defaults, key)):
                continue
            if isinstance(value, tuple):
                value = ",".join(value)
            pairs.append((key, "1" if value is True else value))
        return "?" + urlencode(pairs, safe=",") if pairs else ""


def parse_query(kb: KnowledgeBase, search: object) -> PageState:
    """Read a query string ('?a=b' or 'a=b'); anything unknown is ignored and named."""
    if not isinstance(search, str):
        return PageState()
    query = parse_qs(search.lstrip("?")[:MAX_QUERY], keep_blank_values=True)
    return PageState.read(kb, {k: v for k, v in query.items()})


def from_store(kb: KnowledgeBase, data: object) -> PageState:
    """Rebuild a state from the browser's store, dropping whatever is not known."""
    if not isinstance(data, dict):
        return PageState()
    return PageState.read(kb, data, store=True)


def to_query(state: PageState) -> str:
    """The query string of a state, without defaults, starting with '?'."""
    return state.to_query()
