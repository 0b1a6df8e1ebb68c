"""The number of SQL queries does not grow with the number of examples or the filters chosen.

Each test counts the queries on a small site it builds, adds hundreds of examples in bulk and
counts again.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from democontent.seed import bulk_create_examples
from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExamplePage,
    Province,
    WorkSetting,
)
from tests.practice.conftest import LISTING_URL, terms
from tests.practice.factories import PracticeExamplePageFactory
from tests.themes.factories import ThemePageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

LISTING_URLS = [
    LISTING_URL,
    f"{LISTING_URL}?provincie=utrecht&agressie=verbaal",
    f"{LISTING_URL}?provincie=utrecht&provincie=zeeland&agressie=verbaal&agressie=fysiek"
    "&thema=preventie&organisatie=gemeente&werksituatie=balie-en-loket&q=veilig",
    f"{LISTING_URL}?thema=nazorg&sorteer=titel&pagina=2",
]


@pytest.fixture
def small_site(home_page, index_page):
    """Two themes, each with a topic, and two examples; the first matches every filter above."""
    preventie = ThemePageFactory(parent=home_page, slug="preventie", title="Preventie")
    nazorg = ThemePageFactory(parent=home_page, slug="nazorg", title="Nazorg")
    TopicPageFactory(parent=preventie, slug="stel-een-norm")
    TopicPageFactory(parent=nazorg, slug="wees-de-rots")
    matching = PracticeExamplePageFactory(
        parent=index_page,
        slug="balie-veilig",
        title="Een veilige balie",
        organisation_type=OrganisationType.objects.get(slug="gemeente"),
        provinces=terms(Province, "utrecht"),
        themes=[preventie, nazorg],
        aggression_types=terms(AggressionType, "verbaal"),
        work_settings=terms(WorkSetting, "balie-en-loket"),
    )
    PracticeExamplePageFactory(parent=index_page, themes=[nazorg])
    return matching


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def query_counts(client, urls):
    for url in urls:
        client.get(url)  # fill the shared caches (content types, site, navigation, trail)
    return {url: count_queries(client, url) for url in urls}


def test_listing_queries_do_not_grow_with_examples_or_filters(
    anonymous_client, index_page, small_site
):
    small = query_counts(anonymous_client, [LISTING_URL])
    before = PracticeExamplePage.objects.live().count()
    bulk_create_examples(index_page, 400, seed=3)
    assert PracticeExamplePage.objects.live().count() == before + 400
    large = query_counts(anonymous_client, LISTING_URLS)
    for url in LISTING_URLS:
        listing = anonymous_client.get(url).context["listing"]
        assert listing.examples, f"{url} should show results for a fair comparison"
    assert set(large.values()) == {small[LISTING_URL]}, large
    assert small[LISTING_URL] <= 30


def test_example_theme_and_topic_pages_do_not_grow_with_examples(
    anonymous_client, index_page, small_site
):
    urls = [
        small_site.url,
        "/preventie/",
        "/nazorg/wees-de-rots/",
        f"{LISTING_URL}feed/",
    ]
    small = query_counts(anonymous_client, urls)
    bulk_create_examples(index_page, 300, seed=4)
    large = query_counts(anonymous_client, urls)
    assert large == small


def test_the_counts_of_a_filter_set_are_made_once_per_change(
    anonymous_client, index_page, small_site
):
    """The total and the five option counts depend on the filters and words, not on the page or
    the order: the next page and another order of the same filters do not count again, until an
    example changes."""
    filtered = f"{LISTING_URL}?provincie=utrecht&agressie=verbaal"
    bulk_create_examples(index_page, 60, seed=5)
    anonymous_client.get(LISTING_URL)  # the site's shared parts, kept for this generation
    first = count_queries(anonymous_client, filtered)
    next_page = count_queries(anonymous_client, f"{filtered}&pagina=2&sorteer=titel")
    assert next_page == first - 6  # the total and one count per facet

    before = anonymous_client.get(filtered).context["listing"].result_count
    PracticeExamplePageFactory(
        parent=index_page,
        provinces=terms(Province, "utrecht"),
        aggression_types=terms(AggressionType, "verbaal"),
    )
    listing = anonymous_client.get(f"{filtered}&pagina=2").context["listing"]
    assert listing.result_count == before + 1
    utrecht = next(o for o in listing.facets[2].options if o.value == "utrecht")
    assert utrecht.count == before + 1
