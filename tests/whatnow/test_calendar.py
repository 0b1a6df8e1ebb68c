"""The calendar file: three all-day follow-up talks on dates computed from the incident's date,
read back with the icalendar package as a calendar application would."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from whatnow.calendar import calendar_file, calendar_filename, follow_ups

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2026, 10, 21, 9, 30, tzinfo=AMSTERDAM)


def events(content):
    calendar = Calendar.from_ical(content)
    return [component for component in calendar.walk("VEVENT")]


def dates(content):
    return [event.decoded("dtstart") for event in events(content)]


def test_a_calendar_file_is_rfc_5545_with_three_all_day_events():
    content = calendar_file(datetime.date(2026, 5, 4), uid_host="wat-nu.test", now=NOW)
    assert content.startswith(b"BEGIN:VCALENDAR\r\n") and content.endswith(b"END:VCALENDAR\r\n")
    calendar = Calendar.from_ical(content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"].startswith("-//")
    found = events(content)
    assert len(found) == 3
    for event in found:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        # A date, not a moment: the same day in every calendar and time zone.
        assert type(start) is datetime.date and end - start == datetime.timedelta(days=1)
        assert event["UID"].endswith("@wat-nu.test")
        assert event.decoded("dtstamp") == NOW.astimezone(datetime.UTC)
        assert event["TRANSP"] == "TRANSPARENT"
        [alarm] = event.walk("VALARM")
        assert alarm.decoded("trigger") == datetime.timedelta(hours=-15)  # 09:00 the day before
    assert len({event["UID"] for event in found}) == 3


@pytest.mark.parametrize(
    ("incident", "expected"),
    [
        # Summer time ends on 25 October 2026: the later talks fall after it.
        ("2026-10-20", ["2026-10-22", "2026-11-03", "2026-12-01"]),
        # It starts on 29 March 2026: an incident on 20 March has its first talk before the
        # change and the talks after 2 and 6 weeks after it, each on its own date.
        ("2026-03-20", ["2026-03-22", "2026-04-03", "2026-05-01"]),
        ("2026-03-27", ["2026-03-29", "2026-04-10", "2026-05-08"]),
        # Across a year's end and a leap day.
        ("2027-12-30", ["2028-01-01", "2028-01-13", "2028-02-10"]),
        ("2028-02-27", ["2028-02-29", "2028-03-12", "2028-04-09"]),
    ],
)
def test_the_talks_fall_2_days_2_weeks_and_6_weeks_after_the_incident(incident, expected):
    incident_date = datetime.date.fromisoformat(incident)
    content = calendar_file(incident_date, uid_host="wat-nu.test", now=NOW)
    assert [day.isoformat() for day in dates(content)] == expected
    assert [talk.date.isoformat() for talk in follow_ups(incident_date)] == expected


def test_the_events_say_what_to_do_and_when_in_dutch():
    talks = follow_ups(datetime.date(2026, 10, 20))
    assert [talk.title for talk in talks] == [
        "Eerste gesprek met de medewerker (binnen 72 uur)",
        "Tweede gesprek met de medewerker (na 2 weken)",
        "Derde gesprek met de medewerker (na 6 tot 8 weken)",
    ]
    assert "Het incident was op 20 oktober 2026." in talks[0].description
    assert "tussen 1 december 2026 en 15 december 2026" in talks[2].description


def test_a_label_is_added_to_each_title_and_nothing_else_about_people():
    label = 'Balie 3, "spoed"; مرحبا 👩‍💻 <b>'
    content = calendar_file(datetime.date(2026, 10, 20), label, uid_host="wat-nu.test", now=NOW)
    summaries = [str(event["SUMMARY"]) for event in events(content)]
    assert all(summary.endswith(f": {label}") for summary in summaries)
    without = calendar_file(datetime.date(2026, 10, 20), uid_host="wat-nu.test", now=NOW)
    assert [str(event["SUMMARY"]) for event in events(without)][0] == (
        "Eerste gesprek met de medewerker (binnen 72 uur)"
    )


def test_the_file_name_has_the_incidents_date():
    assert calendar_filename(datetime.date(2026, 10, 20)) == "gesprekken-na-incident-2026-10-20.ics"
