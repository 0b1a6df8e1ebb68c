"""Dutch full-text search: stemming and accents on PostgreSQL, a usable fallback on SQLite."""

import pytest
from django.conf import settings
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.query import clean_query
from search.query import build_search_query
from tests.core.factories import stream_json as body
from tests.search.helpers import requires_postgres
from tests.themes.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


OUR_PAGES = {f"Pagina {letter}" for letter in "ABCDE"}


def titles_found(text):
    """Which of the pages made by the `pages` fixture a search finds (their theme and the home
    page may match as well)."""
    query = build_search_query(clean_query(text).terms)
    return {page.title for page in Page.objects.live().search(query)} & OUR_PAGES


@pytest.fixture
def pages(theme):
    def make(slug, title, text):
        return TopicPageFactory(
            parent=theme, slug=slug, title=title, intro=text, body=body(("text", f"<p>{text}</p>"))
        )

    make("a", "Pagina A", "Wat doet u bij agressie aan de balie?")
    make("b", "Pagina B", "Medewerkers melden elk incident bij de leidinggevende.")
    make("c", "Pagina C", "De crème de la crème van de façade-inspecteurs à la carte.")
    make("d", "Pagina D", "Een café met een naïeve coördinator.")
    make("e", "Pagina E", "Helemaal iets anders: fietsenstalling.")


@requires_postgres
def test_search_backend_uses_the_dutch_configuration_without_accents():
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] == "dutch_unaccent"
    assert get_search_backend().config == "dutch_unaccent"
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('dutch_unaccent', 'Crème façade medewerkers')::text")
        assert cursor.fetchone()[0] == "'crem':1 'facad':2 'medewerker':3"


@requires_postgres
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("agressieve", {"Pagina A"}),  # an adjective finds the noun
        ("agressief", {"Pagina A"}),
        ("medewerker", {"Pagina B"}),  # singular finds plural
        ("incidenten", {"Pagina B"}),  # plural finds singular
        ("leidinggevenden", {"Pagina B"}),
        ("AGRESSIE BALIE", {"Pagina A"}),  # case does not matter
    ],
)
def test_dutch_stemming_on_postgresql(pages, typed, expected):
    assert titles_found(typed) == expected


@requires_postgres
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("creme", {"Pagina C"}),  # è is not in the Dutch alphabet: unaccent handles it
        ("facade", {"Pagina C"}),  # ç
        ("a la carte", {"Pagina C"}),  # à
        ("cafe", {"Pagina D"}),
        ("naieve coordinator", {"Pagina D"}),
        ("coördinator", {"Pagina D"}),
        ("crème", {"Pagina C"}),
    ],
)
def test_accents_are_ignored_on_postgresql(pages, typed, expected):
    assert titles_found(typed) == expected


@requires_postgres
def test_search_page_finds_agressie_for_agressieve_on_postgresql(anonymous_client, pages):
    html = anonymous_client.get("/zoeken/", {"q": "agressieve balie"}).content.decode()
    assert ">Pagina A</a>" in html
    assert "bij <mark>agressie</mark> aan de <mark>balie</mark>" in html


def test_search_works_on_every_database(pages):
    """The embedded SQLite default has no stemming, but whole words, case, the -ie/-ief/-ieve
    family and several words together work everywhere."""
    assert titles_found("fietsenstalling") == {"Pagina E"}
    assert titles_found("FIETSENSTALLING") == {"Pagina E"}
    assert titles_found("agressieve") == {"Pagina A"}
    assert titles_found("agressie balie") == {"Pagina A"}
    assert titles_found("agressie fietsenstalling") == set()
