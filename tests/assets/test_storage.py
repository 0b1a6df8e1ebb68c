"""The private S3 storage: stable /media/ addresses, and the bucket made when it is missing."""

import pytest
from botocore.stub import Stubber
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from assets.storage import PrivateS3Storage

S3_STORAGES = {
    "default": {
        "BACKEND": "assets.storage.PrivateS3Storage",
        "OPTIONS": {
            "bucket_name": "veiligpubliek-media",
            "endpoint_url": "http://127.0.0.1:9",
            "access_key": "site",
            "secret_key": "not-a-real-key",
            "region_name": "nl-ams",
        },
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def test_addresses_are_the_sites_own_never_signed():
    storage = PrivateS3Storage(bucket_name="b", endpoint_url="http://127.0.0.1:9")
    assert storage.url("images/foto tuin.width-800.webp") == (
        "/media/images/foto%20tuin.width-800.webp"
    )
    assert storage.url("original_images/ü.png") == "/media/original_images/%C3%BC.png"


@pytest.fixture
def s3_default_storage(settings):
    settings.MEDIA_STORAGE = "s3"
    settings.STORAGES = S3_STORAGES
    # Django sets default_storage up anew when STORAGES changes, and again when it is restored.
    return default_storage


def test_create_media_bucket_makes_a_missing_bucket_in_its_region(s3_default_storage, capsys):
    client = s3_default_storage.connection.meta.client
    with Stubber(client) as stub:
        stub.add_client_error("head_bucket", "404", http_status_code=404)
        stub.add_response(
            "create_bucket",
            {"Location": "/veiligpubliek-media"},
            {
                "Bucket": "veiligpubliek-media",
                "CreateBucketConfiguration": {"LocationConstraint": "nl-ams"},
            },
        )
        call_command("create_media_bucket")
        stub.assert_no_pending_responses()
    assert "aangemaakt" in capsys.readouterr().out


def test_create_media_bucket_leaves_an_existing_bucket(s3_default_storage, capsys):
    with Stubber(s3_default_storage.connection.meta.client) as stub:
        stub.add_response("head_bucket", {}, {"Bucket": "veiligpubliek-media"})
        call_command("create_media_bucket")
    assert "bestaat al" in capsys.readouterr().out


def test_create_media_bucket_needs_s3(settings):
    settings.MEDIA_STORAGE = "filesystem"
    with pytest.raises(CommandError, match="MEDIA_STORAGE"):
        call_command("create_media_bucket")
