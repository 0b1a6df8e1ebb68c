"""Logging in as an editor in a real browser, with the second step enforced as in production.

First the password-only state: nothing private opens, everything leads to the second step. Then
passkeys end to end, with Chromium's virtual authenticator (WebAuthn over the DevTools protocol)
standing in for a fingerprint reader: add one, log in with it, remove it.

WebAuthn does not accept an IP address as the site's name, so these tests use localhost.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from practice.municipalities import ensure_municipality
from practice.roles import BZK_EDITORS
from tests.accounts.factories import PASSWORD, AppDeviceFactory, EditorFactory, current_code
from tests.browser.conftest import PageWatcher
from tests.browser.waiting import wait_until

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
SECOND_STEP = "/admin/tweestapsverificatie/"


@pytest.fixture(scope="session")
def editor_with_app(site_server, django_db_blocker):
    """Committed before any test's transaction, so the server thread sees them."""
    with django_db_blocker.unblock():
        editor = EditorFactory(username="passkey-redacteur", admin_access=False)
        editor.groups.add(Group.objects.get(name=BZK_EDITORS))
        device = AppDeviceFactory(user=editor)
        _, collection = ensure_municipality("Sleuteldorp")
        document = get_document_model()(title="Nog niet beoordeeld", collection=collection)
        document.file.save("sleuteldorp.pdf", ContentFile(PDF), save=False)
        document.save()
        page_id = Page.objects.filter(depth=2).values_list("pk", flat=True).first()
    return device, document.url, f"/admin/pages/{page_id}/view_draft/"


@pytest.fixture
def enforced(settings):
    settings.ADMIN_REQUIRE_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


@pytest.fixture
def editor_page(browser, site_server, django_db_blocker, enforced):
    context = browser.new_context(
        base_url=site_server.replace("127.0.0.1", "localhost"), locale="nl-NL"
    )
    page = context.new_page()
    page.watcher = PageWatcher(page, site_server.replace("127.0.0.1", "localhost"))
    devtools = context.new_cdp_session(page)
    devtools.send("WebAuthn.enable", {"enableUI": False})
    devtools.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    with django_db_blocker.unblock():
        yield page
    context.close()


def log_in_with_password(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.press("#id_password", "Enter")
    assert page.url.split("?")[0].endswith(SECOND_STEP)


def test_the_password_alone_opens_nothing_private(editor_page, editor_with_app):
    device, document_url, preview_url = editor_with_app
    log_in_with_password(editor_page, device.user.username)
    for url in (document_url, preview_url, "/admin/", "/admin/documents/"):
        response = editor_page.goto(url)
        assert editor_page.url.split("?")[0].endswith(SECOND_STEP), url
        assert response.headers["content-type"].startswith("text/html"), url
        assert editor_page.locator("h1").text_content() == "Inloggen: tweede stap"


def test_add_a_passkey_log_in_with_it_and_remove_it(editor_page, editor_with_app):
    page = editor_page
    device, document_url, _ = editor_with_app
    log_in_with_password(page, device.user.username)
    assert page.locator("#passkey-verification-button").count() == 0  # none yet
    page.fill("#id_code", current_code(device))
    with page.expect_navigation():
        page.press("#id_code", "Enter")
    assert page.url.endswith("/admin/")

    page.goto("/admin/tweestapsverificatie/beheer/")
    assert page.get_by_text("Je hebt nog geen passkey.").is_visible()
    with page.expect_navigation():  # the page reloads to list the new passkey
        page.get_by_role("button", name="Passkey toevoegen").click()
    rows = page.locator("table.listing tbody tr")
    assert rows.count() == 1
    assert "nog niet" in rows.first.text_content()  # used: not yet

    # A new browser session: the password, then the passkey instead of the app's code. Leave
    # the admin first: a request of its page still under way would set the session cookie again.
    page.goto("about:blank")
    page.context.clear_cookies()
    assert page.context.cookies() == []
    log_in_with_password(page, device.user.username)
    with page.expect_navigation():
        page.get_by_role("button", name="Inloggen met je passkey").click()
    assert page.url.endswith("/admin/")
    assert page.request.get(document_url).status == 200  # now fully logged in

    # The server reads no test transaction: what it stored is checked through the page.
    page.goto("/admin/tweestapsverificatie/beheer/")
    assert "nog niet" not in rows.first.text_content()  # last used: just now
    with page.expect_navigation():
        page.get_by_role("button", name="Verwijderen: Passkey van").click()
    wait_until(page, "document.body.textContent.includes('De passkey is verwijderd')")
    assert page.get_by_text("Je hebt nog geen passkey.").is_visible()
    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []
