"""The page's small controls: checkbox and radio buttons, segmented groups, actions.

A control names the page-state key it changes (`data-group`) and its value
(`data-value`); the map script applies a press to the selection store and the
store's painter shows it checked (`aria-checked`). No control holds state.
"""

from typing import Any

from dash import html


def control(
    group: str,
    value: str,
    text: str,
    kind: str = "checkbox",
    full: str = "",
    **attrs: Any,
) -> html.Button:
    """A checkbox or radio button, one element (the stylesheet draws its box).
    A compact chip shows `text`; screen readers hear the `full` wording too
    when it says more."""
    named: dict[str, Any] = (
        {"aria-label": f"{text}: {full}"} if full and full != text else {}
    )
    return html.Button(
        text,
        type="button",
        role=kind,
        className="control",
        title=full or None,
        **{
            "aria-checked": "false",
            "data-control": kind,
            "data-group": group,
            "data-value": value,
            **named,
            **attrs,
        },
    )


def toggle_group(
    group: str, label: str, options: list[tuple[str, str]], kind: str = "radio"
) -> html.Div:
    """A row of buttons choosing one value (radio) or several (checkbox)."""
    return html.Div(
        [control(group, value, text, kind) for value, text in options],
        role="radiogroup" if kind == "radio" else "group",
        className=f"toggles toggles-{group}",
        **{"aria-label": label},
    )


def action(text: object, ident: str | None = None, **attrs: Any) -> html.Button:
    """A plain button of the page's actions."""
    attrs.setdefault("className", "action")
    if ident:
        attrs["id"] = ident
    return html.Button(text, type="button", **attrs)
