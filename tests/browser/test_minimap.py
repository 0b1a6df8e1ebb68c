"""The minimap's jump to *Publicatieplanning* (tab *Eigenschappen*) moved the whole page form
161 px sideways (issue 25); core/static/core/admin.css clips Wagtail's main column instead."""

from django.test import Client

from tests.browser.test_review_dates import in_the_servers_view
from tests.browser.test_start_page_again import admin_server  # noqa: F401 - fixture
from tests.core.factories import UserFactory


def editor_session_and_topic():
    from practice.roles import BZK_EDITORS
    from themes.models import TopicPage

    editor = UserFactory(username="minimap-redactie", groups=[BZK_EDITORS])
    client = Client()
    client.force_login(editor)
    return client.cookies["sessionid"].value, TopicPage.objects.live().first().pk


def test_the_minimap_jump_to_the_schedule_keeps_the_form_in_place(browser, admin_server):  # noqa: F811
    session, topic_id = in_the_servers_view(editor_session_and_topic)
    context = browser.new_context(
        base_url=admin_server, locale="nl-NL", viewport={"width": 1280, "height": 800}
    )
    context.add_cookies([{"name": "sessionid", "value": session, "url": admin_server}])
    page = context.new_page()
    page.goto(f"/admin/pages/{topic_id}/edit/")
    page.get_by_role("tab", name="Eigenschappen").click()
    form = page.locator("form[data-edit-form], form#page-edit-form").first
    before = form.bounding_box()["x"]
    page.locator("a", has_text="Publicatieplanning").first.click(force=True)
    page.wait_for_timeout(800)  # the minimap scrolls smoothly
    assert form.bounding_box()["x"] == before
    assert page.evaluate("document.querySelector('main.content-wrapper').scrollLeft") == 0
    context.close()
