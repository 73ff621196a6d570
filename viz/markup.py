"""Light HTML elements for what changes on every tap, written out escaped.

The results (candidates, verdict, explanation, warning signs, handout) change
on every tap. As Dash components they cost the server about 20 µs each to build
and the browser a React rebuild of a few hundred elements per answer. Built as
`Element`s with the same calls as dash.html (`html.Li(children, className=...,
**{"data-x": ...})`), they are written out as one escaped HTML string per
container, which the page script swaps in at once (assets/radiate.js,
applyAnswer). The page itself is written the same way (viz/layout.py).
"""

from collections.abc import Callable
from functools import partial
from html import escape
from typing import Any

# React's names of the attributes the builders use, where HTML's differ.
ATTRIBUTES = {
    "className": "class",
    "htmlFor": "for",
    "tabIndex": "tabindex",
    "readOnly": "readonly",
    "hrefLang": "hreflang",
}
PLAIN = frozenset(
    {"id", "title", "role", "hidden", "open", "type", "href", "lang", "value"}
    | {"name", "checked", "src", "alt", "width", "height", "selected"}
)
VOID = frozenset({"br", "hr", "img", "input", "wbr"})


class Element:
    """One HTML element: its dash.html name, children and properties."""

    __slots__ = ("name", "children", "props")

    def __init__(self, name: str, children: object = None, /, **props: Any):
        for prop in props:
            _attribute_name(prop)  # refuse what HTML cannot say, when built
        self.name, self.children, self.props = name, children, props

    def to_plotly_json(self) -> dict[str, Any]:
        """The same shape as a Dash component's, for code that reads either."""
        props = {**self.props, "children": self.children}
        return {"props": props, "type": self.name, "namespace": "markup"}

    def __repr__(self) -> str:
        return f"{self.name}({self.children!r}, {self.props!r})"


class Raw(str):
    """HTML this project wrote itself (the generated drawings), inserted as it
    is. Never made from anything a request carries."""


class _Tags:
    """`html.Li(...)` and so on: an Element named like dash.html's classes."""

    def __getattr__(self, name: str) -> Callable[..., Element]:
        if not name[:1].isupper() or not name.isalnum():
            raise AttributeError(name)
        return partial(Element, name)


html = _Tags()


def _attribute_name(prop: str) -> str:
    if prop in ATTRIBUTES:
        return ATTRIBUTES[prop]
    if prop in PLAIN or prop.startswith(("data-", "aria-")):
        return prop
    raise ValueError(f"no HTML attribute for the property {prop!r}")


def _attribute(prop: str, value: object) -> str:
    """name="value", the name alone for True, nothing for False or None."""
    if value is None or value is False:
        return ""
    name = _attribute_name(prop)
    if value is True:
        return f" {name}"
    if not isinstance(value, str | int | float):
        raise ValueError(f"{prop!r} must be text or a number, not {value!r}")
    return f' {name}="{escape(str(value), quote=True)}"'


def to_html(node: object) -> str:
    """The HTML of an element, a string, a number or a list of them; every
    text and attribute value escaped, attributes in name order."""
    if node is None or isinstance(node, bool):
        return ""
    if isinstance(node, Raw):
        return str(node)
    if isinstance(node, str | int | float):
        return escape(str(node), quote=False)
    if isinstance(node, list | tuple):
        return "".join(to_html(child) for child in node)
    if not isinstance(node, Element):
        raise ValueError(f"cannot write {type(node).__name__} as HTML")
    tag = node.name.lower()
    attributes = "".join(_attribute(k, v) for k, v in sorted(node.props.items()))
    if tag in VOID:
        return f"<{tag}{attributes}>"
    return f"<{tag}{attributes}>{to_html(node.children)}</{tag}>"
