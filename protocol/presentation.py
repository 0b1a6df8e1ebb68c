"""What the templates show of a step's form and of the summary, worked out in Python.

The templates write every field by hand (label, help, error, aria-describedby, fieldset for a
group) so that each is accessible without JavaScript; here is everything they need for that.
"""

from dataclasses import dataclass

from django import forms
from django.utils.dateformat import format as format_date

from .answers import STEPS, bind


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    id: str
    checked: bool


@dataclass(frozen=True)
class FieldView:
    name: str
    id: str  # of the input, or of the first option of a group: the error summary links here
    kind: str  # text, textarea, date, radio, checkboxes, checkbox
    label: str
    help_text: str
    required: bool
    value: str
    options: tuple
    errors: tuple
    max_length: int | None

    @property
    def help_id(self):
        return f"{self.name}-uitleg" if self.help_text else ""

    @property
    def error_id(self):
        return f"{self.name}-fout" if self.errors else ""

    @property
    def described_by(self):
        return " ".join(part for part in (self.help_id, self.error_id) if part)

    @property
    def is_group(self):
        return self.kind in ("radio", "checkboxes")


def field_kind(field):
    widget = field.widget
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radio"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.DateInput):
        return "date"
    return "text"


def field_views(form, show_errors):
    views = []
    for bound in form:
        field = bound.field
        kind = field_kind(field)
        value = bound.value()
        base_id = f"id_{bound.name}"
        options = ()
        if kind in ("radio", "checkboxes"):
            chosen = (
                {str(item) for item in value} if isinstance(value, list | tuple) else {str(value)}
            )
            options = tuple(
                Option(str(key), str(label), f"{base_id}_{index}", str(key) in chosen)
                for index, (key, label) in enumerate(field.choices)
            )
        if kind == "checkbox":
            shown = "on" if field.widget.check_test(value) else ""
        elif kind == "date" and hasattr(value, "strftime"):
            shown = value.strftime("%d-%m-%Y")
        elif kind in ("radio", "checkboxes") or value is None:
            shown = ""
        else:
            shown = str(value)
        views.append(
            FieldView(
                name=bound.name,
                id=options[0].id if options else base_id,
                kind=kind,
                label=str(field.label),
                help_text=str(field.help_text),
                required=field.required,
                value=shown,
                options=options,
                errors=tuple(bound.errors) if show_errors else (),
                max_length=getattr(field, "max_length", None),
            )
        )
    return views


def error_summary(form, views, show_errors):
    """(link target, message) for every problem, in the order of the fields."""
    if not show_errors:
        return []
    problems = [(view.id, error) for view in views for error in view.errors]
    problems += [("", error) for error in form.non_field_errors()]
    return problems


@dataclass(frozen=True)
class SummaryRow:
    question: str
    answer: str | tuple

    @property
    def is_list(self):
        return isinstance(self.answer, tuple)


def display(field, value):
    if isinstance(field, forms.BooleanField):
        return "Ja" if value else "Nee"
    if isinstance(field, forms.MultipleChoiceField):
        labels = dict(field.choices)
        return tuple(str(labels.get(item, item)) for item in value) or "Niets gekozen"
    if isinstance(field, forms.ChoiceField):
        return str(dict(field.choices).get(value, value)) or "Niet ingevuld"
    if hasattr(value, "strftime"):
        return format_date(value, "j F Y")
    return value or "Niet ingevuld"


def summary_parts(raw_steps, validated):
    """Per step: its key, title and (question, answer) rows, from the checked answers."""
    parts = []
    for step in STEPS:
        earlier = {
            key: validated.cleaned[key] for key in list(validated.cleaned)[: STEPS.index(step)]
        }
        form = bind(step, raw_steps, earlier)
        form.is_valid()
        rows = [
            SummaryRow(str(field.label), display(field, form.cleaned_data.get(name)))
            for name, field in form.fields.items()
        ]
        parts.append((step, rows))
    return parts
