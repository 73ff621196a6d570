"""SVG elements written as indented text."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

Attrs = dict[str, str]


def _attributes(attrs: Attrs) -> str:
    """Attributes as they are written inside a tag."""
    return "".join(f" {k}={quoteattr(v)}" for k, v in attrs.items())


def el(tag: str, attrs: Attrs, kids: list[str] | None = None, depth: int = 0) -> str:
    """One element, its children on their own lines."""
    pad = "  " * depth
    if not kids:
        return f"{pad}<{tag}{_attributes(attrs)}/>"
    return "\n".join([f"{pad}<{tag}{_attributes(attrs)}>", *kids, f"{pad}</{tag}>"])


def words(attrs: Attrs, said: str, depth: int = 0) -> str:
    """A text element holding some words."""
    return f"{'  ' * depth}<text{_attributes(attrs)}>{escape(said)}</text>"
