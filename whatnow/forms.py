"""The manager's calendar form: the incident's date and an optional label of their own.

The date comes from a date field (2026-10-20) or, where a browser shows a plain text field, as
Dutch people write it (20-10-2026, 20/10/2026, 20.10.2026). Nothing typed is stored or logged.
"""

import datetime
import re
import unicodedata

from django import forms
from django.utils import timezone

ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
DUTCH_DATE = re.compile(r"(?P<day>\d{1,2})[-/. ](?P<month>\d{1,2})[-/. ](?P<year>\d{4})")
# After 8 weeks every talk of the schedule lies behind the manager: a file has nothing to offer.
OLDEST = datetime.timedelta(weeks=8)
LABEL_MAX_LENGTH = 60

MESSAGES = {
    "missing": "Vul de datum van het incident in.",
    "unreadable": "Vul de datum in als dag-maand-jaar, bijvoorbeeld 20-10-2026.",
    "impossible": "Deze datum bestaat niet. Kijk de dag en de maand nog eens na.",
    "future": "Deze datum ligt in de toekomst. Vul de datum in waarop het incident gebeurde.",
    "too_old": (
        "Deze datum is meer dan 8 weken geleden. Dan liggen alle gesprekken uit het schema al "
        "achter u. Plan de gesprekken die nog nodig zijn zelf."
    ),
    "label_too_long": f"Maak de omschrijving korter: hoogstens {LABEL_MAX_LENGTH} tekens.",
    "label_characters": "Gebruik in de omschrijving alleen letters, cijfers en leestekens.",
}


def parse_date(text):
    """A date from what was typed; ValidationError with a Dutch message otherwise."""
    text = text.strip()
    if not text:
        raise forms.ValidationError(MESSAGES["missing"], code="missing")
    match = ISO_DATE.fullmatch(text) or DUTCH_DATE.fullmatch(text)
    if match is None:
        raise forms.ValidationError(MESSAGES["unreadable"], code="unreadable")
    try:
        return datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        raise forms.ValidationError(MESSAGES["impossible"], code="impossible") from None


def local_today():
    """Today in Dutch time (the site's time zone): the day an incident can be at the latest."""
    return timezone.localdate()


def has_control_characters(text):
    """Control characters (a NUL, an escape) have no place in a calendar title. Right-to-left
    text and emoji are letters and symbols, and welcome."""
    return any(unicodedata.category(character) == "Cc" for character in text)


class TypedText(forms.CharField):
    """Text as typed, without Django's own checks: every check and message is the form's own."""

    def __init__(self):
        super().__init__(required=False)
        self.validators = []  # CharField refuses a NUL itself; clean_<field> says it in our words


class CalendarForm(forms.Form):
    datum = TypedText()
    omschrijving = TypedText()

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or local_today()

    def clean_datum(self):
        incident = parse_date(self.cleaned_data["datum"])
        if incident > self.today:
            raise forms.ValidationError(MESSAGES["future"], code="future")
        if incident < self.today - OLDEST:
            raise forms.ValidationError(MESSAGES["too_old"], code="too_old")
        return incident

    def clean_omschrijving(self):
        label = " ".join(self.cleaned_data["omschrijving"].split())
        if len(label) > LABEL_MAX_LENGTH:
            raise forms.ValidationError(MESSAGES["label_too_long"], code="label_too_long")
        if has_control_characters(label):
            raise forms.ValidationError(MESSAGES["label_characters"], code="label_characters")
        return label
