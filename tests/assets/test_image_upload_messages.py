"""What an editor reads when an image upload fails (issue 25): the reason, in Dutch, and no
request for a description first; never a server error, also with the file storage down. The
browser test (tests/browser/test_image_upload.py) shows the multiple uploader's rows; these check
the single upload form and the uploader's answers."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

from practice.roles import BZK_EDITORS
from tests.assets.test_storage_outage import assert_retry_later, s3_down  # noqa: F401 - fixture
from tests.core.factories import UserFactory
from tests.html import parse, texts

pytestmark = pytest.mark.django_db

NOT_AN_IMAGE = (
    "Upload een geldige afbeelding. Het geüploade bestand is geen of een beschadigde afbeelding."
)


def png_bytes(width=40, height=30):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def editor_client():
    client = Client()
    client.force_login(UserFactory(username="beeldredactie-bzk", groups=[BZK_EDITORS]))
    return client


def add_image(client, name, content, content_type="image/png"):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Proefbeeld",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def shown_errors(response):
    return texts(parse(response).select(".error-message"))


@pytest.mark.parametrize(
    ("name", "content", "content_type", "reason"),
    [
        ("notitie.png", b"Dit is geen afbeelding.", "image/png", NOT_AN_IMAGE),
        ("folder.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf", NOT_AN_IMAGE),
        ("leeg.png", b"", "image/png", "Het verstuurde bestand is leeg."),
    ],
)
def test_the_single_upload_form_says_in_dutch_why_a_file_is_refused(
    editor_client, name, content, content_type, reason
):
    response = add_image(editor_client, name, content, content_type)
    assert response.status_code == 200  # the form again, with the reason
    errors = shown_errors(response)
    assert errors, response.content.decode()[:2000]
    assert reason in errors[0]  # the first and only message on the page
    assert len(errors) == 1, errors
    assert "beschrijving" not in " ".join(errors).lower()
    assert not get_image_model().objects.filter(title="Proefbeeld").exists()


def test_the_single_upload_form_refuses_a_file_too_large_in_dutch(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 50  # the PNG has 99 bytes
    errors = shown_errors(add_image(editor_client, "groot.png", png_bytes()))
    assert len(errors) == 1, errors
    assert errors[0].startswith("Dit bestand is te groot"), errors


def test_the_multiple_uploader_answers_each_refusal_in_dutch(editor_client, settings):
    def refusal(name, content):
        response = editor_client.post(
            "/admin/images/multiple/add/",
            {"files[]": SimpleUploadedFile(name, content, content_type="image/png")},
            HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        )
        assert response.status_code == 200
        answer = response.json()
        assert answer["success"] is False
        return answer["error_message"]

    assert refusal("notitie.png", b"Dit is geen afbeelding.") == NOT_AN_IMAGE
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    assert refusal("veel-pixels.png", png_bytes(20, 20)).startswith(
        "Deze afbeelding heeft te veel pixels (400)."
    )


def test_the_uploader_page_hides_the_description_request_with_its_own_style_sheet(editor_client):
    page = parse(editor_client.get("/admin/images/multiple/add/"))
    style_sheets = [link["href"] for link in page.select("link[rel=stylesheet]")]
    assert any("assets/image-upload.css" in href for href in style_sheets), style_sheets
    # Wagtail's row template is still there, with the paragraph the style sheet hides.
    row = parse(page.select_one("template#upload-list-item").decode_contents())
    assert row.select_one(".right > p.error-message")
    assert row.select_one(".status-msg.failure.error_messages") is not None


def test_the_uploaders_checks_in_the_browser_speak_dutch(editor_client, settings):
    """A file too large or of the wrong kind is refused before it is sent, with these messages."""
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 2 * 1024 * 1024
    page = parse(editor_client.get("/admin/images/multiple/add/"))
    messages = json.loads(page.select_one("#fileupload")["data-messages"])
    # "2,0\xa0MB": the size never breaks over two lines.
    assert messages == {
        "maxFileSize": "Dit bestand is te groot. Maximale bestandsgrootte 2,0\xa0MB.",
        "acceptFileTypes": (
            "Geen ondersteund afbeeldingsformaat. Ondersteunde formaten: "
            "GIF, JPG, JPEG, PNG, WEBP, AVIF."
        ),
    }


def test_the_description_is_explained_on_the_image_form(editor_client):
    page = parse(editor_client.get("/admin/images/add/"))
    label = page.select_one("label[for=id_description]")
    assert " ".join(label.get_text().split()) == "Beschrijving (alternatieve tekst)"
    help_text = page.select_one("#id_description-helptext")
    assert page.select_one("#id_description")["aria-describedby"] == "id_description-helptext"
    assert "Schermlezers lezen deze tekst voor." in help_text.get_text()


def test_the_single_upload_form_with_the_storage_down_answers_in_dutch_not_500(
    editor_client,
    s3_down,  # noqa: F811
):
    response = add_image(editor_client, "balie.png", png_bytes())
    assert_retry_later(response)  # 503, Retry-After, "even niet beschikbaar"
