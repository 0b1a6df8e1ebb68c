"""The number of SQL queries does not grow with the number of examples or the filters chosen."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practice.models import PracticeExamplePage
from tests.practice.conftest import LISTING_URL
from tests.practice.factories import bulk_create_examples

pytestmark = pytest.mark.django_db

LISTING_URLS = [
    LISTING_URL,
    f"{LISTING_URL}?provincie=utrecht&agressie=verbaal",
    f"{LISTING_URL}?provincie=utrecht&provincie=zeeland&agressie=verbaal&agressie=fysiek"
    "&thema=preventie&organisatie=gemeente&werksituatie=balie-en-loket&q=veilig",
    f"{LISTING_URL}?thema=nazorg&sorteer=titel&pagina=2",
]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def query_counts(client, urls):
    client.get(urls[0])  # warm Wagtail's per-process caches (content types, site)
    return {url: count_queries(client, url) for url in urls}


def test_listing_queries_do_not_grow_with_examples_or_filters(anonymous_client, index_page):
    small = query_counts(anonymous_client, [LISTING_URL])
    bulk_create_examples(index_page, 400, seed=3)
    assert PracticeExamplePage.objects.live().count() == 416
    large = query_counts(anonymous_client, LISTING_URLS)
    for url in LISTING_URLS:
        listing = anonymous_client.get(url).context["listing"]
        assert listing.page.object_list, f"{url} should show results for a fair comparison"
    assert set(large.values()) == {small[LISTING_URL]}, large
    assert small[LISTING_URL] <= 30


def test_example_theme_and_topic_pages_do_not_grow_with_examples(anonymous_client, index_page):
    urls = [
        "/ervaringen-uit-de-praktijk/zuiderhaven-reageert-binnen-48-uur/",
        "/preventie/",
        "/nazorg/wees-de-rots/",
        f"{LISTING_URL}feed/",
    ]
    small = query_counts(anonymous_client, urls)
    bulk_create_examples(index_page, 300, seed=4)
    large = query_counts(anonymous_client, urls)
    assert large == small
