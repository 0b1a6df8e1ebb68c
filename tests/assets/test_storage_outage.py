"""S3 that does not answer (a closed port on this machine, as when the object store is down):
pages still render, downloads get 503 with Retry-After, nothing is a server error."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from botocore.config import Config
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.ports import unused_port
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db


class _StoreInTrouble(BaseHTTPRequestHandler):
    """An object store that answers, but with its own server error, as SeaweedFS does while it
    stops or starts."""

    def _fail(self):
        body = b"<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>"
        self.send_response(500)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_HEAD = do_PUT = _fail

    def log_message(self, *args):
        pass


@pytest.fixture
def s3_in_trouble(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _StoreInTrouble)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _use_store(settings, f"http://127.0.0.1:{server.server_address[1]}")
    yield settings
    server.shutdown()


@pytest.fixture
def s3_down(settings):
    _use_store(settings, f"http://127.0.0.1:{unused_port()}")
    return settings


def _use_store(settings, endpoint_url):
    settings.STORAGES = {
        "default": {
            "BACKEND": "assets.storage.PrivateS3Storage",
            "OPTIONS": {
                "bucket_name": "veiligpubliek-media",
                "endpoint_url": endpoint_url,
                "access_key": "site",
                "secret_key": "not-a-real-key",
                "region_name": "nl-ams",
                "client_config": Config(
                    connect_timeout=1, read_timeout=1, retries={"max_attempts": 1}
                ),
            },
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def stored_elsewhere(model, name, **fields):
    """A row whose file lies in the (unreachable) bucket: made without touching the storage."""
    return model.objects.create(collection=Collection.get_first_root_node(), file=name, **fields)


def assert_retry_later(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "even niet beschikbaar" in response.content.decode()


def test_a_document_answers_503_with_retry_after(s3_down):
    document = stored_elsewhere(
        get_document_model(),
        "documents/handreiking.pdf",
        title="Handreiking",
        file_hash="ab",
        file_size=1234,
    )
    assert_retry_later(Client().get(document.url))


def test_a_store_answering_with_its_own_server_error_counts_as_down(s3_in_trouble):
    document = stored_elsewhere(
        get_document_model(), "documents/plan.pdf", title="Plan", file_hash="cd", file_size=10
    )
    assert_retry_later(Client().get(document.url))
    assert_retry_later(Client().get("/media/original_images/balie.png"))


def test_an_image_file_answers_503_with_retry_after(s3_down):
    assert_retry_later(Client().get("/media/original_images/balie.png"))


def test_a_page_whose_image_cannot_be_made_now_is_shown_without_it_and_not_kept(s3_down, home_page):
    image = stored_elsewhere(
        get_image_model(),
        "original_images/balie.png",
        title="Balie",
        width=1600,
        height=900,
        description="Een balie",
    )
    theme = ThemePageFactory(parent=home_page, title="Voorkomen", slug="voorkomen", image=image)
    visitor = Client()
    first = visitor.get(theme.url)
    assert first.status_code == 200
    assert "Voorkomen" in first.content.decode()
    second = visitor.get(theme.url)
    assert second.status_code == 200
    assert second["X-Cache"] == "MISS"  # not kept: the next visitor gets the picture again
