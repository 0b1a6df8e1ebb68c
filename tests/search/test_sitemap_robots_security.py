"""/sitemap.xml, /robots.txt and /.well-known/security.txt."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from core.models import SiteSettings
from tests.home.factories import StandardPageFactory
from tests.html import parse
from tests.news.factories import NewsPageFactory
from tests.sample_site import build_sample_site

pytestmark = pytest.mark.django_db

BASE = settings.CANONICAL_BASE_URL
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    return {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in root.findall("s:url", NS)
    }


@pytest.fixture(scope="module")
def site(module_db):
    return build_sample_site()


def expected_locations():
    site = Site.objects.get(is_default_site=True)
    pages = Page.objects.live().public().in_site(site).specific()
    return {BASE + page.url for page in pages}


def test_sitemap_lists_exactly_the_live_public_pages_with_lastmod(anonymous_client, site):
    home_page = site.home
    draft = StandardPageFactory(parent=home_page, slug="concept")
    draft.unpublish()
    private = StandardPageFactory(parent=home_page, slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    entries = sitemap_entries(anonymous_client)
    assert set(entries) == expected_locations()
    # Home, themes, topics, library, service pages, news and practice pages.
    assert len(entries) == 21
    assert {BASE + "/", BASE + "/nazorg/wees-de-rots/", BASE + "/privacy/"} <= set(entries)
    assert BASE + "/concept/" not in entries and BASE + "/intern/" not in entries
    for location, lastmod in entries.items():
        assert location.startswith(BASE + "/")
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", lastmod), location


def test_sitemap_uses_the_dated_news_addresses(anonymous_client, site):
    entries = sitemap_entries(anonymous_client)
    news = {loc for loc in entries if loc.startswith(BASE + "/actueel/")}
    assert news == {
        BASE + "/actueel/",
        BASE + "/actueel/nieuws/2026/03/04/nieuwe-handreiking/",
        BASE + "/actueel/nieuws/2026/05/06/campagne-gestart/",
    }


def test_robots_txt_keeps_search_results_out_and_names_the_sitemap(anonymous_client):
    response = anonymous_client.get("/robots.txt")
    lines = response.content.decode().splitlines()
    assert "Disallow: /zoeken/" in lines
    assert "Disallow: /*?q=" in lines
    assert any(line.startswith("Sitemap: ") and line.endswith("/sitemap.xml") for line in lines)
    # Filtered listings stay crawlable so that crawlers can see their noindex.
    assert not any("soort" in line or "thema" in line for line in lines)


def test_filtered_document_listing_is_marked_noindex(anonymous_client, site):
    response = anonymous_client.get("/documenten/?soort=checklist&thema=nazorg")
    assert parse(response).find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


def security_txt_fields(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert text.endswith("\n")
    fields = {}
    for line in text.splitlines():
        name, separator, value = line.partition(": ")
        assert separator and re.fullmatch(r"[A-Za-z-]+", name), f"not a field: {line!r}"
        fields.setdefault(name, []).append(value)
    return fields


def test_security_txt_follows_rfc_9116(anonymous_client, site, settings):
    settings.SECURITY_CONTACT = "mailto:cvd@bzk.test"
    fields = security_txt_fields(anonymous_client)
    # Required: at least one Contact and exactly one Expires.
    assert fields["Contact"] == ["mailto:cvd@bzk.test"]
    assert len(fields["Expires"]) == 1
    expires = datetime.datetime.strptime(fields["Expires"][0], "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=datetime.UTC
    )
    now = timezone.now()
    assert now + datetime.timedelta(days=30) < expires < now + datetime.timedelta(days=365)
    assert fields["Canonical"] == [
        "https://www.veiligepubliekedienstverlening.nl/.well-known/security.txt"
    ]
    assert fields["Preferred-Languages"] == ["nl, en"]
    assert not anonymous_client.get("/.well-known/security.txt").cookies


def test_security_txt_contact_comes_from_site_settings(anonymous_client, site):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.security_contact = "https://www.example.nl/kwetsbaarheid-melden"
    site_settings.save()
    assert security_txt_fields(anonymous_client)["Contact"] == [
        "https://www.example.nl/kwetsbaarheid-melden"
    ]
    site_settings.security_contact = "cvd@example.nl"  # typed without mailto:
    site_settings.save()
    assert security_txt_fields(anonymous_client)["Contact"] == ["mailto:cvd@example.nl"]


def test_without_any_contact_there_is_no_security_txt_rather_than_a_made_up_one(
    anonymous_client, site, settings
):
    settings.SECURITY_CONTACT = ""
    assert anonymous_client.get("/.well-known/security.txt").status_code == 404


def test_security_txt_expires_is_never_in_the_past(anonymous_client, monkeypatch, settings):
    settings.SECURITY_CONTACT = "mailto:cvd@bzk.test"
    later = timezone.now() + datetime.timedelta(days=3650)
    monkeypatch.setattr("core.security_txt.timezone.now", lambda: later)
    expires = datetime.datetime.strptime(
        security_txt_fields(anonymous_client)["Expires"][0], "%Y-%m-%dT%H:%M:%SZ"
    ).replace(tzinfo=datetime.UTC)
    assert expires > later


def test_security_txt_canonical_is_https_even_when_the_base_url_is_not(settings, anonymous_client):
    settings.SECURITY_CONTACT = "mailto:cvd@bzk.test"
    settings.CANONICAL_BASE_URL = "http://127.0.0.1:8000"
    assert security_txt_fields(anonymous_client)["Canonical"] == [
        "https://127.0.0.1:8000/.well-known/security.txt"
    ]


def sitemap_query_count(client):
    client.get("/sitemap.xml")  # fills the caches every request shares
    with CaptureQueriesContext(connection) as context:
        assert client.get("/sitemap.xml").status_code == 200
    return len(context.captured_queries)


def test_sitemap_query_count_does_not_grow_with_the_number_of_pages(anonymous_client, site):
    few = sitemap_query_count(anonymous_client)
    for n in range(15):
        StandardPageFactory(slug=f"extra-{n}")
        NewsPageFactory(slug=f"extra-nieuws-{n}")
    assert sitemap_query_count(anonymous_client) == few
