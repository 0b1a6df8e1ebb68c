"""Issue 11, item 10 in a real browser: the first attempt at a new page was kept as a draft;
starting again with the same title must not dead-end on the address."""

import re
import threading

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.servers.basehttp import WSGIServer
from django.db import connections
from django.test import Client
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler
from playwright.sync_api import expect

from home.models import StandardPage
from tests.core.factories import UserFactory

TITLE = "Proefpagina tweede poging"
SLUG = "proefpagina-tweede-poging"


class OneRequestAtATimeServer(LiveServerThread):
    """The admin fires many requests at once; with the in-memory SQLite database shared by one
    connection those would lock each other, so this server answers them one by one."""

    def _create_server(self, connections_override=None):
        # The thread itself installs connections_override before serving.
        return WSGIServer(
            (self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False
        )


def committed(work):
    """Runs `work` in a thread of its own: its own database connection, which commits at once,
    so that the server thread sees the result (this test's transaction it could not see)."""
    result = {}

    def run():
        try:
            result["value"] = work()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result["value"]


@pytest.fixture
def admin_server(site_server, django_db_blocker):
    """A server that sees the editor this test logs in with, and the pages it saves."""
    connection = connections["default"]
    if connection.vendor != "sqlite":
        # PostgreSQL: the session's server, with the editor committed (see logged_in_context);
        # the pages the admin saves are committed by the server's connection and visible here.
        yield site_server
        committed(remove_what_the_test_made)
        return
    connection.inc_thread_sharing()
    thread = OneRequestAtATimeServer(
        "127.0.0.1", StaticFilesHandler, connections_override={"default": connection}
    )
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()
    thread.join(timeout=10)
    connection.dec_thread_sharing()


def log_in_editor():
    editor = UserFactory(username="tweedepoging", superuser=True)
    client = Client()
    client.force_login(editor)
    return client


def remove_what_the_test_made():
    for page in StandardPage.objects.filter(slug__startswith=SLUG):
        page.delete()
    UserFactory._meta.model.objects.filter(username="tweedepoging").delete()


def logged_in_context(browser, site_server):
    if connections["default"].vendor == "sqlite":
        client = log_in_editor()
    else:
        client = committed(log_in_editor)
    context = browser.new_context(base_url=site_server, locale="nl-NL")
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site_server}]
    )
    return context


def test_second_attempt_after_a_kept_draft_gets_a_free_address(
    browser, admin_server, home_page, settings
):
    # Wagtail's autosave (every 500 ms) would race the clicks below on a server that answers
    # requests side by side (PostgreSQL): two creates of the same page at once. The test is
    # about the address, so it saves by hand only.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    context = logged_in_context(browser, admin_server)
    page = context.new_page()
    home = home_page
    add_url = f"/admin/pages/add/home/standardpage/{home.pk}/"

    page.goto(add_url)
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_title").press("Tab")  # The admin fills the slug from the title.
    expect(page.locator("#id_slug")).to_have_value(SLUG)
    # The first attempt is kept as a draft (by autosave, or as here by saving it), and the
    # editor walks away from it.
    page.locator("button.action-save").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    first = StandardPage.objects.get(slug=SLUG)
    assert not first.live

    # Starting again from "Pagina toevoegen" with the same title.
    page.goto(add_url)
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_title").press("Tab")  # The admin fills the slug from the title.
    expect(page.locator("#id_slug")).to_have_value(SLUG)
    page.locator("button.action-save").first.click()

    error = page.locator(".error-message, .w-field__errors").filter(has_text="is al in gebruik")
    expect(error.first).to_contain_text(f"Het webadres ‘{SLUG}’ is al in gebruik op deze plek.")
    # The address is on the Eigenschappen tab; the editor opens it (or "Ga naar eerste fout").
    page.get_by_role("tab", name=re.compile("Eigenschappen")).click()
    draft_link = page.get_by_role("link", name=re.compile("open het concept"))
    expect(draft_link).to_have_attribute("href", f"/admin/pages/{first.pk}/edit/")
    expect(page.locator("#id_slug")).to_have_value(f"{SLUG}-2")

    # Saving again uses the proposed address.
    page.locator("button.action-save").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert StandardPage.objects.filter(slug=f"{SLUG}-2").exists()
    context.close()
