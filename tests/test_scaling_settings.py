"""The scale-out switches: environment variables turn on S3 media, Redis and proxy purging.

Each case imports the production settings in a fresh interpreter with only the variables given,
as a container would start.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = {
    "DJANGO_SECRET_KEY": "x" * 50,
    "DATABASE_URL": "postgres://user@127.0.0.1:5432/db",
    "ALLOWED_HOSTS": "example.nl",
}
FAKE_KEY = "not-a-real-key"
SWITCHES = (
    "MEDIA_STORAGE",
    "AWS_",
    "REDIS_URL",
    "FRONTEND_CACHE_",
)
REPORT = """
import json, django
django.setup()
from django.conf import settings
from django.core.files.storage import default_storage
image_url = default_storage.url("images/foto tuin.width-800.webp")
storage = default_storage._wrapped  # set up by the first use
print(json.dumps({
    "storage": type(storage).__module__ + "." + type(storage).__name__,
    "options": settings.STORAGES["default"].get("OPTIONS", {}),
    "image_url": image_url,
    "caches": settings.CACHES,
    "sessions": settings.SESSION_ENGINE,
    "frontend_cache": settings.WAGTAILFRONTENDCACHE,
    "docs_serve_method": settings.WAGTAILDOCS_SERVE_METHOD,
}, default=lambda config: {  # botocore's Config: what the S3 client is told about failures
    "connect_timeout": config.connect_timeout,
    "read_timeout": config.read_timeout,
    "retries": config.retries,
    "addressing_style": config.s3["addressing_style"],
}))
"""


def production_settings(**env):
    clean = {
        name: value
        for name, value in os.environ.items()
        if name not in REQUIRED and not name.startswith(SWITCHES)
    }
    clean.update(REQUIRED, DJANGO_SETTINGS_MODULE="veiligpubliek.settings.production", **env)
    result = subprocess.run(
        [sys.executable, "-c", REPORT], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    return result


def report(**env):
    result = production_settings(**env)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_switches_one_machine_with_its_own_disk_and_memory():
    settings = report()
    assert settings["storage"] == "django.core.files.storage.filesystem.FileSystemStorage"
    # One machine: the page cache in files that every gunicorn worker shares.
    assert settings["caches"]["default"]["BACKEND"].endswith("FileBasedCache")
    assert settings["frontend_cache"] == {}
    assert settings["sessions"] == "django.contrib.sessions.backends.db"


def test_s3_storage_and_redis_from_the_environment_bucket_private():
    settings = report(
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="veiligpubliek-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.nl",
        AWS_S3_REGION_NAME="nl-ams",
        AWS_ACCESS_KEY_ID="site",
        AWS_SECRET_ACCESS_KEY=FAKE_KEY,
        REDIS_URL="redis://redis:6379/0",
    )
    assert settings["storage"] == "assets.storage.PrivateS3Storage"
    options = settings["options"]
    assert options["bucket_name"] == "veiligpubliek-media"
    assert options["endpoint_url"] == "https://s3.example.nl"
    assert options["region_name"] == "nl-ams"
    assert options["access_key"] == "site"
    assert options["secret_key"] == FAKE_KEY
    assert options["default_acl"] is None  # no public-read on upload
    assert options["addressing_style"] == "path"
    # A bucket that does not answer fails within seconds, with one retry (assets/storage.py).
    client = options["client_config"]
    assert client["connect_timeout"] == 2 and client["read_timeout"] == 10
    assert client["retries"]["max_attempts"] == 2
    assert client["addressing_style"] == "path"
    # Pages link to the site's own media view, never to the bucket or a signed address.
    assert settings["image_url"] == "/media/images/foto%20tuin.width-800.webp"
    # Documents always go through Wagtail's view, which checks their privacy first.
    assert settings["docs_serve_method"] == "serve_view"
    # One cache for every replica.
    cache = settings["caches"]["default"]
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache["LOCATION"] == "redis://redis:6379/0"


def test_a_bucket_name_alone_switches_s3_on():
    settings = report(AWS_STORAGE_BUCKET_NAME="media")
    assert settings["storage"] == "assets.storage.PrivateS3Storage"
    assert settings["options"]["endpoint_url"] is None  # Amazon S3 itself
    assert settings["options"]["addressing_style"] == "auto"


def test_s3_without_a_bucket_or_an_unknown_storage_refuses_to_start():
    for env, message in (
        ({"MEDIA_STORAGE": "s3"}, "AWS_STORAGE_BUCKET_NAME"),
        ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE"),
    ):
        result = production_settings(**env)
        assert result.returncode != 0
        assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def test_frontend_cache_backends_from_the_environment():
    settings = report(
        FRONTEND_CACHE_VARNISH_URL="http://varnish:80",
        FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone",
        FRONTEND_CACHE_CLOUDFLARE_EMAIL="redactie@example.nl",
        FRONTEND_CACHE_CLOUDFLARE_API_KEY="key",
        FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID="E123",
    )
    backends = settings["frontend_cache"]
    assert backends["varnish"] == {
        "BACKEND": "pagecache.proxy_purge.VarnishBanBackend",
        "LOCATION": "http://varnish:80",
    }
    assert backends["cloudflare"]["BACKEND"] == "pagecache.proxy_purge.CloudflareSiteBackend"
    assert backends["cloudflare"]["ZONEID"] == "zone"
    assert backends["cloudflare"]["EMAIL"] == "redactie@example.nl"
    assert backends["cloudflare"]["API_KEY"] == "key"
    assert backends["cloudfront"] == {
        "BACKEND": "pagecache.proxy_purge.CloudfrontSiteBackend",
        "DISTRIBUTION_ID": "E123",
    }
