"""Uploaded images and documents are served with DEBUG off (the test settings run with DEBUG off)."""

import io

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image

from tests.core.factories import DocumentFactory, ImageFactory

pytestmark = pytest.mark.django_db


def png_bytes(width=40, height=30):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#154273").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def image():
    return ImageFactory(file=ContentFile(png_bytes(), name="lintblauw.png"), title="Lintblauw")


def test_debug_is_off_in_these_tests():
    assert settings.DEBUG is False


def test_rendition_is_served_with_its_type_and_a_long_cache_lifetime(anonymous_client, image):
    rendition = image.get_rendition("width-20|format-webp")
    response = anonymous_client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "max-age=31536000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]
    body = b"".join(response.streaming_content)
    assert body[8:12] == b"WEBP"
    assert int(response["Content-Length"]) == len(body)
    assert "Set-Cookie" not in response


def test_original_image_is_served_with_a_shorter_cache_lifetime(anonymous_client, image):
    response = anonymous_client.get(image.file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "max-age=86400" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == png_bytes()


def test_conditional_request_answers_not_modified(anonymous_client, image):
    rendition = image.get_rendition("width-20")
    first = anonymous_client.get(rendition.url)
    assert first["ETag"] and first["Last-Modified"]
    again = anonymous_client.get(rendition.url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    since = anonymous_client.get(
        rendition.url, headers={"If-Modified-Since": first["Last-Modified"]}
    )
    assert since.status_code == 304
    assert "immutable" in since["Cache-Control"]


def test_range_request_on_an_image(anonymous_client, image):
    whole = png_bytes()
    response = anonymous_client.get(image.file.url, headers={"Range": "bytes=0-7"})
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 0-7/{len(whole)}"
    assert b"".join(response.streaming_content) == whole[:8]


@pytest.mark.parametrize(
    "path",
    [
        "images/bestaat-niet.png",
        "images/../original_images/x.png",
        "original_images/%2e%2e/%2e%2e/settings.py",
        "documents/geheim.pdf",
        "images/",
        "thumbnail.html",
    ],
)
def test_unknown_or_unsafe_media_paths_answer_404(anonymous_client, path):
    response = anonymous_client.get(settings.MEDIA_URL + path)
    assert response.status_code == 404


def test_documents_are_not_reachable_through_their_media_address(anonymous_client):
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4 geheim", name="intern.pdf"))
    assert anonymous_client.get(document.file.url).status_code == 404
    assert anonymous_client.get(document.url).status_code == 200


def test_document_download_supports_ranges_and_conditional_requests(anonymous_client):
    content = b"%PDF-1.4\n" + bytes(range(256)) * 40
    document = DocumentFactory(file=ContentFile(content, name="handreiking.pdf"))
    document.get_file_hash()  # as an upload through the admin does
    whole = anonymous_client.get(document.url)
    assert whole.status_code == 200
    assert whole["Accept-Ranges"] == "bytes"
    assert whole["Content-Type"] == "application/pdf"
    assert whole["X-Content-Type-Options"] == "nosniff"
    assert "Content-Encoding" not in whole
    assert b"".join(whole.streaming_content) == content

    middle = anonymous_client.get(document.url, headers={"Range": "bytes=100-199"})
    assert middle.status_code == 206
    assert middle["Content-Range"] == f"bytes 100-199/{len(content)}"
    assert middle["Content-Length"] == "100"
    assert b"".join(middle.streaming_content) == content[100:200]

    tail = anonymous_client.get(document.url, headers={"Range": "bytes=-10"})
    assert b"".join(tail.streaming_content) == content[-10:]
    open_ended = anonymous_client.get(document.url, headers={"Range": f"bytes={len(content) - 5}-"})
    assert b"".join(open_ended.streaming_content) == content[-5:]

    beyond = anonymous_client.get(document.url, headers={"Range": f"bytes={len(content)}-"})
    assert beyond.status_code == 416
    assert beyond["Content-Range"] == f"bytes */{len(content)}"

    etag = whole["ETag"]
    assert anonymous_client.get(document.url, headers={"If-None-Match": etag}).status_code == 304
    resumed = anonymous_client.get(document.url, headers={"Range": "bytes=0-9", "If-Range": etag})
    assert resumed.status_code == 206
    changed = anonymous_client.get(
        document.url, headers={"Range": "bytes=0-9", "If-Range": '"een-oudere-versie"'}
    )
    assert changed.status_code == 200
    assert b"".join(changed.streaming_content) == content


def test_media_view_can_be_switched_off(settings):
    """With SERVE_MEDIA off (a proxy or S3 serves the files) the address is left to the pages."""
    import importlib

    from django.urls import Resolver404, clear_url_caches, resolve

    import veiligpubliek.urls

    def view_name(path):
        try:
            return resolve(path).url_name
        except Resolver404:
            return None

    assert view_name("/media/images/foto.png") == "media"
    settings.SERVE_MEDIA = False
    try:
        importlib.reload(veiligpubliek.urls)
        clear_url_caches()
        assert view_name("/media/images/foto.png") is None
    finally:
        settings.SERVE_MEDIA = True
        importlib.reload(veiligpubliek.urls)
        clear_url_caches()
