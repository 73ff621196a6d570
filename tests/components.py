"""Reading a tree of Dash components in tests: every component, and the words."""

from collections.abc import Iterator

from dash.development.base_component import Component


def walk(node: object) -> Iterator[Component]:
    """Every component in a tree, in document order."""
    if isinstance(node, list | tuple):
        for child in node:
            yield from walk(child)
    elif isinstance(node, Component):
        yield node
        yield from walk(getattr(node, "children", None))


def words(node: object) -> str:
    """The text a tree shows, its pieces joined by spaces."""
    if isinstance(node, str | int | float) and not isinstance(node, bool):
        return str(node)
    if isinstance(node, list | tuple):
        return " ".join(words(child) for child in node)
    if isinstance(node, Component):
        return words(getattr(node, "children", None))
    return ""


def of_type(node: object, name: str) -> list[Component]:
    """The components of one type (`Img`, `Figure`...) in a tree."""
    return [c for c in walk(node) if type(c).__name__ == name]
