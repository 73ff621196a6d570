"""Component trees that serialise to the same bytes in every process.

A Dash component keeps its data-* and aria-* properties in the order of a set
of argument names (dash.development.base_component._explicitize_args), which
follows the process's string hash; two instances, or one after a restart,
would send the same page in different bytes. Putting them in name order where
the trees are built keeps answers byte-identical without re-reading them.
"""

from typing import TypeVar

from dash.development.base_component import Component

Tree = TypeVar("Tree")
WILDCARDS = ("data-", "aria-")


def in_name_order(tree: Tree) -> Tree:
    """The same tree, each component's data-*/aria-* properties sorted by name
    (in place); walks components, lists, tuples and dict values."""
    stack: list[object] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Component):
            props = vars(node)
            for name in sorted(k for k in props if k.startswith(WILDCARDS)):
                props[name] = props.pop(name)
            stack.extend(props.values())
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
    return tree
