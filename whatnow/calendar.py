"""The calendar file (RFC 5545) with the three follow-up talks after an incident.

Aftercare gives the employee a first talk within 72 hours and follow-up talks after about 2 weeks
and after 6 to 8 weeks. Each talk is an all-day event on a date computed from the incident's
date: a date has no time of day, so it stays on the same day in every calendar, also across a
change to or from summer time. The file holds nothing about people unless the manager typed it
in the label.
"""

import datetime
import uuid
from dataclasses import dataclass

from django.utils import formats, translation
from icalendar import Alarm, Calendar, Event

PRODUCT_ID = "-//Veilige publieke dienstverlening//Wat nu//NL"
# Day 2 is the last whole day within 72 hours of an incident, whatever time it happened: it ends
# at most 72 hours after the start of the incident's day.
FIRST_TALK = datetime.timedelta(days=2)
SECOND_TALK = datetime.timedelta(weeks=2)
THIRD_TALK = datetime.timedelta(weeks=6)
THIRD_TALK_LATEST = datetime.timedelta(weeks=8)
# A reminder at 09:00 on the day before (an all-day event starts at midnight).
REMINDER = datetime.timedelta(hours=-15)


@dataclass(frozen=True)
class FollowUp:
    title: str
    date: datetime.date
    description: str


def dutch_date(date):
    with translation.override("nl"):
        return formats.date_format(date, "j F Y")


def follow_ups(incident_date):
    """The three talks after an incident on incident_date, in their order."""
    incident = dutch_date(incident_date)
    first = incident_date + FIRST_TALK
    second = incident_date + SECOND_TALK
    third = incident_date + THIRD_TALK
    third_latest = incident_date + THIRD_TALK_LATEST
    return [
        FollowUp(
            "Eerste gesprek met de medewerker (binnen 72 uur)",
            first,
            f"Het incident was op {incident}. Voer uiterlijk vandaag het eerste gesprek: binnen "
            "72 uur na het incident. Vraag hoe het gaat en wat de medewerker nodig heeft.",
        ),
        FollowUp(
            "Tweede gesprek met de medewerker (na 2 weken)",
            second,
            f"Het incident was op {incident}, 2 weken geleden. Vraag hoe het nu gaat en of er "
            "meer hulp nodig is.",
        ),
        FollowUp(
            "Derde gesprek met de medewerker (na 6 tot 8 weken)",
            third,
            f"Het incident was op {incident}. Voer dit gesprek tussen {dutch_date(third)} en "
            f"{dutch_date(third_latest)}. Kijk samen terug en vraag of er nog hulp nodig is.",
        ),
    ]


def calendar_file(incident_date, label="", *, uid_host, now=None):
    """The .ics file as bytes. label (optional, typed by the manager) is added to each title."""
    now = now or datetime.datetime.now(datetime.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for talk in follow_ups(incident_date):
        title = f"{talk.title}: {label}" if label else talk.title
        calendar.add_component(all_day_event(talk, title, uid_host=uid_host, now=now))
    return calendar.to_ical()


def all_day_event(talk, title, *, uid_host, now):
    event = Event()
    event.add("uid", f"{uuid.uuid4()}@{uid_host}")
    event.add("dtstamp", now.astimezone(datetime.UTC))
    event.add("dtstart", talk.date)
    event.add("dtend", talk.date + datetime.timedelta(days=1))  # the end of an all-day event
    event.add("summary", title)
    event.add("description", talk.description)
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
    reminder = Alarm()
    reminder.add("action", "DISPLAY")
    reminder.add("description", title)
    reminder.add("trigger", REMINDER)
    event.add_component(reminder)
    return event


def calendar_filename(incident_date):
    return f"gesprekken-na-incident-{incident_date:%Y-%m-%d}.ics"
