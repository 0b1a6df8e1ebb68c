"""The multiple image uploader in a real browser, as a BZK editor (issue 25): a failed upload
shows only why it failed, in Dutch, and no request for a description; a good upload shows the
form in which the description (the alt text) is explained, and saves it; an upload the file
storage cannot take says so in Dutch."""

import io

import pytest
from PIL import Image
from playwright.sync_api import expect
from wagtail.images import get_image_model

from practice.roles import BZK_EDITORS
from tests.assets.test_storage_outage import s3_down  # noqa: F401 - fixture
from tests.browser.editor_sessions import editor_browser_page, in_the_servers_view, session_of
from tests.browser.test_start_page_again import admin_server  # noqa: F401 - fixture
from tests.core.factories import UserFactory

EDITOR = "afbeeldingen-bzk"
GOOD_TITLE = "proef-balie"
DESCRIPTION = "Een medewerker achter een balie praat met een bezoeker."


def png_bytes(width=40, height=20):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def bzk_editor_session():
    return session_of(UserFactory(username=EDITOR, groups=[BZK_EDITORS]))


def undo():
    get_image_model().objects.filter(title=GOOD_TITLE).delete()
    UserFactory._meta.model.objects.filter(username=EDITOR).delete()


@pytest.fixture
def editor_page(browser, admin_server):  # noqa: F811 - the imported fixture
    session = in_the_servers_view(bzk_editor_session)
    with editor_browser_page(browser, admin_server, session, undo) as page:
        yield page


def test_a_failed_upload_says_why_and_a_good_one_asks_for_the_description(editor_page, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000  # the good PNG has 800, the large one 1600
    page = editor_page
    console_errors = []  # a style sheet or script the CSP blocks would show here
    page.on(
        "console", lambda message: message.type == "error" and console_errors.append(message.text)
    )
    page.goto("/admin/images/multiple/add/")
    page.locator("#fileupload").set_input_files(
        [
            # Refused by the server: the name says PNG, the content is text.
            {"name": "notitie.png", "mimeType": "image/png", "buffer": b"Dit is geen afbeelding."},
            # Refused in the browser already: not an image format the site takes.
            {"name": "folder.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"},
            # Refused by the server: too many pixels (the 20000 × 20000 case, made small).
            {"name": "groot.png", "mimeType": "image/png", "buffer": png_bytes(40, 40)},
            {"name": f"{GOOD_TITLE}.png", "mimeType": "image/png", "buffer": png_bytes()},
        ]
    )
    rows = page.locator("#upload-list > li")
    expect(rows).to_have_count(4)
    not_an_image, pdf, too_large, good = (rows.nth(number) for number in range(4))
    refused = (not_an_image, pdf, too_large)
    for row in refused:
        expect(row).to_contain_class("upload-failure")
    expect(good).to_contain_class("upload-success")

    expect(not_an_image.locator(".error_messages")).to_have_text(
        "Upload een geldige afbeelding. Het geüploade bestand is geen of een beschadigde afbeelding."
    )
    expect(pdf.locator(".error_messages")).to_contain_text("Geen ondersteund")
    expect(too_large.locator(".error_messages")).to_have_text(
        "Deze afbeelding heeft te veel pixels (1600). Er mogen er hoogstens 1000 zijn. "
        "Maak de afbeelding kleiner en probeer het opnieuw."
    )
    for row in refused:
        shown = row.inner_text()  # only what is visible
        assert "beschrijving" not in shown.lower(), shown
        assert "Please" not in shown and "upload failed" not in shown, shown
        # What went wrong comes first: the failure line, then the reason, nothing before them.
        lines = [line for line in shown.splitlines() if line.strip()]
        assert lines[1].startswith("Sorry, het uploaden is misgegaan"), lines
        assert row.locator(".error_messages").inner_text() in lines[2], lines

    # The good upload: no red request either, but the field explains what to write.
    assert "Voeg alsjeblieft" not in good.inner_text()
    description = good.get_by_label("Beschrijving (alternatieve tekst)")
    expect(description).to_be_visible()
    expect(good).to_contain_text("Schermlezers lezen deze tekst voor.")
    description.fill(DESCRIPTION)
    good.get_by_role("button", name="Bijwerken").click()
    expect(good).to_have_count(0)

    saved = in_the_servers_view(
        lambda: list(get_image_model().objects.filter(title=GOOD_TITLE).values_list("description"))
    )
    assert saved == [(DESCRIPTION,)]
    assert console_errors == []


def test_an_upload_the_storage_cannot_take_says_so_in_dutch(editor_page, s3_down):  # noqa: F811
    page = editor_page
    page.goto("/admin/images/multiple/add/")
    page.locator("#fileupload").set_input_files(
        [{"name": f"{GOOD_TITLE}.png", "mimeType": "image/png", "buffer": png_bytes()}]
    )
    row = page.locator("#upload-list > li")
    expect(row).to_contain_class("upload-server-error", timeout=15000)
    expect(row).to_contain_text("Storing: het uploaden is niet gelukt.")
    expect(row).to_contain_text("Probeer het over een paar minuten opnieuw.")
    expect(row.locator(".error-code")).to_have_text("503")
    shown = row.inner_text()
    assert "beschrijving" not in shown.lower(), shown
    assert "Server" not in shown and "Report" not in shown, shown
    lines = [line for line in shown.splitlines() if line.strip()]
    assert lines[1].startswith("Storing: het uploaden is niet gelukt."), lines
