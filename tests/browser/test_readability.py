"""The readability check in a real browser, as a BZK editor: from the page editor's menu to the
score, the verdict and the jargon with its plain alternative (issue 25)."""

import re

import pytest
from playwright.sync_api import expect

from practice.roles import BZK_EDITORS
from tests.browser.editor_sessions import editor_browser_page, in_the_servers_view, session_of
from tests.browser.test_start_page_again import admin_server  # noqa: F401 - fixture
from tests.core.factories import UserFactory
from themes.models import TopicPage

EDITOR = "leesbaarheid-bzk"
DRAFT_INTRO = "Wij faciliteren teams die grenzen willen stellen."


def editor_with_a_draft():
    editor = UserFactory(username=EDITOR, groups=[BZK_EDITORS])
    topic = TopicPage.objects.live().order_by("path").first()
    draft = topic.get_latest_revision_as_object()
    draft.intro = DRAFT_INTRO
    draft.save_revision(user=editor)
    return topic.pk, session_of(editor)


def undo():
    topic = TopicPage.objects.live().order_by("path").first()
    topic.revisions.filter(user__username=EDITOR).delete()
    topic.latest_revision = topic.live_revision
    topic.has_unpublished_changes = False
    topic.save(update_fields=["latest_revision", "has_unpublished_changes"])
    UserFactory._meta.model.objects.filter(username=EDITOR).delete()


@pytest.fixture
def editor_page(browser, admin_server):  # noqa: F811 - the imported fixture
    topic_id, session = in_the_servers_view(editor_with_a_draft)
    with editor_browser_page(browser, admin_server, session, undo) as page:
        yield page, topic_id


def test_a_bzk_editor_checks_the_readability_of_a_draft_from_the_page_menu(editor_page):
    page, topic_id = editor_page
    page.goto(f"/admin/pages/{topic_id}/edit/")
    page.get_by_role("button", name="Acties").first.click()
    page.get_by_role("link", name="Leesbaarheid").click()

    expect(page.get_by_role("heading", name="Leesbaarheid").first).to_be_visible()
    expect(page.locator("main")).to_contain_text("laatst opgeslagen versie (concept)")
    # The demo topic is easy Dutch; the score is written the Dutch way (80,8).
    expect(page.locator("[data-readability-score]")).to_have_text(re.compile(r"^\d+,\d \(\w"))
    expect(page.locator("[data-readability-verdict]")).to_contain_text("B1")
    jargon = page.locator("table", has=page.get_by_role("columnheader", name="Schrijf liever"))
    expect(jargon).to_contain_text("faciliteren")
    expect(jargon).to_contain_text("helpen, mogelijk maken")
