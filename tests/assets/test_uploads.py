"""Upload limits as settings, enforced by the admin's upload forms; how documents are served."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.core.factories import DocumentFactory


def png_bytes(width, height):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_the_limits_default_to_the_current_ones(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 128_000_000
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS


@pytest.mark.django_db
def test_a_document_over_the_limit_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    upload = SimpleUploadedFile("verslag.txt", b"x" * 2000, content_type="text/plain")
    response = admin_client.post("/admin/documents/add/", {"title": "Verslag", "file": upload})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


@pytest.mark.django_db
def test_an_image_over_the_size_or_pixel_limit_or_an_svg_is_refused(admin_client, settings):
    def upload(name, content, content_type="image/png"):
        file = SimpleUploadedFile(name, content, content_type=content_type)
        return admin_client.post("/admin/images/add/", {"title": "Beeld", "file": file})

    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    assert upload("groot.png", png_bytes(40, 40)).context["form"].errors["file"]

    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    assert upload("veel-pixels.png", png_bytes(20, 20)).context["form"].errors["file"]

    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    assert upload("logo.svg", svg, "image/svg+xml").context["form"].errors["file"]


@pytest.mark.django_db
def test_documents_download_with_nosniff_and_a_closed_csp(client):
    document = DocumentFactory(file=ContentFile(b"<script>alert(1)</script>", name="notitie.txt"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.django_db
def test_a_pdf_opens_in_the_browser_still_with_a_closed_csp(client):
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="folder.pdf"))
    response = client.get(document.url)
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
