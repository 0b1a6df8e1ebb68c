"""The compliance status (A to E) of an accessibility statement, worked out from its data.

The Dutch model (digitoegankelijk.nl) gives a status by what the statement holds, not by what
its writer would like it to say:

- A: a complete evaluation (WCAG-EM, every requirement, every part of the site) of at most three
  years old found no problems;
- B: such an evaluation found problems, and each has a measure and a date (the blocks ask both);
- C: there is no such evaluation yet, but one is planned within six months of the statement;
- D: there is a statement, but no such evaluation and none planned within six months;
- E: there is no statement at all (a site without a live statement page).

Only the status shown to visitors and in the page's data attributes comes from here; the editor
cannot choose a better one.
"""

from dataclasses import dataclass
from enum import Enum

from django.utils import timezone

# An evaluation older than this no longer supports status A or B.
EVALUATION_VALID_YEARS = 3
# Status C holds while the planned evaluation falls within this many months of the statement.
PLANNED_WITHIN_MONTHS = 6


@dataclass(frozen=True)
class StatusInfo:
    letter: str
    label: str
    explanation: str


class Status(Enum):
    A = StatusInfo(
        "A",
        "voldoet volledig",
        "Een volledig onderzoek van minder dan drie jaar oud vond geen problemen. De website "
        "voldoet aan alle eisen.",
    )
    B = StatusInfo(
        "B",
        "voldoet gedeeltelijk",
        "Een volledig onderzoek van minder dan drie jaar oud vond nog problemen. Hieronder "
        "staat per probleem wat we eraan doen en wanneer het klaar is.",
    )
    C = StatusInfo(
        "C",
        "eerste maatregelen genomen",
        "Er is nog geen volledig en recent onderzoek. Dat onderzoek is wel gepland, binnen "
        "zes maanden na deze verklaring.",
    )
    D = StatusInfo(
        "D",
        "voldoet niet",
        "Er is een verklaring, maar nog geen volledig en recent onderzoek. Er is ook geen "
        "onderzoek gepland binnen zes maanden.",
    )
    E = StatusInfo("E", "geen verklaring", "Er is geen toegankelijkheidsverklaring.")

    @property
    def letter(self):
        return self.value.letter

    @property
    def label(self):
        return self.value.label

    @property
    def explanation(self):
        return self.value.explanation


def years_before(day, years):
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def months_after(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=last_day)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - day 28 exists in every month


def evaluation_is_valid(evaluation_date, complete, today):
    """A complete evaluation, done (not in the future) and at most three years old."""
    if evaluation_date is None or not complete:
        return False
    return years_before(today, EVALUATION_VALID_YEARS) <= evaluation_date <= today


def evaluation_is_planned(statement_date, planned_date, today):
    """An evaluation planned within six months of the statement, and not passed yet."""
    if statement_date is None or planned_date is None:
        return False
    latest = months_after(statement_date, PLANNED_WITHIN_MONTHS)
    return statement_date <= planned_date <= latest and today <= planned_date


def statement_status(
    *,
    statement_date,
    evaluation_date=None,
    evaluation_complete=False,
    planned_evaluation_date=None,
    open_items=0,
    today=None,
):
    """The status (a Status) that the statement's data support on `today`."""
    today = today or timezone.localdate()  # the day in the Netherlands, not on the server
    if statement_date is None:
        return Status.E
    if evaluation_is_valid(evaluation_date, evaluation_complete, today):
        return Status.B if open_items else Status.A
    if evaluation_is_planned(statement_date, planned_evaluation_date, today):
        return Status.C
    return Status.D
