"""Browser tests: Playwright driving Debian's Chromium against the site in a live server thread.

Without Chromium these tests skip with a reason, unless REQUIRE_BROWSER=1 (as in CI), where a
missing browser fails the run.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread

from tests.database import load_demo_content

# Playwright's sync API keeps an event loop running in the test thread; Django's ORM calls made by
# fixtures there are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _browser_missing_reason():
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (make test installs it)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _browser_missing_reason()
    is_browser = {id(item): "tests/browser" in str(item.fspath) for item in items}
    # The server needs the demo content committed (site_server): these tests run after all
    # others, so that no other test sees that data. pytest-django sorts the items before this.
    items.sort(key=lambda item: is_browser[id(item)])
    for item in items:
        if not is_browser[id(item)]:
            continue
        item.add_marker(pytest.mark.browser)
        # Tells pytest-django to create the test database these tests read through the server.
        item.add_marker(pytest.mark.django_db)
        if reason:
            if os.environ.get("REQUIRE_BROWSER") == "1":
                item.add_marker(pytest.mark.xfail(reason=reason, run=False, strict=True))
            else:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def site_server(django_db_setup, django_db_blocker):
    """The site with its demo content, served over HTTP in a thread for the whole session.

    The demo content is committed, for the server thread's own connection on PostgreSQL; it
    stays until the test database is dropped, which is why these tests run last.
    """
    with django_db_blocker.unblock():
        load_demo_content()
        override = None
        connection = connections["default"]
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            # An in-memory database lives in one connection, so the server thread must share it.
            override = {"default": connection}
            connection.inc_thread_sharing()
        thread = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=override)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://127.0.0.1:{thread.port}"
        thread.terminate()
        thread.join(timeout=10)
        if override:
            connection.dec_thread_sharing()


@pytest.fixture(scope="session")
def browser(site_server):
    # Started after the server: once Playwright's event loop runs in this thread, Django would hand
    # out a fresh database connection here, which cannot see an in-memory test database.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium"),
            args=CHROMIUM_ARGS,
        )
        yield chromium
        chromium.close()


class PageWatcher:
    """Collects console errors and requests to other hosts while a test drives a page."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.console_errors = []
        self.foreign_requests = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        page.on("request", self._on_request)

    def _on_console(self, message):
        if message.type == "error":
            self.console_errors.append(message.text)

    def _on_request(self, request):
        if not request.url.startswith((self.base_url, "data:", "blob:", "about:")):
            self.foreign_requests.append(request.url)


@pytest.fixture
def page(browser, site_server, django_db_blocker):
    context = browser.new_context(base_url=site_server, locale="nl-NL")
    browser_page = context.new_page()
    browser_page.watcher = PageWatcher(browser_page, site_server)
    with django_db_blocker.unblock():
        yield browser_page
    context.close()
