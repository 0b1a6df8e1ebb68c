"""/healthz and /readyz for the orchestrator."""

import logging

import pytest
from django.core.cache.backends.base import BaseCache
from django.db import OperationalError
from django.test import Client


class BrokenCache(BaseCache):
    """A shared cache that is down."""

    def __init__(self, location, params):
        super().__init__(params)

    def set(self, *args, **kwargs):
        raise ConnectionError("cache is down")

    def get(self, *args, **kwargs):
        raise ConnectionError("cache is down")


def assert_probe_response(response):
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert response["Content-Type"].startswith("text/plain")


def test_healthz_answers_without_the_database(settings):
    # No django_db mark: pytest-django makes any database access here an error.
    settings.ALLOWED_HOSTS = ["www.example.nl"]
    settings.SECURE_SSL_REDIRECT = True
    # A probe to the pod's own address over plain HTTP: no host check, no https redirect.
    response = Client().get("/healthz", HTTP_HOST="10.1.2.3:8000")
    assert response.status_code == 200
    assert_probe_response(response)


@pytest.mark.django_db
def test_readyz_answers_when_the_database_does(settings):
    settings.ALLOWED_HOSTS = ["www.example.nl"]
    response = Client().get("/readyz", HTTP_HOST="10.1.2.3:8000")
    assert response.status_code == 200
    assert_probe_response(response)


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_does_not_answer(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    from django.db.backends.base.base import BaseDatabaseWrapper

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", refuse)
    response = Client().get("/readyz")
    assert response.status_code == 503
    assert "database default" in response.content.decode()
    assert_probe_response(response)


@pytest.mark.django_db
def test_a_shared_cache_that_fails_leaves_the_replica_ready_and_is_named(settings):
    """Every replica shares the cache: failing readiness for it would take them all out."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "shared": {"BACKEND": f"{__name__}.BrokenCache"},
    }
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.content.decode() == "ok; verminderd: cache shared"


@pytest.mark.django_db
def test_probes_are_not_logged_at_info_and_not_in_the_sitemap(caplog):
    with caplog.at_level(logging.DEBUG):
        Client().get("/healthz")
        Client().get("/readyz")
    assert not [r for r in caplog.records if r.levelno >= logging.INFO]
    sitemap = Client().get("/sitemap.xml").content.decode()
    assert "healthz" not in sitemap and "readyz" not in sitemap
