"""Every kind of change shows on the very next anonymous request of every page that shows it.

Each test first fills the cache with the pages concerned (and checks they come from it), then
makes one change the way the admin does, then fetches the pages again.
"""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from core.models import SiteSettings
from practice.models import Province
from tests.core.factories import DocumentFactory, ImageFactory
from tests.legacy.factories import RedirectFactory
from tests.themes.factories import ThemePageFactory, TopicPageFactory

from .conftest import get, warm

pytestmark = pytest.mark.django_db

EVERY_PAGE_TYPE = [
    "/",
    "/voorkomen/",
    "/voorkomen/grenzen/",
    "/toegankelijk/",
    "/praktijk/",
    "/praktijk/proefdorp/",
    "/infographic/",
    "/actueel/",
    "/actueel/nieuws/2025/01/16/nieuw/",
    "/documenten/",
]


def text(client, url):
    return get(client, url).content.decode()


def test_publishing_a_page_shows_on_the_page_its_parent_search_and_sitemap(cache_site, visitor):
    urls = ["/voorkomen/grenzen/", "/voorkomen/", "/zoeken/?q=grenzen", "/sitemap.xml"]
    warm(visitor, *urls)
    topic = cache_site.topic
    topic.title = "Onderwerp Duidelijke grenzen"
    topic.save_revision().publish()
    assert "Onderwerp Duidelijke grenzen" in text(visitor, "/voorkomen/grenzen/")
    assert "Onderwerp Duidelijke grenzen" in text(visitor, "/voorkomen/")
    assert "Onderwerp Duidelijke grenzen" in text(visitor, "/zoeken/?q=grenzen")
    new_page = TopicPageFactory(parent=cache_site.theme, slug="nieuw-onderwerp")
    assert "/voorkomen/nieuw-onderwerp/" in text(visitor, "/sitemap.xml")
    assert new_page.title in text(visitor, "/voorkomen/")


def test_renaming_a_section_shows_in_the_navigation_of_every_page(cache_site, visitor):
    warm(visitor, *EVERY_PAGE_TYPE)
    theme = cache_site.theme
    theme.title = "Thema Voorkomen is beter"
    theme.save_revision().publish()
    for url in EVERY_PAGE_TYPE:
        assert "Thema Voorkomen is beter" in text(visitor, url), url


def test_unpublishing_a_page_removes_it_everywhere(cache_site, visitor):
    urls = ["/voorkomen/grenzen/", "/voorkomen/", "/sitemap.xml", "/zoeken/?q=grenzen"]
    warm(visitor, *urls)
    cache_site.topic.unpublish()
    assert visitor.get("/voorkomen/grenzen/").status_code == 404
    assert "Onderwerp Grenzen stellen" not in text(visitor, "/voorkomen/")
    assert "/voorkomen/grenzen/" not in text(visitor, "/sitemap.xml")
    assert "Onderwerp Grenzen stellen" not in text(visitor, "/zoeken/?q=grenzen")


def test_moving_a_page_updates_both_sections_and_its_address(cache_site, visitor):
    other_theme = ThemePageFactory(parent=cache_site.home, title="Thema Nazorg", slug="nazorg")
    urls = ["/voorkomen/grenzen/", "/voorkomen/", "/nazorg/", "/infographic/"]
    warm(visitor, *urls)
    cache_site.topic.move(other_theme, pos="last-child")
    assert visitor.get("/voorkomen/grenzen/").status_code == 404
    assert "Onderwerp Grenzen stellen" not in text(visitor, "/voorkomen/")
    assert "Onderwerp Grenzen stellen" in text(visitor, "/nazorg/")
    assert "Thema Nazorg" in text(visitor, "/nazorg/grenzen/")  # its new breadcrumbs
    # The infographic step links the topic at its new address.
    assert "/nazorg/grenzen/" in text(visitor, "/infographic/")


def test_deleting_a_page_removes_it_from_listing_feed_and_theme(cache_site, visitor):
    urls = ["/praktijk/", "/praktijk/feed/", "/praktijk/proefdorp/", "/voorkomen/"]
    warm(visitor, *urls)
    assert "Proefdorp belt elke dader" in text(visitor, "/voorkomen/")
    cache_site.example.delete()
    assert visitor.get("/praktijk/proefdorp/").status_code == 404
    for url in ("/praktijk/", "/praktijk/feed/", "/voorkomen/"):
        assert "Proefdorp belt elke dader" not in text(visitor, url), url


def test_scheduled_publishing_and_expiry_show_at_once(cache_site, visitor):
    draft = TopicPageFactory(parent=cache_site.theme, title="Onderwerp Later", slug="later")
    draft.unpublish()
    draft.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    draft.save_revision().publish()  # scheduled: not live yet
    warm(visitor, "/voorkomen/", "/sitemap.xml")
    assert "Onderwerp Later" not in text(visitor, "/voorkomen/")

    # An hour later: the moment is in the past, for the revision and the page in it.
    an_hour_later = timezone.now() - datetime.timedelta(minutes=1)
    revision = draft.get_latest_revision()
    assert revision.approved_go_live_at is not None
    revision.approved_go_live_at = an_hour_later
    revision.content["go_live_at"] = an_hour_later.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert "Onderwerp Later" in text(visitor, "/voorkomen/")
    assert "/voorkomen/later/" in text(visitor, "/sitemap.xml")

    warm(visitor, "/voorkomen/later/")
    draft.refresh_from_db()
    draft.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    draft.save()
    warm(visitor, "/voorkomen/later/", "/voorkomen/")
    call_command("publish_scheduled")
    assert visitor.get("/voorkomen/later/").status_code == 404
    assert "Onderwerp Later" not in text(visitor, "/voorkomen/")


def test_changing_a_snippet_shows_on_listing_and_example(cache_site, visitor):
    urls = ["/praktijk/", "/praktijk/?provincie=utrecht", "/praktijk/proefdorp/"]
    warm(visitor, *urls)
    province = Province.objects.get(slug="utrecht")
    province.name = "Provincie Utrecht (nieuw)"
    province.save()
    for url in urls:
        assert "Provincie Utrecht (nieuw)" in text(visitor, url), url


def test_changing_the_site_settings_shows_in_every_footer(cache_site, visitor):
    site = Site.objects.get(hostname="cache.test")
    settings = SiteSettings.for_site(site)
    warm(visitor, *EVERY_PAGE_TYPE)
    settings.organisation_name = "Ministerie van Proeven"
    settings.save()
    for url in EVERY_PAGE_TYPE:
        assert "Ministerie van Proeven" in text(visitor, url), url


def test_changing_a_document_shows_in_the_library(cache_site, visitor):
    document = DocumentFactory(title="Checklist veilig loket")
    warm(visitor, "/documenten/")
    assert "Checklist veilig loket" in text(visitor, "/documenten/")
    document.title = "Checklist veilige balie"
    document.save()
    assert "Checklist veilige balie" in text(visitor, "/documenten/")
    document.delete()
    assert "Checklist veilige balie" not in text(visitor, "/documenten/")


def test_changing_an_image_shows_where_it_is_used(cache_site, visitor):
    image = ImageFactory(title="Medewerker achter de balie")
    settings = SiteSettings.for_site(Site.objects.get(hostname="cache.test"))
    settings.default_share_image = image
    settings.save()
    warm(visitor, "/", "/voorkomen/grenzen/")
    image.title = "Medewerker in gesprek"
    image.save()
    for url in ("/", "/voorkomen/grenzen/"):
        assert 'content="Medewerker in gesprek"' in text(visitor, url), url
    image.delete()
    for url in ("/", "/voorkomen/grenzen/"):
        assert "Medewerker in gesprek" not in text(visitor, url), url


def test_adding_a_redirect_works_on_the_next_request(cache_site, visitor):
    warm(visitor, "/voorkomen/")
    assert visitor.get("/oud-adres/").status_code == 404
    RedirectFactory(old_path="/oud-adres", redirect_link="https://example.org/nieuw-adres/")
    response = visitor.get("/oud-adres/")
    assert response.status_code == 301
    assert response["Location"] == "https://example.org/nieuw-adres/"
    assert get(visitor, "/voorkomen/")["X-Cache"] == "MISS"


def test_saving_a_draft_keeps_the_cache(cache_site, visitor):
    warm(visitor, "/voorkomen/grenzen/")
    topic = cache_site.topic
    topic.title = "Nog niet gepubliceerd"
    topic.save_revision()
    page = get(visitor, "/voorkomen/grenzen/")
    assert page["X-Cache"] == "HIT"
    assert "Nog niet gepubliceerd" not in page.content.decode()
