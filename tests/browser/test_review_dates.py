"""Review dates in a real browser, as a BZK editor: the dashboard panel shows an overdue page, one
click marks it checked, and the report lists what is left (issue 25)."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from editorial.models import PageReview
from practice.roles import BZK_EDITORS
from tests.browser.editor_sessions import editor_browser_page, in_the_servers_view, session_of
from tests.browser.test_start_page_again import admin_server  # noqa: F401 - fixture
from tests.core.factories import UserFactory
from themes.models import TopicPage

EDITOR = "beoordelaar-bzk"


def overdue_topic_for_editor():
    editor = UserFactory(username=EDITOR, first_name="Bram", groups=[BZK_EDITORS])
    topic = TopicPage.objects.live().order_by("path").first()
    PageReview.objects.update_or_create(
        page=topic,
        defaults={
            "owner": editor,
            "next_review": timezone.localdate() - datetime.timedelta(days=5),
        },
    )
    return topic.pk, topic.title, session_of(editor)


def undo():
    PageReview.objects.filter(owner__username=EDITOR).update(owner=None)
    UserFactory._meta.model.objects.filter(username=EDITOR).delete()


@pytest.fixture
def editor_page(browser, admin_server):  # noqa: F811 - the imported fixture
    topic_id, title, session = in_the_servers_view(overdue_topic_for_editor)
    with editor_browser_page(browser, admin_server, session, undo) as page:
        yield page, topic_id, title


def test_a_bzk_editor_marks_an_overdue_page_checked_in_one_click(editor_page):
    page, topic_id, title = editor_page
    page.goto("/admin/")
    panel = page.locator("section", has=page.get_by_role("heading", name="Te beoordelen"))
    row = panel.locator("tr", has=page.get_by_role("link", name=title, exact=True))
    expect(row).to_contain_text("te laat")

    row.get_by_role("button", name="Gecontroleerd, niets gewijzigd").click()

    expect(page.locator(".messages")).to_contain_text(f"'{title}' is gecontroleerd")
    expect(panel.get_by_role("link", name=title, exact=True)).to_have_count(0)
    review = in_the_servers_view(lambda: PageReview.objects.get(page_id=topic_id))
    assert review.next_review > timezone.localdate() + datetime.timedelta(days=300)

    page.goto(f"/admin/pages/{topic_id}/history/")
    expect(page.locator("main")).to_contain_text("Gecontroleerd, niets gewijzigd")

    page.goto("/admin/beoordeling/rapport/")
    expect(page.get_by_role("heading", name="Beoordelingsdatum").first).to_be_visible()
    expect(page.get_by_role("link", name=title, exact=True)).to_have_count(0)
