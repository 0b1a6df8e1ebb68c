"""Actueel: dated news addresses, the overview, pagination and the feeds."""

import datetime
import re
import xml.etree.ElementTree as ET
from urllib.parse import unquote

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from tests.html import parse, texts
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db

DATED_URL = re.compile(r"^/actueel/nieuws/(\d{4})/(\d{2})/(\d{2})/([-a-z0-9]+)/$")
ATOM = "{http://www.w3.org/2005/Atom}"


# (title, slug, publication date) of the news items, oldest first.
NEWS_ITEMS = [
    ("Norm 'Stop Agressie Samen' gelanceerd", "norm-gelanceerd", datetime.date(2023, 1, 31)),
    (
        "Landelijke afspraken opnieuw geëvalueerd",
        "afspraken-geevalueerd",
        datetime.date(2024, 3, 15),
    ),
    ("Nieuwe website is online", "nieuwe-website", datetime.date(2025, 9, 1)),
    ("Deel uw aanpak!", "deel-uw-aanpak", datetime.date(2026, 2, 10)),
]
NEWEST_FIRST = [title for title, _, _ in reversed(NEWS_ITEMS)]


@pytest.fixture(scope="module")
def news(module_db):
    index = NewsIndexPageFactory(show_in_menus=True)
    for title, slug, date in NEWS_ITEMS:
        NewsPageFactory(parent=index, title=title, slug=slug, publication_date=date)
    return index


@pytest.fixture
def news_index(news):
    return NewsIndexPage.objects.get(pk=news.pk)


def make_news(news_index, slug, date, **kwargs):
    return NewsPageFactory(parent=news_index, slug=slug, publication_date=date, **kwargs)


def overview_titles(response):
    return texts(parse(response).select(".vp-news-list__title a"))


def test_news_items_live_at_their_dated_address(anonymous_client, news):
    for title, slug, date in NEWS_ITEMS:
        page = NewsPage.objects.get(slug=slug)
        assert page.url == f"/actueel/nieuws/{date:%Y/%m/%d}/{slug}/"
        assert DATED_URL.match(page.url)
        response = anonymous_client.get(page.url)
        assert response.status_code == 200
        document = parse(response)
        assert texts(document.find_all("h1")) == [title]
        assert document.find("time", datetime=date.isoformat())
        assert not response.cookies


def test_the_plain_tree_address_redirects_permanently_to_the_dated_one(anonymous_client, news):
    response = anonymous_client.get("/actueel/norm-gelanceerd/")
    assert response.status_code == 301
    assert response["Location"] == "/actueel/nieuws/2023/01/31/norm-gelanceerd/"


def test_a_changed_publication_date_moves_the_address_and_old_links_still_work(
    anonymous_client, news_index
):
    page = make_news(news_index, "verschoven", datetime.date(2025, 5, 1))
    old_url = page.url
    page.publication_date = datetime.date(2025, 6, 2)
    page.save_revision().publish()
    assert page.url == "/actueel/nieuws/2025/06/02/verschoven/"
    response = anonymous_client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == "/actueel/nieuws/2025/06/02/verschoven/"


@pytest.mark.parametrize(
    "path",
    [
        "/actueel/nieuws/2023/01/31/bestaat-niet/",
        "/actueel/nieuws/2023/13/31/",
        "/actueel/nieuws/23/01/31/norm-gelanceerd/",
        "/actueel/nieuws/",
    ],
)
def test_unknown_news_addresses_give_404(anonymous_client, news, path):
    assert anonymous_client.get(path).status_code == 404


def test_drafts_and_private_items_are_not_served_at_the_dated_address(anonymous_client, news_index):
    draft = make_news(news_index, "concept", datetime.date(2025, 1, 2))
    dated = draft.url
    draft.unpublish()
    assert anonymous_client.get(dated).status_code == 404

    private = make_news(news_index, "intern", datetime.date(2025, 1, 3))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    response = anonymous_client.get(private.url)
    assert response.status_code == 302
    assert "next=/actueel/nieuws/2025/01/03/intern/" in unquote(response["Location"])


def test_editors_can_preview_a_news_item(admin_client, news):
    page = NewsPage.objects.get(slug="norm-gelanceerd")
    response = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert texts(parse(response).find_all("h1")) == ["Norm 'Stop Agressie Samen' gelanceerd"]


def test_overview_lists_newest_first_with_pagination(anonymous_client, news_index):
    for day in range(1, 12):
        make_news(news_index, f"bericht-{day}", datetime.date(2020, 1, day), title=f"Oud {day}")
    first = anonymous_client.get("/actueel/")
    assert overview_titles(first) == NEWEST_FIRST + [f"Oud {day}" for day in range(11, 5, -1)]
    assert parse(first).find("a", href="?pagina=2")

    second = anonymous_client.get("/actueel/?pagina=2")
    assert overview_titles(second) == [f"Oud {day}" for day in range(5, 0, -1)]
    document = parse(second)
    assert document.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"
    assert document.title.get_text().startswith("Actueel (pagina 2) – ")
    assert anonymous_client.get("/actueel/?pagina=onzin").status_code == 200


def overview_query_count(client):
    client.get("/actueel/")  # fills the caches every request shares
    with CaptureQueriesContext(connection) as context:
        assert client.get("/actueel/").status_code == 200
    return len(context.captured_queries)


def test_overview_query_count_does_not_grow_with_the_number_of_items(anonymous_client, news_index):
    few = overview_query_count(anonymous_client)
    for day in range(1, 26):
        make_news(news_index, f"extra-{day}", datetime.date(2026, 11, day))
    assert overview_query_count(anonymous_client) == few


def test_rss_feed_lists_items_newest_first_with_absolute_dated_links(anonymous_client, news):
    response = anonymous_client.get("/actueel/feed/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own output
    assert channel.findtext("language") == "nl"
    assert channel.findtext("link") == settings.CANONICAL_BASE_URL + "/actueel/"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == NEWEST_FIRST
    for item in items:
        link = item.findtext("link")
        assert link.startswith(settings.CANONICAL_BASE_URL + "/actueel/nieuws/")
        assert DATED_URL.match(link.removeprefix(settings.CANONICAL_BASE_URL))
        assert item.findtext("pubDate") and item.findtext("description")


def test_atom_feed_is_valid_and_linked_from_the_overview(anonymous_client, news):
    response = anonymous_client.get("/actueel/feed/atom/")
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)  # noqa: S314 - our own output
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4
    assert entries[0].find(f"{ATOM}link").get("href").startswith(settings.CANONICAL_BASE_URL)
    alternate = parse(anonymous_client.get("/actueel/")).find(
        "link", rel="alternate", type="application/rss+xml"
    )
    assert alternate["href"] == "/actueel/feed/"


def test_news_lives_below_one_overview_below_home(home_page, news_index):
    assert NewsIndexPage.can_exist_under(home_page)
    assert not NewsIndexPage.can_create_at(home_page)  # max_count = 1
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert "news.NewsIndexPage" in HomePage.subpage_types
    assert not NewsPage.can_exist_under(ThemePageFactory())


def test_news_overview_is_in_the_main_navigation(anonymous_client, news):
    nav = parse(anonymous_client.get("/actueel/")).find("nav", attrs={"aria-label": "Hoofdmenu"})
    assert nav.find("a", href="/actueel/")["aria-current"] == "page"


def test_editors_can_add_a_news_item_with_dutch_labels(admin_client, news_index):
    response = admin_client.get(f"/admin/pages/add/news/newspage/{news_index.pk}/")
    assert response.status_code == 200
    text = parse(response).get_text()
    for label in ("Publicatiedatum", "Inleiding", "Inhoud"):
        assert label in text
    assert "/actueel/nieuws/2026/10/01/titel/" in text  # the help text explains the address
