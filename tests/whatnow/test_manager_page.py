"""The manager's page /wat-nu/leidinggevende/: the checklist, and the calendar form that answers a
POST with an .ics file. Nothing typed is stored, no cookie is set, the answer is private."""

import datetime
import logging
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from tests.html import parse, texts
from tests.themes.factories import ThemePageFactory, TopicPageFactory

from .factories import WhatNowManagerPageFactory, WhatNowPageFactory, moment, moments

pytestmark = pytest.mark.django_db

URL = "/wat-nu/leidinggevende/"
CALENDAR_URL = f"{URL}agenda/"
TODAY = datetime.date(2026, 10, 21)


@pytest.fixture
def manager_page(home_page):
    return WhatNowManagerPageFactory(parent=WhatNowPageFactory(parent=home_page))


@pytest.fixture
def today():
    with mock.patch("whatnow.forms.local_today", return_value=TODAY):
        yield TODAY


def post(client, datum, omschrijving=""):
    return client.post(CALENDAR_URL, {"datum": datum, "omschrijving": omschrijving})


def event_dates(response):
    calendar = Calendar.from_ical(response.content)
    return [event.decoded("dtstart").isoformat() for event in calendar.walk("VEVENT")]


def problems(response):
    return texts(parse(response).select(".vp-whatnow-errors__list a"))


def test_the_checklist_has_a_heading_and_tasks_per_moment_and_a_post_form(
    anonymous_client, manager_page
):
    topic = TopicPageFactory(parent=ThemePageFactory(slug="nazorg"), slug="houd-overzicht")
    manager_page.moments = moments(
        moment("Het eerste uur", ["Zorg dat de medewerker veilig is.", "Luister."]),
        moment("Binnen 72 uur", ["Voer het eerste gesprek."], links=[topic]),
    )
    manager_page.save_revision().publish()
    response = anonymous_client.get(URL)
    soup = parse(response)
    assert response.status_code == 200 and not response.cookies
    assert texts(soup.find_all("h1")) == ["Wat nu? Voor de leidinggevende"]
    moments_found = soup.select("ol.vp-whatnow-moments > li")
    assert texts(item.h2 for item in moments_found) == ["Het eerste uur", "Binnen 72 uur"]
    assert texts(moments_found[0].select(".vp-whatnow-tasks__item")) == [
        "Zorg dat de medewerker veilig is.",
        "Luister.",
    ]
    assert moments_found[1].select_one(".vp-whatnow-more a")["href"] == topic.url
    assert soup.find_all(style=True) == []
    assert soup.find("link", href="/static/css/whatnow.css")  # with its print styles
    form = soup.select_one("form.vp-whatnow-form")
    assert form["method"] == "post" and form["action"] == f"{CALENDAR_URL}#agenda"
    assert not form.find("input", {"name": "csrfmiddlewaretoken"})
    for field in form.select("input"):
        assert soup.find("label", {"for": field["id"]}), field["name"]
    assert soup.select(".vp-whatnow-errors") == []
    assert 'name="robots"' not in response.content.decode()


def test_a_date_gives_a_private_calendar_file_with_the_three_talks(manager_page, today):
    client = Client(enforce_csrf_checks=True)  # the form has no token and needs none
    response = post(client, "2026-10-20", "Balie 3")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="gesprekken-na-incident-2026-10-20.ics"'
    )
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert "Set-Cookie" not in response and not response.cookies
    # Summer time ends on 25 October; the all-day events keep their dates.
    assert event_dates(response) == ["2026-10-22", "2026-11-03", "2026-12-01"]
    summaries = [
        str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")
    ]
    assert all(summary.endswith(": Balie 3") for summary in summaries)


@pytest.mark.parametrize("written", ["20-10-2026", "20/10/2026", "20.10.2026", " 2026-10-20 "])
def test_a_date_as_dutch_people_write_it_is_understood(client, manager_page, today, written):
    assert event_dates(post(client, written)) == ["2026-10-22", "2026-11-03", "2026-12-01"]


def test_today_and_8_weeks_ago_are_the_limits(client, manager_page, today):
    assert event_dates(post(client, TODAY.isoformat()))[0] == "2026-10-23"
    assert post(client, "2026-08-26")["Content-Type"].startswith("text/calendar")  # 8 weeks


@pytest.mark.parametrize(
    ("datum", "message"),
    [
        ("", "Vul de datum van het incident in."),
        ("gisteren", "Vul de datum in als dag-maand-jaar, bijvoorbeeld 20-10-2026."),
        ("2026-10-20T10:00", "Vul de datum in als dag-maand-jaar, bijvoorbeeld 20-10-2026."),
        ("9" * 5000, "Vul de datum in als dag-maand-jaar, bijvoorbeeld 20-10-2026."),
        ("2026-02-30", "Deze datum bestaat niet. Kijk de dag en de maand nog eens na."),
        ("31-04-2026", "Deze datum bestaat niet. Kijk de dag en de maand nog eens na."),
        ("0000-01-01", "Deze datum bestaat niet. Kijk de dag en de maand nog eens na."),
        (
            "2026-10-22",
            "Deze datum ligt in de toekomst. Vul de datum in waarop het incident gebeurde.",
        ),
        (
            "9999-12-31",
            "Deze datum ligt in de toekomst. Vul de datum in waarop het incident gebeurde.",
        ),
        ("2026-08-25", "Deze datum is meer dan 8 weken geleden."),
        ("1900-01-01", "Deze datum is meer dan 8 weken geleden."),
    ],
)
def test_a_bad_date_gets_a_dutch_message_on_the_page_not_a_file(
    client, manager_page, today, datum, message
):
    response = post(client, datum, "balie 3")
    soup = parse(response)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert soup.find("meta", {"name": "robots"})["content"] == "noindex"
    assert not response.cookies
    assert soup.title.get_text().startswith("Fout: ")
    [problem] = problems(response)
    assert problem.startswith(message)
    field = soup.find(id="id_datum")
    assert field["aria-invalid"] == "true" and "datum-fout" in field["aria-describedby"].split()
    assert soup.select_one(".vp-whatnow-errors__list a")["href"] == "#id_datum"
    # What was typed is kept in the form, escaped.
    assert soup.find(id="id_omschrijving")["value"] == "balie 3"


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("x" * 61, "Maak de omschrijving korter: hoogstens 60 tekens."),
        ("balie\x003", "Gebruik in de omschrijving alleen letters, cijfers en leestekens."),
        ("balie\x1b[31m", "Gebruik in de omschrijving alleen letters, cijfers en leestekens."),
    ],
)
def test_a_bad_label_gets_a_dutch_message(client, manager_page, today, label, message):
    response = post(client, "2026-10-20", label)
    assert response.status_code == 200
    assert problems(response) == [message]
    assert parse(response).find(id="id_omschrijving")["aria-invalid"] == "true"


def test_hostile_labels_that_are_text_reach_the_file_intact_or_the_page_escaped(
    client, manager_page, today
):
    label = "<script>x</script> مرحبا 👩‍💻"
    response = post(client, "2026-10-20", f"  {label}\n\t")
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(response.content).walk("VEVENT")]
    assert all(summary.endswith(f": {label}") for summary in summaries)
    page = post(client, "", label)
    assert "<script>x</script>" not in page.content.decode()
    assert parse(page).find(id="id_omschrijving")["value"] == label


def test_what_was_typed_stays_out_of_the_logs(client, manager_page, today, caplog):
    with caplog.at_level(logging.DEBUG):
        post(client, "2026-10-20", "Kwartelkoning")
        post(client, "31-02-2026", "Kwartelkoning")
    assert "Kwartelkoning" not in caplog.text and "2026-10-20" not in caplog.text


def test_the_calendar_address_without_a_post_leads_back_to_the_page(client, manager_page):
    response = client.get(CALENDAR_URL)
    assert response.status_code == 302 and response["Location"] == URL


def test_only_the_calendar_form_goes_without_a_csrf_token(manager_page, home_page, today):
    client = Client(enforce_csrf_checks=True)
    assert post(client, "2026-10-20").status_code == 200
    assert client.post(URL, {}).status_code == 200
    assert client.post(home_page.url, {}).status_code == 403
    assert client.post("/wat-nu/", {}).status_code == 403


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_get_405_in_dutch(manager_page, method):
    response = getattr(Client(), method)(CALENDAR_URL)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"
    assert "Dit kan hier niet" in response.content.decode()


def test_queries_do_not_grow_with_the_moments_and_their_links(
    anonymous_client, manager_page, today
):
    theme = ThemePageFactory(slug="nazorg")
    topics = [TopicPageFactory(parent=theme, slug=f"onderwerp-{n}") for n in range(5)]

    def queries(request):
        request()  # fill the caches every page shares
        with CaptureQueriesContext(connection) as captured:
            response = request()
        assert response.status_code == 200
        return len(captured)

    requests = [
        lambda: anonymous_client.get(URL),
        lambda: post(anonymous_client, "2026-10-20"),  # the file
        lambda: post(anonymous_client, "31-02-2026"),  # the page with a message
    ]

    def publish_moments(*values):
        page = type(manager_page).objects.get(pk=manager_page.pk)
        page.moments = moments(*values)
        page.save_revision().publish()

    publish_moments(moment("Het eerste uur", ["Luister."], links=topics[:1]))
    few = [queries(request) for request in requests]
    publish_moments(
        *(
            moment(f"Moment {n}", ["Eén", "Twee", "Drie"], links=topics[n : n + 3])
            for n in range(12)
        )
    )
    assert [queries(request) for request in requests] == few
    assert max(few) <= 10  # the budget of every page type (tests/pagecache)
