"""The page's small controls: labelled inputs, segmented groups, action buttons."""

from viz.markup import Element, html


def control(
    group: str, value: str, text: str, kind: str = "checkbox", full: str = ""
) -> Element:
    """A labelled checkbox or radio. A compact chip shows `text`; screen readers
    also hear the `full` wording when it says more."""
    box = html.Input(
        type=kind,
        name=group,
        value=value,
        **({"data-symptom": value} if group == "symptom" else {}),
    )
    parts = [box, html.Span(text, className="control-text")]
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
) -> Element:
    return html.Fieldset(
        [
            html.Legend(label, className="visually-hidden"),
            *[control(group, value, text, kind) for value, text in options],
        ],
        className=f"toggles toggles-{group}",
    )


def action(text: object, ident: str, **attrs: str) -> Element:
    """A plain button of the page's actions."""
    attrs.setdefault("className", "action")
    return html.Button(text, id=ident, type="button", **attrs)
