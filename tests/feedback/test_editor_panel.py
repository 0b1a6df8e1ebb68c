"""Visitors' answers in the page editor, on the tab *Reacties van bezoekers* (issue 25): the page's
own counts of the last months, its share of 'Ja', its newest comments and the way to the full
report; only for who may see them, only on pages that ask, in a fixed number of queries."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import get_page_models

from feedback.panels import (
    COMMENTS_SHOWN,
    MONTHS_SHOWN,
    TAB_HEADING,
    feedback_summary,
    month_starts,
)
from feedback.scrub import EMAIL_MARKER
from tests.conftest import logged_in
from tests.core.test_admin_language import ENGLISH, FORMAL_ADDRESS, visible_text
from tests.feedback.factories import PageFeedbackFactory
from tests.html import parse, texts
from tests.practice.factories import PracticeExamplePageFactory, site_practice_index
from tests.themes.factories import ThemePageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


DUTCH_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def months_ago(count, day=3):
    """Noon on a day of the month count months before this one, in the site's time zone."""
    return month_starts(count + 1)[count] + datetime.timedelta(days=day - 1, hours=12)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def feedback_panel(response):
    assert response.status_code == 200
    return parse(response).select_one("[data-vp-visitor-feedback]")


def tab_names(response):
    """The editor's tabs, without the error count each tab carries."""
    tabs = parse(response).select("[role=tablist] [role=tab]")
    return [tab.find(string=True, recursive=False).strip() for tab in tabs]


def month_rows(panel):
    return [texts(row("th") + row("td")) for row in panel.select("[data-vp-feedback-months] tr")]


@pytest.fixture
def topic(home_page):
    """A topic answered this month and last month, and long ago (outside the panel's months); a
    second topic with answers of its own."""
    theme = ThemePageFactory()
    topic = TopicPageFactory(parent=theme, title="Grenzen stellen")
    PageFeedbackFactory(page=topic, useful=True, given_at=months_ago(0, day=1))
    PageFeedbackFactory(page=topic, useful=True, given_at=months_ago(1))
    PageFeedbackFactory(page=topic, useful=True, given_at=months_ago(1, day=4))
    PageFeedbackFactory(
        page=topic, useful=False, comment="Waar meld ik het?", given_at=months_ago(1, day=5)
    )
    PageFeedbackFactory(
        page=topic, useful=False, comment="Te lang.", given_at=months_ago(MONTHS_SHOWN + 2)
    )
    other = TopicPageFactory(parent=theme, title="Agressie aan de balie")
    PageFeedbackFactory(page=other, useful=False, comment="Niet over deze pagina.")
    PageFeedbackFactory(page=other, useful=False, given_at=months_ago(1))
    return topic


def test_the_editor_shows_the_pages_own_answers_of_the_last_months(topic, bzk_client):
    panel = feedback_panel(bzk_client.get(edit_url(topic)))
    rows = month_rows(panel)
    assert rows[0] == ["Maand", "Ja", "Nee", "Toelichtingen"]
    this_month = timezone.localdate().replace(day=1)
    expected_labels = []
    for _ in range(MONTHS_SHOWN):
        expected_labels.append(f"{DUTCH_MONTHS[this_month.month - 1]} {this_month.year}")
        this_month = (this_month - datetime.timedelta(days=1)).replace(day=1)
    assert [row[0] for row in rows[1:]] == expected_labels
    assert [row[1:] for row in rows[1:3]] == [["1", "0", "0"], ["2", "1", "1"]]
    assert all(row[1:] == ["0", "0", "0"] for row in rows[3:])
    total = " ".join(panel.select_one("[data-vp-feedback-total]").get_text().split())
    assert total == (
        f"In de laatste {MONTHS_SHOWN} maanden antwoordden bezoekers 3 keer ‘Ja’ en 1 keer "
        "‘Nee’: 75% ‘Ja’."
    )
    # The long-ago comment is older than the months, but still the page's: it is listed.
    comments = texts(panel.select("[data-vp-feedback-comments] blockquote"))
    assert comments == ["Waar meld ik het?", "Te lang."]
    links = {link.get_text(strip=True): link["href"] for link in panel("a")}
    report = reverse("feedback_admin:page", args=[topic.pk])
    assert links == {
        "Alle reacties op deze pagina": report,
        "Download de toelichtingen als CSV-bestand": f"{report}?export=csv",
    }


def test_the_tab_comes_after_the_pages_own_tabs(topic, bzk_client):
    tabs = tab_names(bzk_client.get(edit_url(topic)))
    assert tabs[0] == "Inhoud"
    assert tabs[-1] == TAB_HEADING


def test_only_the_newest_comments_are_shown_newest_first(topic, bzk_client):
    for day in range(1, COMMENTS_SHOWN + 2):
        PageFeedbackFactory(
            page=topic, useful=False, comment=f"Opmerking {day}", given_at=months_ago(0, day=day)
        )
    panel = feedback_panel(bzk_client.get(edit_url(topic)))
    comments = texts(panel.select("[data-vp-feedback-comments] blockquote"))
    newest = COMMENTS_SHOWN + 1
    assert comments == [f"Opmerking {day}" for day in range(newest, newest - COMMENTS_SHOWN, -1)]


def test_a_comment_is_shown_as_text_as_stored(topic, bzk_client):
    PageFeedbackFactory(
        page=topic, useful=False, comment="<b>Bel</b> mij: jan@example.nl", given_at=timezone.now()
    )
    panel = feedback_panel(bzk_client.get(edit_url(topic)))
    newest = panel.select_one("[data-vp-feedback-comments] blockquote")
    assert newest.get_text() == f"<b>Bel</b> mij: {EMAIL_MARKER}"
    assert newest.find("b") is None


def test_a_page_without_answers_says_so(home_page, bzk_client):
    topic = TopicPageFactory(parent=ThemePageFactory())
    panel = feedback_panel(bzk_client.get(edit_url(topic)))
    assert texts(panel.select("[data-vp-feedback-total]")) == [
        f"In de laatste {MONTHS_SHOWN} maanden heeft niemand de vraag over deze pagina beantwoord."
    ]
    assert "Er zijn geen toelichtingen op deze pagina." in panel.get_text()


def feedback_tab_shown(page, user):
    """Whether the page's edit handler, bound for user, shows the feedback tab."""
    request = RequestFactory().get("/")
    request.user = user
    handler = type(page).get_edit_handler()
    form = handler.get_form_class()(instance=page, for_user=user, parent_page=page.get_parent())
    bound = handler.get_bound_panel(instance=page, request=request, form=form)
    return TAB_HEADING in [tab.heading for tab in bound.visible_children]


def test_a_municipal_editor_sees_their_example_but_not_a_bzk_topic(
    topic, municipal_editor, bzk_editor
):
    example = PracticeExamplePageFactory(parent=site_practice_index(), owner=municipal_editor)
    PageFeedbackFactory(page=example, useful=False, comment="Meer foto's graag.")
    client = logged_in(municipal_editor)
    panel = feedback_panel(client.get(edit_url(example)))
    assert texts(panel.select("blockquote")) == ["Meer foto's graag."]
    assert client.get(edit_url(topic)).status_code in (302, 403)
    # The panel itself asks feedback/access.py, whichever view would show it.
    assert feedback_tab_shown(topic, bzk_editor)
    assert not feedback_tab_shown(topic, municipal_editor)


def test_pages_that_do_not_ask_for_feedback_have_no_tab(home_page, bzk_client, topic):
    home = bzk_client.get(edit_url(home_page))
    assert feedback_panel(home) is None
    assert tab_names(home) and TAB_HEADING not in tab_names(home)
    # Nor a new page, which cannot have answers yet.
    add = reverse("wagtailadmin_pages:add", args=["themes", "topicpage", topic.get_parent().pk])
    new_topic = bzk_client.get(add)
    assert feedback_panel(new_topic) is None


def test_every_page_type_that_asks_has_the_tab_after_its_own():
    for model in get_page_models():
        headings = [str(tab.heading) for tab in model.get_edit_handler().children]
        if getattr(model, "asks_for_feedback", False):
            assert headings[-1] == TAB_HEADING, model
            assert len(headings) >= 2, model
        else:
            assert TAB_HEADING not in headings, model
        # The form still has every field of the page type's own panels.
        form_fields = model.get_edit_handler().get_form_class().base_fields
        assert "title" in form_fields or model._meta.label == "wagtailcore.Page", model


def test_the_months_follow_the_sites_calendar():
    # 22:30 UTC on 31 March is 00:30 on 1 April in Amsterdam (summer time).
    now = datetime.datetime(2026, 3, 31, 22, 30, tzinfo=datetime.UTC)
    starts = month_starts(MONTHS_SHOWN, now)
    assert [f"{start:%Y-%m-%d %H:%M}" for start in starts] == [
        "2026-04-01 00:00",
        "2026-03-01 00:00",
        "2026-02-01 00:00",
        "2026-01-01 00:00",
        "2025-12-01 00:00",
        "2025-11-01 00:00",
    ]
    # Each first day has its own offset: summer time in April, winter time in March.
    assert [start.utcoffset().seconds // 3600 for start in starts[:2]] == [2, 1]


def test_the_summary_takes_two_queries_however_many_answers(topic):
    with CaptureQueriesContext(connection) as queries:
        feedback_summary(topic)
    assert len(queries) == 2
    for month in range(MONTHS_SHOWN):
        for day in (1, 2, 3):
            PageFeedbackFactory(
                page=topic, useful=False, comment="Meer.", given_at=months_ago(month, day)
            )
    with CaptureQueriesContext(connection) as queries:
        summary = feedback_summary(topic)
    assert len(queries) == 2
    assert sum(month["no"] for month in summary["months"]) == 1 + 3 * MONTHS_SHOWN


def test_the_editor_asks_no_more_queries_with_more_answers(topic, bzk_client):
    def queries_for_editor():
        with CaptureQueriesContext(connection) as queries:
            assert bzk_client.get(edit_url(topic)).status_code == 200
        return len(queries)

    queries_for_editor()
    few = queries_for_editor()
    for month in range(MONTHS_SHOWN):
        PageFeedbackFactory(page=topic, useful=True, given_at=months_ago(month))
        PageFeedbackFactory(
            page=topic, useful=False, comment="Nog iets.", given_at=months_ago(month)
        )
    assert queries_for_editor() == few


def test_the_panel_speaks_dutch_and_says_je(topic, bzk_client):
    panel = feedback_panel(bzk_client.get(edit_url(topic)))
    found = [
        text
        for text in visible_text(str(panel))
        if ENGLISH.search(text) or FORMAL_ADDRESS.search(text)
    ]
    assert not found
