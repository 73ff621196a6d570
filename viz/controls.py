"""The page's small controls: labelled inputs, segmented groups, action buttons."""

from dash import html


def control(
    group: str, value: str, text: str, kind: str = "checkbox", full: str = ""
) -> html.Label:
    """A labelled checkbox or radio; the page script puts the real <input> in it.

    Dash has no <input> element in dash.html, and dcc.Checklist cannot carry
    data-symptom on its inputs, so the script creates them from these attributes.
    A compact chip shows `text` and tells screen readers the `full` wording too.
    """
    parts = [html.Span(text, className="control-text")]
    if full and full != text:
        parts.append(html.Span(f": {full}", className="visually-hidden"))
    return html.Label(
        parts,
        className="control",
        title=full or None,
        **{"data-control": kind, "data-group": group, "data-value": value},
    )


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
