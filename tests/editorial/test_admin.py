"""Review dates in the admin: the dashboard panel, the report, the one-click "checked" and who may
do what, through the real admin views."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.log_actions import registry as log_actions
from wagtail.models import PageLogEntry

from editorial.models import REVIEWED_ACTION, PageReview
from editorial.periods import add_months
from tests.conftest import logged_in
from tests.core.test_admin_language import ENGLISH, FORMAL_ADDRESS, visible_text
from tests.editorial.factories import PageReviewFactory, days_from_today
from tests.html import parse
from tests.practice.factories import PracticeExamplePageFactory, site_practice_index
from tests.themes.factories import ThemePageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/"
REPORT = "/admin/beoordeling/rapport/"


def panel_titles(client):
    panel = parse(client.get(DASHBOARD)).select_one("#vp-due-reviews-heading")
    if panel is None:
        return []
    return [link.get_text(strip=True) for link in panel.find_parent("section").select("td a")]


def report_titles(client, query=""):
    response = client.get(REPORT + query)
    assert response.status_code == 200
    return [
        link.get_text(strip=True) for link in parse(response).select("tbody td a[href*='/edit/']")
    ]


def mark_reviewed_url(page):
    return reverse("editorial:mark_reviewed", args=[page.pk])


@pytest.fixture
def due_pages(home_page, municipal_editor):
    """A BZK topic overdue, a municipal example due today, a topic due in two months."""
    theme = ThemePageFactory()
    overdue = PageReviewFactory(
        page=TopicPageFactory(parent=theme, title="Te laat"), next_review=days_from_today(-3)
    )
    example = PracticeExamplePageFactory(
        parent=site_practice_index(), title="Voorbeeld Proefdorp", owner=municipal_editor
    )
    due = PageReviewFactory(page=example, owner=municipal_editor)
    PageReviewFactory(
        page=TopicPageFactory(parent=theme, title="Nog lang niet"), next_review=days_from_today(60)
    )
    return overdue, due


def test_the_panel_lists_the_due_pages_the_editor_may_edit(due_pages, bzk_client, municipal_client):
    assert panel_titles(bzk_client) == ["Te laat", "Voorbeeld Proefdorp"]
    assert panel_titles(municipal_client) == ["Voorbeeld Proefdorp"]


def test_an_editor_without_due_pages_sees_no_panel(home_page, bzk_client):
    PageReviewFactory(page=TopicPageFactory(), next_review=days_from_today(60))
    assert panel_titles(bzk_client) == []


def test_the_report_lists_due_and_overdue_and_filters_on_status(due_pages, bzk_client):
    assert report_titles(bzk_client) == ["Te laat", "Voorbeeld Proefdorp"]
    assert report_titles(bzk_client, "?status=te-laat") == ["Te laat"]
    assert report_titles(bzk_client, "?status=binnenkort") == ["Voorbeeld Proefdorp"]


def test_unpublished_pages_are_not_up_for_review(due_pages, bzk_client):
    overdue, _ = due_pages
    overdue.page.unpublish()
    assert report_titles(bzk_client) == ["Voorbeeld Proefdorp"]


def test_the_report_exports_xlsx(due_pages, bzk_client):
    response = bzk_client.get(REPORT + "?export=xlsx")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith(
        'attachment; filename="beoordelingsdata-'
    )


def test_the_report_exports_csv(due_pages, bzk_client):
    response = bzk_client.get(REPORT + "?export=csv")
    content = b"".join(response.streaming_content).decode()
    assert content.splitlines()[0] == "Pagina,Type,Eigenaar,Volgende beoordeling,Laatst beoordeeld"
    assert "Te laat" in content and "Voorbeeld Proefdorp" in content


def test_the_report_is_under_reports_in_the_menu(home_page, bzk_client):
    assert REPORT in bzk_client.get(DASHBOARD).content.decode()


def test_checked_nothing_changed_is_one_post_that_moves_the_date_and_logs(due_pages, bzk_editor):
    overdue, _ = due_pages
    client = logged_in(bzk_editor)
    response = client.post(mark_reviewed_url(overdue.page), {"next": REPORT})
    assert response.status_code == 302 and response.headers["Location"] == REPORT

    review = PageReview.objects.get(pk=overdue.pk)
    assert review.next_review == add_months(days_from_today(0), 12)
    assert review.last_reviewed == days_from_today(0)
    assert review.reviewed_by == bzk_editor
    entry = PageLogEntry.objects.get(page=overdue.page, action=REVIEWED_ACTION)
    assert entry.user == bzk_editor
    assert entry.data == {"next_review": review.next_review.isoformat()}
    assert log_actions.get_action_label(REVIEWED_ACTION) == "Gecontroleerd, niets gewijzigd"
    assert panel_titles(client) == ["Voorbeeld Proefdorp"]


def test_checked_goes_back_only_to_an_address_of_this_site(due_pages, bzk_client):
    overdue, _ = due_pages
    response = bzk_client.post(mark_reviewed_url(overdue.page), {"next": "https://example.com/"})
    assert response.headers["Location"] == reverse("wagtailadmin_home")


def test_checked_needs_a_post_with_a_csrf_token(due_pages, bzk_editor):
    overdue, _ = due_pages
    client = Client(enforce_csrf_checks=True)
    client.force_login(bzk_editor)
    assert client.get(mark_reviewed_url(overdue.page)).status_code == 405
    assert client.post(mark_reviewed_url(overdue.page)).status_code == 403
    assert not PageLogEntry.objects.filter(action=REVIEWED_ACTION).exists()


def test_a_municipal_editor_cannot_mark_a_bzk_page_reviewed(due_pages, municipal_client):
    overdue, due = due_pages
    assert municipal_client.post(mark_reviewed_url(overdue.page)).status_code == 403
    assert PageReview.objects.get(pk=overdue.pk).next_review == days_from_today(-3)
    # Their own example they may: it moves by the period of practice examples.
    municipal_client.post(mark_reviewed_url(due.page))
    assert PageReview.objects.get(pk=due.pk).next_review == add_months(days_from_today(0), 24)


def test_the_owner_and_date_are_set_from_the_page_menu(due_pages, bzk_client, municipal_client):
    overdue, _ = due_pages
    edit_page = bzk_client.get(reverse("wagtailadmin_pages:edit", args=[overdue.page_id]))
    edit_review = reverse("editorial:edit_review", args=[overdue.page_id])
    assert edit_review in edit_page.content.decode()

    assert bzk_client.get(edit_review).status_code == 200
    response = bzk_client.post(
        edit_review,
        {
            "team_name": "Redactie BZK",
            "team_email": "redactie@example.nl",
            "next_review": "2027-03-01",
        },
    )
    assert response.status_code == 302
    review = PageReview.objects.get(pk=overdue.pk)
    assert (review.team_name, review.reminder_address) == ("Redactie BZK", "redactie@example.nl")
    assert str(review.next_review) == "2027-03-01"
    assert municipal_client.get(edit_review).status_code == 403


def test_an_owner_is_required(due_pages, bzk_client):
    overdue, _ = due_pages
    response = bzk_client.post(
        reverse("editorial:edit_review", args=[overdue.page_id]), {"next_review": "2027-03-01"}
    )
    assert response.status_code == 200
    assert "niemand de herinnering" in response.content.decode()


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [DASHBOARD, REPORT])
def test_the_panel_and_report_queries_do_not_grow_with_the_pages(home_page, bzk_client, url):
    theme = ThemePageFactory()
    for _ in range(3):
        PageReviewFactory(page=TopicPageFactory(parent=theme))
    queries_for(bzk_client, url)  # caches warm (content types, site root paths)
    few = queries_for(bzk_client, url)
    for _ in range(6):
        PageReviewFactory(page=TopicPageFactory(parent=theme))
    assert queries_for(bzk_client, url) == few


def test_the_panel_puts_the_editors_own_pages_first(due_pages, bzk_editor):
    PageReviewFactory(page=TopicPageFactory(title="Van mij"), owner=bzk_editor)
    assert panel_titles(logged_in(bzk_editor)) == ["Van mij", "Te laat", "Voorbeeld Proefdorp"]


def test_the_screens_speak_dutch_and_say_je(due_pages, bzk_client):
    panel = parse(bzk_client.get(DASHBOARD)).select_one("#vp-due-reviews-heading")
    screens = {
        "panel": str(panel.find_parent("section")),
        "report": bzk_client.get(REPORT).content.decode(),
        "edit": bzk_client.get(
            reverse("editorial:edit_review", args=[due_pages[0].page_id])
        ).content.decode(),
    }
    found = [
        f"{name}: {text[:80]!r}"
        for name, html in screens.items()
        for text in visible_text(html)
        if ENGLISH.search(text) or FORMAL_ADDRESS.search(text)
    ]
    assert not found


def test_a_page_without_a_record_gets_one_when_checked(home_page, bzk_editor):
    topic = TopicPageFactory()
    logged_in(bzk_editor).post(mark_reviewed_url(topic))
    review = PageReview.objects.get(page=topic)
    assert review.next_review == add_months(days_from_today(0), 12)
    assert review.reviewed_by == bzk_editor
