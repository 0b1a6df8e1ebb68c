"""API answers are kept like pages: in the page cache and by proxies for as long as a page, and
the next answer after a publish shows the change (the site-wide generation)."""

import datetime

import pytest
from django.test import Client

from pagecache.http import PUBLIC_CACHE_CONTROL
from tests.news.factories import NewsPageFactory

from .conftest import API

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    """An anonymous visitor through the page cache (PAGE_CACHE_ENABLED, as in production)."""
    return Client()


def fetch(client, path):
    response = client.get(API + path)
    assert response.status_code == 200, (path, response.content[:300])
    return response


def titles(response):
    return [item["title"] for item in response.json()["items"]]


@pytest.mark.parametrize(
    "path",
    [
        "themes",
        "themes/handelen",
        "topics?thema=handelen",
        "practice-examples?thema=voorkomen",
        "practice-examples/facets",
        "practice-examples/proefdorp-balie",
        "documents",
        "news",
        "openapi.json",
    ],
)
def test_answers_come_from_the_page_cache_with_the_headers_of_a_page(site, visitor, path):
    first = fetch(visitor, path)
    second = fetch(visitor, path)
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert second.content == first.content
    for response in (first, second):
        assert response["Cache-Control"] == PUBLIC_CACHE_CONTROL
        assert response["API-Version"] == "1.0.0"
        assert response["Access-Control-Allow-Origin"] == "*"
        assert response.has_header("ETag")
    unchanged = visitor.get(API + path, HTTP_IF_NONE_MATCH=second["ETag"])
    assert unchanged.status_code == 304


def test_a_publish_changes_the_next_answer(site, visitor):
    fetch(visitor, "news")
    assert fetch(visitor, "news")["X-Cache"] == "HIT"
    NewsPageFactory(
        title="Nieuwe campagne", slug="nieuwe-campagne", publication_date=datetime.date(2026, 9, 1)
    )
    after = fetch(visitor, "news")
    assert after["X-Cache"] == "MISS"
    assert titles(after)[0] == "Nieuwe campagne"

    fetch(visitor, "themes/handelen")
    step = site.steps[0]
    step.title = "Blijf altijd kalm"
    step.save_revision().publish()
    topics = fetch(visitor, "themes/handelen").json()["topics"]
    assert topics[0]["title"] == "Blijf altijd kalm"

    site.example.unpublish()
    assert visitor.get(API + "practice-examples/proefdorp-balie").status_code == 404
    assert fetch(visitor, "practice-examples?thema=voorkomen").json()["items"] == []


def test_errors_are_not_kept(site, visitor):
    for _ in range(2):
        response = visitor.get(API + "themes?page=9")
        assert response.status_code == 400
        assert response["X-Cache"] == "MISS"
        assert response["Cache-Control"] == "no-store"


def test_an_editors_answer_is_not_kept_or_shared(site, admin_client):
    response = admin_client.get(API + "themes")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
