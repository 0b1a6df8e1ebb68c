"""'Was deze informatie nuttig?' in a real browser (issue 25): a visitor without JavaScript answers
and finds the way back to the text; a visitor with JavaScript says 'Nee' with a comment, and a BZK
editor then reads it in the report under Rapporten, without the e-mail address the visitor typed."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connections
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from feedback.models import PageFeedback
from feedback.scrub import EMAIL_MARKER
from practice.roles import BZK_EDITORS
from tests.browser.editor_sessions import editor_browser_page, session_of
from tests.browser.test_start_page_again import admin_server, committed  # noqa: F401 - fixture
from tests.core.factories import UserFactory
from themes.models import TopicPage

EDITOR = "lezer-reacties-bzk"
NARROW = {"width": 320, "height": 640}
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}


def in_the_servers_view(work):
    """SQLite shares this test's connection with the server; PostgreSQL needs it committed."""
    return work() if connections["default"].vendor == "sqlite" else committed(work)


@pytest.fixture
def topic(site_server):
    topic = TopicPage.objects.live().order_by("path").first()
    yield topic
    in_the_servers_view(lambda: PageFeedback.objects.filter(page=topic).delete())


def axe_clean(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_a_visitor_without_javascript_answers_and_finds_the_way_back(browser, site_server, topic):
    context = browser.new_context(base_url=site_server, locale="nl-NL", java_script_enabled=False)
    page = context.new_page()
    page.set_viewport_size(NARROW)
    page.goto(topic.url)
    feedback = page.locator("[data-feedback]")
    expect(feedback.get_by_role("heading", name="Was deze informatie nuttig?")).to_be_visible()

    feedback.get_by_role("button", name="Nee").click()
    expect(page).to_have_url(re.compile(r"/reactie/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Reactie op ‘{topic.title}’")
    expect(page.locator("main")).to_contain_text("Bedankt voor uw reactie.")
    page.get_by_label("Wat kunnen we verbeteren?").fill("Ik mis wie ik kan bellen.")
    page.get_by_role("button", name="Verstuur toelichting").click()
    expect(page.locator("main")).to_contain_text("Bedankt voor uw toelichting.")

    page.get_by_role("link", name=f"Terug naar de pagina ‘{topic.title}’").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(topic.title)
    assert context.cookies() == []
    latest = PageFeedback.objects.filter(page=topic).order_by("-pk")
    stored = in_the_servers_view(lambda: list(latest.values_list("useful", "comment")[:1]))
    assert stored == [(False, "Ik mis wie ik kan bellen.")]
    context.close()


def test_the_form_and_the_thank_you_page_are_axe_clean_at_320_pixels(page, topic):
    page.set_viewport_size(NARROW)
    page.goto(topic.url)
    form = page.locator("[data-feedback] form")
    expect(form).to_be_visible()
    axe_clean(page)
    # The page a browser without JavaScript gets (axe needs JavaScript, so the script steps aside).
    form.evaluate("form => { form.dataset.plainSubmit = 'true'; }")
    form.get_by_role("button", name="Nee").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Reactie op ‘{topic.title}’")
    axe_clean(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    assert page.watcher.console_errors == [] and page.watcher.foreign_requests == []
    assert page.context.cookies() == []


def no_this_month(topic):
    month_start = timezone.localtime().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    answers = PageFeedback.objects.filter(page=topic, useful=False, given_at__gte=month_start)
    count = in_the_servers_view(answers.count)
    assert count >= 1
    return count


def bzk_editor_session():
    editor = UserFactory(username=EDITOR, groups=[BZK_EDITORS])
    client = Client()
    client.force_login(editor)
    return client.cookies["sessionid"].value


def remove_editor():
    UserFactory._meta.model.objects.filter(username=EDITOR).delete()


def test_a_bzk_editor_reads_a_visitors_answer_in_the_report(browser, admin_server, topic):  # noqa: F811
    visitor_context = browser.new_context(base_url=admin_server, locale="nl-NL")
    visitor = visitor_context.new_page()
    visitor.goto(topic.url)
    feedback = visitor.locator("[data-feedback]")
    feedback.get_by_role("button", name="Nee").click()
    # With JavaScript the answer replaces the form on the page itself.
    comment = feedback.get_by_label("Wat kunnen we verbeteren?")
    expect(comment).to_be_visible()
    assert visitor.url.endswith(topic.url)
    axe_clean(visitor)
    comment.fill("Zet er een voorbeeld bij. Mail me: visitor@example.nl")
    feedback.get_by_role("button", name="Verstuur toelichting").click()
    expect(feedback).to_contain_text("Bedankt voor uw toelichting.")
    assert visitor.url.endswith(topic.url)
    assert visitor_context.cookies() == []
    visitor_context.close()

    session = in_the_servers_view(bzk_editor_session)
    context = browser.new_context(base_url=admin_server, locale="nl-NL")
    context.add_cookies([{"name": "sessionid", "value": session, "url": admin_server}])
    editor = context.new_page()
    try:
        editor.goto("/admin/")
        editor.get_by_role("button", name="Rapporten").click()
        editor.get_by_role("link", name="Reacties van bezoekers").click()
        expect(editor.get_by_role("heading", name="Reacties van bezoekers").first).to_be_visible()
        row = editor.locator(
            "tbody tr", has=editor.get_by_role("link", name=topic.title, exact=True)
        )
        # This month's row: Pagina, Maand, Ja, Nee; earlier tests may have answered too.
        expect(row.first.locator("td").nth(3)).to_have_text(str(no_this_month(topic)))

        row.first.get_by_role("link", name=topic.title, exact=True).click()
        comments = editor.locator("#listing-results")
        expect(comments).to_contain_text(f"Zet er een voorbeeld bij. Mail me: {EMAIL_MARKER}")
        expect(comments).not_to_contain_text("visitor@example.nl")
    finally:
        context.close()
        if connections["default"].vendor != "sqlite":
            committed(remove_editor)


def answers_and_a_bzk_editor(topic):
    """Two 'Ja' and a 'Nee' with a comment this month, alone on the topic; an editor's session."""
    PageFeedback.objects.filter(page=topic).delete()
    for useful in (True, True):
        PageFeedback.objects.create(page=topic, useful=useful)
    PageFeedback.objects.create(page=topic, useful=False, comment="Wie belt de politie?")
    return session_of(UserFactory(username=EDITOR, groups=[BZK_EDITORS]))


def test_a_bzk_editor_sees_the_answers_in_the_page_editor(browser, admin_server, topic):  # noqa: F811
    session = in_the_servers_view(lambda: answers_and_a_bzk_editor(topic))
    with editor_browser_page(browser, admin_server, session, remove_editor) as editor:
        editor.goto(f"/admin/pages/{topic.pk}/edit/")
        editor.get_by_role("tab", name=re.compile(r"^Reacties van bezoekers")).click()
        panel = editor.locator("[data-vp-visitor-feedback]")
        expect(panel).to_be_visible()
        expect(panel.locator("[data-vp-feedback-total]")).to_contain_text(
            "2 keer ‘Ja’ en 1 keer ‘Nee’: 67% ‘Ja’"
        )
        expect(panel.locator("tbody tr").first.locator("td")).to_have_text(["2", "1", "1"])
        expect(panel.locator("blockquote")).to_have_text(["Wie belt de politie?"])
        panel.get_by_role("link", name="Alle reacties op deze pagina").click()
        expect(editor.locator("#vp-feedback-months")).to_be_visible()
