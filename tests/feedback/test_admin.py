"""Visitors' answers in the admin: the report per page and month, a page's own answers and
comments, the CSV export and who sees what (issue 25)."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from tests.core.test_admin_language import ENGLISH, FORMAL_ADDRESS, visible_text
from tests.feedback.factories import PageFeedbackFactory, in_month
from tests.html import parse, texts
from tests.practice.factories import PracticeExamplePageFactory, site_practice_index
from tests.themes.factories import ThemePageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reacties/rapport/"


def page_url(page):
    return reverse("feedback_admin:page", args=[page.pk])


@pytest.fixture
def answered_pages(home_page, municipal_editor):
    """A BZK topic with answers in October and November, and a municipal example with one 'Nee'."""
    topic = TopicPageFactory(parent=ThemePageFactory(), title="Grenzen stellen")
    PageFeedbackFactory(page=topic, useful=True, given_at=in_month(2026, 10, 2))
    PageFeedbackFactory(page=topic, useful=True, given_at=in_month(2026, 10, 20))
    PageFeedbackFactory(
        page=topic, useful=False, comment="Waar meld ik het?", given_at=in_month(2026, 10, 21)
    )
    PageFeedbackFactory(
        page=topic,
        useful=False,
        comment='=HYPERLINK("https://x.example")',
        given_at=in_month(2026, 11, 3),
    )
    example = PracticeExamplePageFactory(
        parent=site_practice_index(), title="Voorbeeld Proefdorp", owner=municipal_editor
    )
    PageFeedbackFactory(
        page=example, useful=False, comment="Te kort.", given_at=in_month(2026, 11, 4)
    )
    return topic, example


def report_rows(client, query=""):
    response = client.get(REPORT + query)
    assert response.status_code == 200
    return [texts(row("td")) for row in parse(response).select("tbody tr")]


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(content)))


def test_the_report_counts_yes_and_no_per_page_and_month(answered_pages, bzk_client):
    assert report_rows(bzk_client) == [
        ["Grenzen stellen", "november 2026", "0", "1", "1"],
        ["Voorbeeld Proefdorp", "november 2026", "0", "1", "1"],
        ["Grenzen stellen", "oktober 2026", "2", "1", "1"],
    ]
    # A row is a page in a month, not one answer.
    assert "3 pagina's per maand" in parse(bzk_client.get(REPORT)).get_text()


def test_a_municipal_editor_sees_only_the_pages_they_may_edit(answered_pages, municipal_client):
    topic, example = answered_pages
    assert report_rows(municipal_client) == [
        ["Voorbeeld Proefdorp", "november 2026", "0", "1", "1"]
    ]
    assert municipal_client.get(page_url(example)).status_code == 200
    assert municipal_client.get(page_url(topic)).status_code == 403
    assert municipal_client.get(page_url(topic) + "?export=csv").status_code == 403


def test_a_page_shows_its_months_and_its_comments_newest_first(answered_pages, bzk_client):
    topic, _ = answered_pages
    html = parse(bzk_client.get(page_url(topic)))
    months = [texts(row("th") + row("td")) for row in html.select("#vp-feedback-months tbody tr")]
    assert months == [["november 2026", "0", "1", "1"], ["oktober 2026", "2", "1", "1"]]
    comments = [texts(row("td"))[1] for row in html.select("#listing-results tbody tr")]
    assert comments == ['=HYPERLINK("https://x.example")', "Waar meld ik het?"]
    assert "Hoe vaak de pagina bekeken is, tellen we niet." in html.get_text()
    assert "2 toelichtingen" in html.get_text()


def test_the_export_cannot_smuggle_a_formula_into_a_spreadsheet(answered_pages, bzk_client):
    topic, _ = answered_pages
    rows = csv_rows(bzk_client.get(page_url(topic) + "?export=csv"))
    assert rows[0] == ["Gegeven op", "Toelichting"]
    assert [row[1] for row in rows[1:]] == [
        '\'=HYPERLINK("https://x.example")',
        "Waar meld ik het?",
    ]
    assert rows[1][0].startswith("2026-11-03 ")


def test_the_report_exports_the_counts_per_month(answered_pages, bzk_client):
    rows = csv_rows(bzk_client.get(REPORT + "?export=csv"))
    assert rows == [
        ["Pagina", "Maand", "Ja", "Nee", "Toelichtingen"],
        ["Grenzen stellen", "2026-11", "0", "1", "1"],
        ["Voorbeeld Proefdorp", "2026-11", "0", "1", "1"],
        ["Grenzen stellen", "2026-10", "2", "1", "1"],
    ]


def test_the_report_is_under_reports_and_the_page_menu_links_to_the_answers(
    answered_pages, bzk_client, home_page
):
    topic, _ = answered_pages
    assert REPORT in bzk_client.get("/admin/").content.decode()
    edit_view = bzk_client.get(reverse("wagtailadmin_pages:edit", args=[topic.pk]))
    assert page_url(topic) in edit_view.content.decode()
    home_edit_view = bzk_client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assert page_url(home_page) not in home_edit_view.content.decode()


def test_the_report_queries_do_not_grow_with_the_answers(answered_pages, bzk_client):
    topic, _ = answered_pages

    def queries_for(url):
        with CaptureQueriesContext(connection) as queries:
            assert bzk_client.get(url).status_code == 200
        return len(queries)

    for url in (REPORT, page_url(topic)):
        queries_for(url)
        few = queries_for(url)
        for month in range(1, 7):
            other = TopicPageFactory(parent=topic.get_parent())
            PageFeedbackFactory(page=other, useful=False, given_at=in_month(2025, month))
            PageFeedbackFactory(
                page=topic, useful=False, comment="Meer.", given_at=in_month(2025, month)
            )
        assert queries_for(url) == few, url


def test_the_screens_speak_dutch_and_say_je(answered_pages, bzk_client):
    topic, _ = answered_pages
    screens = {
        "report": bzk_client.get(REPORT).content.decode(),
        "page": bzk_client.get(page_url(topic)).content.decode(),
    }
    found = [
        f"{name}: {text[:80]!r}"
        for name, html in screens.items()
        for text in visible_text(html)
        if ENGLISH.search(text) or FORMAL_ADDRESS.search(text)
    ]
    assert not found


def test_a_missing_page_is_not_found(bzk_client, home_page):
    assert bzk_client.get(reverse("feedback_admin:page", args=[999999])).status_code == 404


def test_the_xlsx_export_gives_the_time_in_the_sites_time_zone(answered_pages, bzk_client):
    topic, _ = answered_pages
    response = bzk_client.get(page_url(topic) + "?export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Gegeven op", "Toelichting")
    # in_month() makes 12:00 in Amsterdam; UTC would say 11:00.
    assert rows[1][0].hour == 12
    assert rows[1][1] == '=HYPERLINK("https://x.example")'
    assert sheet.cell(row=2, column=2).data_type == "s"  # text, not a formula
