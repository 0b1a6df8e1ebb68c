"""The number of SQL queries of an API answer does not grow with the number of items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from democontent.seed import bulk_create_examples
from tests.core.factories import DocumentFactory
from tests.news.factories import NewsPageFactory
from tests.themes.factories import ThemePageFactory, TopicPageFactory

from .conftest import API

pytestmark = pytest.mark.django_db

PATHS = [
    "themes?pageSize=100",
    "topics?pageSize=100",
    "topics?thema=handelen&pageSize=100",
    "practice-examples?pageSize=100",
    "practice-examples?pageSize=100&thema=voorkomen&thema=handelen&q=de&sorteer=titel",
    "practice-examples/facets?thema=voorkomen",
    "documents?pageSize=100",
    "documents?pageSize=100&soort=handreiking",
    "news?pageSize=100",
]
MAX_QUERIES = 6


def query_counts(client):
    counts = {}
    for path in PATHS:
        client.get(API + path)  # fill the shared caches (site, private sections, options)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(API + path)
        assert response.status_code == 200, (path, response.content[:300])
        answer = response.json()
        assert answer.get("items", True) and answer.get("totalItems", 1), f"{path}: none found"
        counts[path] = len(queries)
    return counts


def grow(site, start, count):
    """`count` more of every kind of item, numbered from `start`."""
    for number in range(start, start + count):
        ThemePageFactory(slug=f"thema-{number}")
        TopicPageFactory(parent=site.incident, slug=f"stap-{number}")
        NewsPageFactory(slug=f"bericht-{number}")
        DocumentFactory(title=f"Document {number}", category="handreiking", theme=site.prevention)
    bulk_create_examples(site.practice_index, count, seed=start)


def test_queries_do_not_grow_with_the_number_of_items(site, anonymous_client):
    grow(site, 0, 3)
    small = query_counts(anonymous_client)
    grow(site, 3, 27)
    large = query_counts(anonymous_client)
    assert large == small
    assert max(small.values()) <= MAX_QUERIES, small
