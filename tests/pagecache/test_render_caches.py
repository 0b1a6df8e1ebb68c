"""What uncached pages keep per generation (pagecache/fragments.py and its users) is still
exact: private sections stay private, and a change shows on the next rendering."""

from unittest import mock
from urllib.parse import unquote

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.test import Client, RequestFactory
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction

from pagecache.fragments import MISSING
from pagecache.routing import ROUTES
from practice.models import PracticeExamplePage
from search.promotions import count_hit
from tests.core.factories import ImageFactory
from tests.html import parse, texts
from tests.practice.factories import PracticeExamplePageFactory
from tests.themes.factories import TopicPageFactory

from .conftest import HOST

pytestmark = pytest.mark.django_db


@pytest.fixture
def rendering(settings):
    settings.PAGE_CACHE_ENABLED = False
    return Client(HTTP_HOST=HOST)


def test_a_page_below_a_private_section_stays_private(cache_site, rendering):
    assert rendering.get("/voorkomen/grenzen/").status_code == 200
    PageViewRestriction.objects.create(page=cache_site.theme, restriction_type="login")
    response = rendering.get("/voorkomen/grenzen/")
    assert response.status_code == 302
    assert "next=/voorkomen/grenzen/" in unquote(response["Location"])
    assert rendering.get("/toegankelijk/").status_code == 200


def test_an_alias_of_a_private_page_is_private_too(cache_site, rendering):
    alias = cache_site.topic.create_alias(parent=cache_site.theme, update_slug="grenzen-kopie")
    assert rendering.get("/voorkomen/grenzen-kopie/").status_code == 200
    PageViewRestriction.objects.create(page=cache_site.topic, restriction_type="login")
    assert alias.alias_of_id == cache_site.topic.pk
    assert rendering.get("/voorkomen/grenzen-kopie/").status_code == 302


def test_a_new_topic_shows_in_the_section_navigation_of_the_others(cache_site, rendering):
    def section_links():
        nav = parse(rendering.get("/voorkomen/grenzen/")).find("nav", class_="vp-section-nav")
        return [(link.get_text(), link["href"]) for link in nav.find_all("a")[1:]]

    assert section_links() == [("Onderwerp Grenzen stellen", "/voorkomen/grenzen/")]
    TopicPageFactory(parent=cache_site.theme, title="Onderwerp Nazorg", slug="nazorg")
    assert section_links() == [
        ("Onderwerp Grenzen stellen", "/voorkomen/grenzen/"),
        ("Onderwerp Nazorg", "/voorkomen/nazorg/"),
    ]
    # The navigation is shared by the topics of the theme; each page marks its own link.
    for url in ("/voorkomen/grenzen/", "/voorkomen/nazorg/"):
        nav = parse(rendering.get(url)).find("nav", class_="vp-section-nav")
        assert [link["href"] for link in nav.select('[aria-current="page"]')] == [url]


def test_a_new_example_about_the_theme_shows_on_its_topic(cache_site, rendering):
    def example_titles():
        return texts(parse(rendering.get("/voorkomen/grenzen/")).select(".vp-card__title"))

    assert example_titles() == ["Proefdorp belt elke dader"]
    PracticeExamplePageFactory(
        parent=cache_site.listing, title="Stad belt ook", themes=[cache_site.theme]
    ).save_revision().publish()
    assert sorted(example_titles()) == ["Proefdorp belt elke dader", "Stad belt ook"]


def test_related_examples_follow_a_change_of_the_other_example(cache_site, rendering):
    other = PracticeExamplePageFactory(
        parent=cache_site.listing, title="Stad belt ook", themes=[cache_site.theme]
    )
    other.save_revision().publish()
    # The examples share a theme and have no aggression types.
    assert "Stad belt ook" in rendering.get("/praktijk/proefdorp/").content.decode()
    other = PracticeExamplePage.objects.get(pk=other.pk)
    other.title = "Stad belt voortaan elke dader"
    other.save_revision().publish()
    assert "Stad belt voortaan elke dader" in rendering.get("/praktijk/proefdorp/").content.decode()


def test_every_search_of_the_day_counts():
    query = Query.get("balie")
    count_hit(query)
    count_hit(query)
    assert Query.get("balie").hits == 2


def test_a_cached_rendition_is_not_written_to_the_cache_again():
    image = ImageFactory()
    filters = ("format-webp|width-480", "format-jpeg|width-480")
    first = image.get_renditions(*filters)
    with mock.patch.object(LocMemCache, "set_many", autospec=True) as set_many:
        again = type(image).objects.get(pk=image.pk).get_renditions(*filters)
    assert set_many.call_count == 0
    assert {spec: rendition.pk for spec, rendition in again.items()} == {
        spec: rendition.pk for spec, rendition in first.items()
    }


def test_only_the_addresses_of_pages_are_kept_for_routing(cache_site, rendering):
    assert rendering.get("/voorkomen/grenzen/").status_code == 200
    assert rendering.get("/voorkomen/verzonnen-adres/").status_code == 404
    request = RequestFactory().get("/")
    home = cache_site.home
    kept = ROUTES.lookup(request, home.pk, f"{home.url_path}voorkomen/grenzen/")
    assert kept.pk == cache_site.topic.pk
    made_up = f"{home.url_path}voorkomen/verzonnen-adres/"
    assert ROUTES.lookup(request, home.pk, made_up) is MISSING


def test_a_kept_route_follows_an_unpublished_page(cache_site, rendering):
    assert rendering.get("/voorkomen/grenzen/").status_code == 200
    cache_site.topic.unpublish()
    assert rendering.get("/voorkomen/grenzen/").status_code == 404
