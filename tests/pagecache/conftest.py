"""A small site of its own for the page cache tests, on the host cache.test.

It has one page of every public type, so that a change can be checked on each page that shows it.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.test import Client
from wagtail.models import Page, Site

from practice.models import PracticeExampleIndexPage, Province
from tests.home.factories import HomePageFactory, StandardPageFactory
from tests.infographic.factories import (
    InfographicPageFactory,
    infographic_phase,
    infographic_phases,
    infographic_step,
)
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.practice.factories import PracticeExamplePageFactory
from tests.themes.factories import ThemePageFactory, TopicPageFactory
from themes.models import DocumentLibraryPage

HOST = "cache.test"


@dataclass
class CacheSite:
    home: Page
    theme: Page
    topic: Page
    service: Page
    listing: Page
    example: Page
    infographic: Page
    news_index: Page
    news_item: Page
    library: Page


@pytest.fixture
def cache_site(db):
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="cache-home", title="Proefsite voor de cache")
    Site.objects.create(hostname=HOST, port=80, root_page=home, site_name="Proefsite")
    theme = ThemePageFactory(
        parent=home, title="Thema Voorkomen", slug="voorkomen", show_in_menus=True
    )
    topic = TopicPageFactory(parent=theme, title="Onderwerp Grenzen stellen", slug="grenzen")
    service = StandardPageFactory(parent=home, title="Toegankelijkheid", slug="toegankelijk")
    listing = PracticeExampleIndexPage(
        title="Praktijkvoorbeelden", slug="praktijk", intro="Wat anderen deden."
    )
    home.add_child(instance=listing)
    example = PracticeExamplePageFactory(
        parent=listing, title="Proefdorp belt elke dader", slug="proefdorp", themes=[theme]
    )
    example.provinces.set([Province.objects.get(slug="utrecht")])
    example.save_revision().publish()
    infographic = InfographicPageFactory(
        parent=home,
        phases=infographic_phases(
            infographic_phase("Voorkomen", [infographic_step("Stel een norm", page=topic)])
        ),
    )
    news_index = NewsIndexPageFactory(parent=home, slug="actueel")
    news_item = NewsPageFactory(
        parent=news_index,
        title="Nieuw: de proefsite",
        slug="nieuw",
        publication_date=datetime.date(2025, 1, 16),
    )
    library = DocumentLibraryPage(title="Documenten", slug="documenten", intro="Om te downloaden.")
    home.add_child(instance=library)
    yield CacheSite(
        home, theme, topic, service, listing, example, infographic, news_index, news_item, library
    )
    # Wagtail keeps the sites' root paths in the cache; the next test must not see this site.
    Site.clear_site_root_paths_cache()


@pytest.fixture
def visitor():
    """An anonymous visitor of the test site, as a browser: sends no cookie at first."""
    return Client(HTTP_HOST=HOST)


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code)
    return response


def warm(client, *urls):
    """Fetch each address twice; the second answer must come from the cache."""
    for url in urls:
        client.get(url)
        response = client.get(url)
        assert response["X-Cache"] == "HIT", url
