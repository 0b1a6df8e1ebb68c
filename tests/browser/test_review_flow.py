"""The review flow in a real browser (issue 25): a municipal editor writes and submits a practice
example from the dashboard (the interactions counted: at most 15), a BZK editor asks for changes,
the example is resubmitted, the reviewer compares it with the version they reviewed and approves
it after confirming."""

import re

import pytest
from django.db import connections
from django.test import Client
from playwright.sync_api import expect

from practice.models import PracticeExamplePage
from tests.browser.test_review_dates import in_the_servers_view
from tests.browser.test_start_page_again import admin_server, committed  # noqa: F401 - fixture
from tests.core.factories import UserFactory

TITLE = "Proefstad belt elke dader terug"
MUNICIPAL = "gemeente-proefstad"
REVIEWER = "beoordelaar-proefstad"


def editors_with_sessions():
    from practice.municipalities import ensure_municipality
    from practice.roles import BZK_EDITORS, MUNICIPAL_EDITORS

    town, _ = ensure_municipality("Proefstad")
    municipal = UserFactory(username=MUNICIPAL, groups=[MUNICIPAL_EDITORS, town.name])
    reviewer = UserFactory(username=REVIEWER, first_name="Renske", groups=[BZK_EDITORS])
    sessions = {}
    for user in (municipal, reviewer):
        client = Client()
        client.force_login(user)
        sessions[user.username] = client.cookies["sessionid"].value
    return sessions


def undo():
    PracticeExamplePage.objects.filter(title=TITLE).delete()
    UserFactory._meta.model.objects.filter(username__in=[MUNICIPAL, REVIEWER]).delete()


@pytest.fixture
def editors(browser, admin_server):  # noqa: F811 - the imported fixture
    sessions = in_the_servers_view(editors_with_sessions)
    contexts = {}
    for username, session in sessions.items():
        context = browser.new_context(base_url=admin_server, locale="nl-NL")
        context.add_cookies([{"name": "sessionid", "value": session, "url": admin_server}])
        contexts[username] = context
    pages = {name: context.new_page() for name, context in contexts.items()}
    for page in pages.values():
        page.errors = []
        page.on("pageerror", lambda error, page=page: page.errors.append(str(error)))
    yield pages
    for context in contexts.values():
        context.close()
    if connections["default"].vendor != "sqlite":
        committed(undo)


class Counter:
    """Counts what the editor does: clicks, choices and typed fields."""

    def __init__(self):
        self.count = 0

    def __call__(self, action, *args):
        self.count += 1
        return action(*args)


def fill_rich_text(page, field, words):
    """Draftail listens to key presses, not to a filled value: one field, typed."""
    page.locator(f'[data-contentpath="{field}"] [contenteditable="true"]').click()
    page.keyboard.type(words)
    # Draftail writes the form's hidden field a moment later.
    expect(page.locator(f"#id_{field}")).to_have_value(re.compile(re.escape(words)))


def choose_in(page, field, label):
    return page.locator(f'[data-contentpath="{field}"]').get_by_label(label, exact=True)


def write_and_submit(page):
    act = Counter()
    page.goto("/admin/")
    act(page.get_by_role("link", name="Nieuw praktijkvoorbeeld").click)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Praktijkvoorbeeld")
    act(page.locator("#id_title").fill, TITLE)
    act(page.locator("#id_organisation_name").fill, "Gemeente Proefstad")
    act(choose_in(page, "organisation_type", "Gemeente").check)
    act(choose_in(page, "provinces", "Utrecht").check)
    act(choose_in(page, "themes", "Nazorg").check)
    act(choose_in(page, "aggression_types", "Verbale agressie").check)
    act(choose_in(page, "work_settings", "Balie en loket").check)
    act(page.locator("#id_lead").fill, "Proefstad belt elke dader binnen een dag.")
    act(fill_rich_text, page, "situation", "Medewerkers werden vaak uitgescholden.")
    act(fill_rich_text, page, "approach", "De teamleider belt de dader dezelfde dag.")
    act(fill_rich_text, page, "lessons", "Bel snel.")
    act(page.get_by_role("button", name=re.compile("^Stuur door naar Beoordeling")).click)
    expect(page.locator(".messages")).to_contain_text(TITLE)
    return act.count


def test_the_review_flow_as_a_municipal_and_a_bzk_editor(editors):
    municipal, reviewer = editors[MUNICIPAL], editors[REVIEWER]

    interactions = write_and_submit(municipal)
    assert interactions <= 15, interactions

    # The reviewer asks for changes from the dashboard, and is told it worked.
    reviewer.goto("/admin/")
    row = reviewer.locator("tr", has=reviewer.get_by_text(TITLE, exact=True))
    row.get_by_role("button", name="Acties").click()
    reviewer.get_by_role("button", name="Wijzigingsverzoek").click()
    modal = reviewer.locator(".modal")
    modal.get_by_label(re.compile("Opmerking")).fill("Hoe snel belt u precies?")
    modal.get_by_role("button", name="Wijzigingsverzoek").click()
    expect(reviewer.locator(".messages")).to_contain_text("Je hebt wijzigingen gevraagd")

    # The municipal editor changes the summary and resubmits.
    municipal.goto("/admin/")
    municipal.get_by_role("link", name=TITLE).first.click()
    municipal.locator("#id_lead").fill("Proefstad belt elke dader binnen een uur.")
    municipal.get_by_role("button", name=re.compile("^Stuur opnieuw door naar Beoordeling")).click()
    expect(municipal.locator(".messages")).to_contain_text(TITLE)

    # The reviewer sees what changed since the version they reviewed.
    reviewer.goto("/admin/")
    panel = reviewer.locator('[aria-labelledby="vp-resubmissions-heading"]')
    panel.get_by_role("link", name=re.compile("Vergelijk met de beoordeelde versie")).click()
    expect(reviewer.locator(".deletion").first).to_contain_text("dag")
    expect(reviewer.locator(".addition").first).to_contain_text("uur")

    # Approving asks for confirmation first; nothing is published before it is given.
    reviewer.goto("/admin/")
    row = reviewer.locator("tr", has=reviewer.get_by_text(TITLE, exact=True))
    row.get_by_role("button", name="Acties").click()
    reviewer.get_by_role("button", name="Goedkeuren").click()
    expect(modal).to_be_visible()
    assert not in_the_servers_view(lambda: PracticeExamplePage.objects.get(title=TITLE).live)
    modal.get_by_role("button", name="Goedkeuren").click()
    expect(reviewer.locator(".messages")).to_contain_text(f"'{TITLE}' is goedgekeurd.")
    assert in_the_servers_view(lambda: PracticeExamplePage.objects.get(title=TITLE).live)
    assert municipal.errors == [] and reviewer.errors == []
