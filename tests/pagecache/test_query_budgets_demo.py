"""At most 10 SQL queries for every page type on a site with realistic content: the demo content
(images, documents, tags, related examples, search promotions, the self-assessment) grown with
hundreds of practice examples, topics and news items. The page cache is off.

Two measurements per page type, after an editor's change (a new generation) and once the home
page and one page of the type were shown since: that page again, and another page of the same
type, whose own per-generation parts (such as its breadcrumbs) are not cached yet.
"""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from democontent.seed import bulk_create_examples
from news.models import NewsIndexPage, NewsPage
from pagecache.generation import bump_generation
from practice.models import PracticeExampleIndexPage, PracticeExamplePage
from selfassessment.models import SelfAssessmentPage
from tests.news.factories import NewsPageFactory
from tests.themes.factories import TopicPageFactory
from themes.models import DocumentLibraryPage, ThemePage, TopicPage

pytestmark = pytest.mark.django_db

BUDGET = 10
EXTRA_EXAMPLES, EXTRA_TOPICS, EXTRA_NEWS = 400, 30, 30


@pytest.fixture(scope="module")
def large_site(module_db):
    """{page type: (address, address of another page of that type)} on the grown demo site."""
    index = PracticeExampleIndexPage.objects.get()
    bulk_create_examples(index, EXTRA_EXAMPLES, seed=7)
    theme = ThemePage.objects.live().order_by("path").first()
    for number in range(EXTRA_TOPICS):
        TopicPageFactory(parent=theme, title=f"Extra onderwerp {number}", slug=f"extra-{number}")
    news_index = NewsIndexPage.objects.get()
    for number in range(EXTRA_NEWS):
        NewsPageFactory(
            parent=news_index,
            title=f"Extra bericht {number}",
            slug=f"extra-bericht-{number}",
            publication_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
        )

    def two(queryset):
        first, second = queryset.live().order_by("path")[:2]
        return first.url, second.url

    # The demo's own examples have images, documents and related examples; the bulk ones not.
    demo_examples = PracticeExamplePage.objects.exclude(slug__startswith="voorbeeld-")
    listing = index.url
    filtered = f"{listing}?provincie=utrecht&agressie=verbaal"
    return {
        "home": ("/", "/"),
        "theme": two(ThemePage.objects),
        "topic": two(TopicPage.objects.exclude(slug__startswith="extra-")),
        "document library": (DocumentLibraryPage.objects.get().url + "?soort=checklist",) * 2,
        "practice listing": (listing, f"{listing}?pagina=3"),
        "practice listing with filters": (filtered, f"{filtered}&thema=preventie&pagina=2"),
        "practice example": two(demo_examples),
        "news index": (news_index.url, f"{news_index.url}?pagina=2"),
        "news item": two(NewsPage.objects),
        "self-assessment": (SelfAssessmentPage.objects.live().get().url,) * 2,
        "infographic": ("/infographic/", "/infographic/"),
        # Seen before only: the first view of a search after a change reads the fields of its
        # results, one query per page type among them (see search/results.py).
        "search": ("/zoeken/?q=agressie",) * 2,
        "sitemap": ("/sitemap.xml", "/sitemap.xml"),
    }


@pytest.fixture
def rendering_visitor(settings):
    settings.PAGE_CACHE_ENABLED = False
    return Client()


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    listing = "\n".join(query["sql"][query["sql"].find(" FROM ") :][:260] for query in queries)
    return len(queries), listing


PAGE_TYPES = [
    "home",
    "theme",
    "topic",
    "document library",
    "practice listing",
    "practice listing with filters",
    "practice example",
    "news index",
    "news item",
    "self-assessment",
    "infographic",
    "search",
    "sitemap",
]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_stays_within_its_budget_on_a_large_site(
    large_site, rendering_visitor, page_type
):
    url, other_url = large_site[page_type]
    # Both pages were shown before (their images have their renditions), then an editor changed
    # something: a new generation. Visitors have seen the home page and the first page since.
    rendering_visitor.get(other_url)
    bump_generation()
    rendering_visitor.get("/")
    rendering_visitor.get(url)
    count, listing = queries_for(rendering_visitor, url)
    assert count <= BUDGET, f"{count} queries for {url} seen before:\n{listing}"
    count, listing = queries_for(rendering_visitor, other_url)
    assert count <= BUDGET, (
        f"{count} queries for {other_url}, first time since the change:\n{listing}"
    )


def test_the_measured_example_shows_what_makes_it_costly(large_site, rendering_visitor):
    # The budget above means something only if the example has an image, downloads and
    # related examples, and the listing has many pages.
    html = rendering_visitor.get(large_site["practice example"][0]).content.decode()
    assert "<img" in html
    assert "Downloads" in html
    assert "Vergelijkbare ervaringen" in html
    assert PracticeExamplePage.objects.live().count() > EXTRA_EXAMPLES
