"""Helpers for the legacy redirect tests, and the site they redirect to.

The shipped map (redirects/agressievrijwerk.csv) points at pages of the new site. The tests build
exactly those pages, plus the nazorg theme some tests use, and import the map with the real
importer. That site is built once per test class (`shipped_site`, on top of `class_db`) and rolled
back after the class's last test; every test still runs in its own savepoint within it.
"""

import csv
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client

from legacy.importer import SHIPPED_CSV, import_file
from tests.home.factories import site_home_page
from tests.themes.factories import DocumentLibraryPageFactory, ThemePageFactory, TopicPageFactory

LEGACY_HOSTS = ["agressievrijwerk.nl", "www.agressievrijwerk.nl"]
CANONICAL_HOST = urlsplit(settings.CANONICAL_BASE_URL).hostname
# Pages the tests use beyond the targets of the shipped map.
EXTRA_PATHS = ["/nazorg/", "/nazorg/wees-de-rots/"]


def shipped_rows():
    with SHIPPED_CSV.open(encoding="utf-8") as file:
        return [(row["old_path"], row["new_path"]) for row in csv.DictReader(file)]


def canonical(path):
    return settings.CANONICAL_BASE_URL + path


def title_for(slug):
    return slug.replace("-", " ").capitalize()


def build_pages(paths):
    """Live pages at these paths: a theme (or the document library) with its topics."""
    home = site_home_page()
    sections = {}
    for path in paths:
        slugs = [slug for slug in path.split("/") if slug]
        if not slugs:
            continue  # the home page
        section_slug, *rest = slugs
        if section_slug not in sections:
            factory = (
                DocumentLibraryPageFactory if section_slug == "documenten" else ThemePageFactory
            )
            sections[section_slug] = factory(
                parent=home, slug=section_slug, title=title_for(section_slug)
            )
        for slug in rest:
            section = sections[section_slug]
            if not section.get_children().filter(slug=slug).exists():
                TopicPageFactory(parent=section, slug=slug, title=title_for(slug))
    return home


def build_shipped_site():
    """The pages the shipped map points at, and the map itself, imported as the demo loader does."""
    build_pages([new_path for _old_path, new_path in shipped_rows()] + EXTRA_PATHS)
    result = import_file(SHIPPED_CSV, update_existing=False)
    assert not result.problems, result.problems
    return result


@pytest.fixture(scope="class")
def shipped_site(class_db):
    """The shipped site, built once for the test class (rolled back after it, see class_db)."""
    return build_shipped_site()


@pytest.fixture
def legacy_get(client):
    """GET path on a legacy host; never follows redirects."""

    def get(path, host="agressievrijwerk.nl", **extra):
        return client.get(path, HTTP_HOST=host, **extra)

    return get


@pytest.fixture
def canonical_get():
    """GET a full canonical address with the test client, as a browser that followed a 301."""
    client = Client()

    def get(url):
        parts = urlsplit(url)
        assert parts.hostname == CANONICAL_HOST, url
        return client.get(parts.path, {}, HTTP_HOST=CANONICAL_HOST, secure=True)

    return get
