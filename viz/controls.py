"""The page's small controls: labelled inputs, segmented groups, action buttons."""

from dash import html


def control(
    group: str, value: str, text: str, kind: str = "checkbox", full: str = ""
) -> html.Label:
    """A labelled checkbox or radio; the page script puts the real <input> in it.

    Dash has no <input> element in dash.html, and dcc.Checklist cannot carry
    data-symptom on its inputs, so the script creates them from these attributes.
    A compact chip shows `text`; the script adds the `full` wording for screen
    readers. The label holds plain text: every component here costs page-ready.
    """
    attrs = {"data-control": kind, "data-group": group, "data-value": value}
    if full and full != text:
        attrs["data-full"] = full
    return html.Label(text, className="control", title=full or None, **attrs)


def toggle_group(
    group: str, label: str, options: list[tuple[str, str]], kind: str = "radio"
) -> html.Fieldset:
    return html.Fieldset(
        [
            html.Legend(label, className="visually-hidden"),
            *[control(group, value, text, kind) for value, text in options],
        ],
        className=f"toggles toggles-{group}",
    )


def action(text, ident: str, **attrs: str) -> html.Button:
    """A plain button of the page's actions."""
    return html.Button(text, id=ident, type="button", className="action", **attrs)
