"""An editor in the browser, for the admin's browser tests: the editor is made (and the data the
test needs) where the live server sees it, logged in with a session cookie, and removed again."""

from contextlib import contextmanager

from django.db import connections
from django.test import Client

from tests.browser.test_start_page_again import committed


def in_the_servers_view(work):
    """SQLite shares this test's connection with the server; PostgreSQL needs it committed."""
    return work() if connections["default"].vendor == "sqlite" else committed(work)


def session_of(user):
    """The value of a session cookie of user, logged in completely (as after the second step)."""
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


@contextmanager
def editor_browser_page(browser, server, session, undo):
    """A browser page with the editor's session; undo() runs afterwards where it must (on
    PostgreSQL the data were committed; on SQLite the test's transaction is rolled back)."""
    context = browser.new_context(base_url=server, locale="nl-NL")
    context.add_cookies([{"name": "sessionid", "value": session, "url": server}])
    try:
        yield context.new_page()
    finally:
        context.close()
        if connections["default"].vendor != "sqlite":
            committed(undo)
