"""At most 10 SQL queries for every page type, with the page cache off.

Measured on the second request: the first fills the caches that every page shares (Wagtail's
site root paths, the navigation and the footer), which is what a visitor meets in practice.
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from core.models import SiteSettings
from tests.core.factories import DocumentFactory

pytestmark = pytest.mark.django_db

BUDGET = 10
PAGE_TYPES = {
    "home": "/",
    "theme": "/voorkomen/",
    "topic": "/voorkomen/grenzen/",
    "service page": "/toegankelijk/",
    "document library": "/documenten/?soort=checklist",
    "practice listing with filters": "/praktijk/?provincie=utrecht&agressie=verbaal&pagina=1",
    "practice example": "/praktijk/proefdorp/",
    "infographic": "/infographic/",
    "news index": "/actueel/",
    "news item": "/actueel/nieuws/2025/01/16/nieuw/",
    "search": "/zoeken/?q=grenzen",
    "sitemap": "/sitemap.xml",
    "404": "/bestaat-niet/",
}


@pytest.fixture
def rendering_visitor(visitor, settings):
    settings.PAGE_CACHE_ENABLED = False
    return visitor


@pytest.mark.parametrize("url", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_page_type_stays_within_its_query_budget(cache_site, rendering_visitor, url):
    DocumentFactory(title="Checklist veilig loket")
    site_settings = SiteSettings.for_site(Site.objects.get(hostname="cache.test"))
    link = {"text": "Toegankelijkheid", "page": cache_site.service.pk, "url": ""}
    site_settings.footer_links = json.dumps([{"type": "link", "value": link}] * 3)
    site_settings.save()
    rendering_visitor.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = rendering_visitor.get(url)
    assert response.status_code == (404 if url == "/bestaat-niet/" else 200)
    listing = "\n".join(query["sql"][query["sql"].find(" FROM ") :][:260] for query in queries)
    assert len(queries) <= BUDGET, f"{len(queries)} queries for {url}:\n{listing}"
