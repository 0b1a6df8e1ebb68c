"""When the database is down: cached pages are still served, everything else gets a 503."""

import pytest
from django.db import OperationalError
from django.test import Client, RequestFactory

from core.errors import server_error
from home.models import HomePage
from pagecache.generation import bump_generation

from .conftest import HOST, get

pytestmark = pytest.mark.django_db


def database_down(*args, **kwargs):
    raise OperationalError("connection refused")


def test_a_database_error_gets_503_with_retry_after_and_the_branded_page():
    try:
        database_down()
    except OperationalError:
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert response["Cache-Control"] == "private, no-store"
    assert "De website is even niet beschikbaar" in response.content.decode()


def test_other_errors_keep_the_500_page():
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500


def test_while_the_database_is_down_cached_pages_are_served(cache_site, visitor, monkeypatch):
    get(visitor, "/voorkomen/")
    get(visitor, "/voorkomen/grenzen/")
    bump_generation()  # an editor changed something just before the database went down
    get(visitor, "/voorkomen/")  # this one is current again

    monkeypatch.setattr(HomePage, "route", database_down)
    unlucky = Client(HTTP_HOST=HOST, raise_request_exception=False)
    current = unlucky.get("/voorkomen/")
    assert (current.status_code, current["X-Cache"]) == (200, "HIT")
    older = unlucky.get("/voorkomen/grenzen/")
    assert (older.status_code, older["X-Cache"]) == (200, "STALE")
    assert b"Onderwerp Grenzen stellen" in older.content
    never_cached = unlucky.get("/toegankelijk/")
    assert never_cached.status_code == 503
    assert never_cached["Retry-After"]
    assert not never_cached.cookies


def test_the_site_recovers_when_the_database_is_back(cache_site, visitor, monkeypatch):
    unlucky = Client(HTTP_HOST=HOST, raise_request_exception=False)
    with monkeypatch.context() as patch:
        patch.setattr(HomePage, "route", database_down)
        assert unlucky.get("/toegankelijk/").status_code == 503
    recovered = unlucky.get("/toegankelijk/")
    assert recovered.status_code == 200
    assert unlucky.get("/toegankelijk/")["X-Cache"] == "HIT"
