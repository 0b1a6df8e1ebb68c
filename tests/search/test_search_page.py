"""The search page /zoeken/: results, filter by kind, pagination, promotions, odd input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.core.factories import DocumentFactory
from tests.html import parse, texts
from tests.news.factories import NewsPageFactory, site_news_index
from tests.search.helpers import parse_head
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db


def results_list(response):
    """The <ol> of ordinary results (promoted results are in a list of their own)."""
    return parse(response).find("ol", class_="vp-search-results")


def result_titles(response):
    results = results_list(response)
    return texts(results.select(".vp-search-result__title a")) if results else []


def kind_counts(response):
    nav = parse(response).find("nav", class_="vp-search-filter")
    if nav is None:
        return {}
    counts = {}
    for link in nav.find_all("a"):
        count = link.find(class_="vp-search-filter__count")
        counts[link.contents[0].strip()] = int(count.get_text().strip("()"))
    return counts


def suggested_links(response):
    heading = parse(response).find(id="suggested-heading")
    return [link["href"] for link in heading.find_parent("section").select("a.vp-topic-list__link")]


@pytest.fixture
def four_themes(db):
    return [
        ThemePageFactory(title=title) for title in ("Voorkomen", "Handelen", "Nazorg", "Beleid")
    ]


def test_empty_search_page_suggests_the_themes_and_is_not_indexed(anonymous_client, four_themes):
    response = anonymous_client.get("/zoeken/")
    assert response.status_code == 200
    assert not response.cookies
    assert response["X-Robots-Tag"] == "noindex"
    document = parse(response)
    assert document.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"
    assert len(document.find_all("h1")) == 1
    assert suggested_links(response) == [theme.url for theme in four_themes]
    assert (
        parse_head(response.content.decode()).title == "Zoeken – Veilige publieke dienstverlening"
    )


def test_results_show_title_kind_breadcrumb_and_marked_excerpt(anonymous_client, make_topics):
    make_topics(1, "kruimelproef", intro="Een tekst over de kruimelproef & <b>meer</b>.")
    response = anonymous_client.get("/zoeken/", {"q": "Kruimelproef"})
    [result] = results_list(response).find_all("li")
    link = result.select_one(".vp-search-result__title a")
    assert link.get_text() == "Onderwerp kruimelproef 0"
    assert link["href"] == "/proefthema/kruimelproef-0/"
    assert texts(result.select(".vp-search-result__kind")) == ["Onderwerp"]
    assert texts(result.select(".vp-search-result__path")) == ["Home › Proefthema"]
    # Escaped first, then marked: the page's own markup is shown as text.
    assert "Een tekst over de <mark>kruimelproef</mark> &amp; &lt;b&gt;meer&lt;/b&gt;." in str(
        result
    )
    assert [mark.get_text() for mark in result.find_all("mark")] == ["kruimelproef"]
    assert not result.find("b")
    # The header search box shows the query again.
    assert parse(response).find("input", attrs={"name": "q", "value": "Kruimelproef"})
    assert "Zoekresultaten voor ‘Kruimelproef’" in parse_head(response.content.decode()).title


def test_filter_by_kind_shows_counts_and_only_that_kind(anonymous_client, make_topics):
    make_topics(3, "filterproef")
    NewsPageFactory(parent=site_news_index(), title="Nieuws over filterproef", slug="np-1")
    NewsPageFactory(parent=site_news_index(), title="Nog meer filterproef", slug="np-2")
    DocumentFactory(title="Filterproef checklist", description="Een document.")

    response = anonymous_client.get("/zoeken/", {"q": "filterproef"})
    assert kind_counts(response) == {"Alles": 6, "Onderwerp": 3, "Nieuws": 2, "Document": 1}
    assert "6 resultaten voor ‘filterproef’" in parse(response).get_text()
    assert len(result_titles(response)) == 6

    news_only = anonymous_client.get("/zoeken/", {"q": "filterproef", "soort": "nieuws"})
    assert sorted(result_titles(news_only)) == ["Nieuws over filterproef", "Nog meer filterproef"]
    current = parse(news_only).select("nav.vp-search-filter a[aria-current]")
    assert [link["href"].endswith("soort=nieuws") for link in current] == [True]

    documents_only = anonymous_client.get("/zoeken/", {"q": "filterproef", "soort": "document"})
    assert result_titles(documents_only) == ["Filterproef checklist"]
    assert results_list(documents_only).select(".vp-search-result__detail")

    # An unknown kind is ignored rather than giving an empty or broken page.
    unknown = anonymous_client.get("/zoeken/", {"q": "filterproef", "soort": "onzin"})
    assert len(result_titles(unknown)) == 6


def test_news_results_link_to_the_dated_address(anonymous_client):
    news = NewsPageFactory(parent=site_news_index(), title="Datumproef", slug="datumproef")
    news.publication_date = news.publication_date.replace(year=2025, month=3, day=4)
    news.save_revision().publish()
    response = anonymous_client.get("/zoeken/", {"q": "datumproef"})
    links = results_list(response).select(".vp-search-result__title a")
    assert [link["href"] for link in links] == ["/actueel/nieuws/2025/03/04/datumproef/"]


def test_pagination_keeps_the_query_and_the_kind(anonymous_client, make_topics):
    make_topics(13, "bladerproef")
    first = anonymous_client.get("/zoeken/", {"q": "bladerproef", "soort": "onderwerp"})
    assert len(result_titles(first)) == 10
    assert parse(first).find("a", href="?q=bladerproef&soort=onderwerp&pagina=2")
    second = anonymous_client.get(
        "/zoeken/", {"q": "bladerproef", "soort": "onderwerp", "pagina": "2"}
    )
    assert len(result_titles(second)) == 3
    assert results_list(second)["start"] == "11"
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    # Pagination links carry the cleaned query, not what was typed.
    messy = anonymous_client.get("/zoeken/?q=%00bladerproef%00")
    assert parse(messy).find("a", href="?q=bladerproef&pagina=2")


def test_drafts_private_pages_and_restricted_documents_are_not_found(anonymous_client, make_topics):
    public, draft, private = make_topics(3, "geheimproef")
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    collection = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    DocumentFactory(title="Geheimproef intern", collection=collection)
    DocumentFactory(title="Geheimproef openbaar")

    titles = result_titles(anonymous_client.get("/zoeken/", {"q": "geheimproef"}))
    assert sorted(titles) == ["Geheimproef openbaar", public.title]


def test_nothing_found_gives_tips_and_suggested_pages(anonymous_client, four_themes):
    response = anonymous_client.get("/zoeken/", {"q": "qwertyuiopasdf"})
    text = parse(response).get_text()
    assert "We hebben niets gevonden voor ‘qwertyuiopasdf’" in text
    assert "Controleer de spelling" in text
    assert suggested_links(response) == [theme.url for theme in four_themes]


def test_promoted_results_come_first_and_searches_are_recorded(anonymous_client, make_topics):
    topics = make_topics(2, "promotieproef")
    query = Query.get("promotieproef")
    SearchPromotion.objects.create(
        query=query, page=topics[1], description="Aanbevolen door de redactie.", sort_order=0
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://www.rijksoverheid.nl/",
        external_link_text="Rijksoverheid",
        sort_order=1,
    )
    response = anonymous_client.get("/zoeken/", {"q": "PromotieProef"})
    document = parse(response)
    promoted = document.find("section", class_="vp-search-promoted")
    assert texts(promoted.select(".vp-search-result__title a")) == [
        topics[1].title,
        "Rijksoverheid",
    ]
    assert "Aanbevolen door de redactie." in promoted.get_text()
    sections = document.find_all(
        ["section", "ol"], class_=["vp-search-promoted", "vp-search-results"]
    )
    assert sections.index(promoted) < sections.index(results_list(response))
    assert Query.get("promotieproef").hits == 1

    # Paging through or filtering the same search is not a new search.
    anonymous_client.get("/zoeken/", {"q": "promotieproef", "pagina": "2"})
    anonymous_client.get("/zoeken/", {"q": "promotieproef", "soort": "onderwerp"})
    assert Query.get("promotieproef").hits == 1
    # Promotions are shown once, above the first page of all results.
    filtered = anonymous_client.get("/zoeken/", {"q": "promotieproef", "soort": "onderwerp"})
    assert not parse(filtered).find(id="promoted-heading")


def test_unpublished_promoted_page_is_not_shown(anonymous_client, make_topics):
    topic = make_topics(1, "verlopenproef")[0]
    SearchPromotion.objects.create(query=Query.get("verlopenproef"), page=topic)
    topic.unpublish()
    response = anonymous_client.get("/zoeken/", {"q": "verlopenproef"})
    assert not parse(response).find(id="promoted-heading")


def test_editors_see_the_search_terms_report_and_promotions(admin_client, anonymous_client):
    anonymous_client.get("/zoeken/", {"q": "rapportproef"})
    report = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert report.status_code == 200
    assert "rapportproef" in parse(report).get_text()
    assert admin_client.get(reverse("wagtailsearchpromotions:index")).status_code == 200


BAD_QUERY_STRINGS = [
    ("q=", None),
    ("q=%20%20%20", None),
    ("q=" + "agressie%20" * 1500, "Uw zoekopdracht was erg lang"),
    ("q=" + "x" * 10000, "Uw zoekopdracht was erg lang"),
    ("q=%22agressie", None),
    ("q=%22%22%22", "geen letters of cijfers"),
    ("q='agressie'", None),
    ("q=agressie%20AND%20NOT%20melding%20OR%20%2Bnazorg%20-politie", None),
    ("q=agressie*%20nazorg~2%20(melding)%20NEAR(a%20b)%20a:b", None),
    ("q=%27%3B%20DROP%20TABLE%20wagtailcore_page%3B--", None),
    ("q=1%27%20OR%20%271%27%3D%271", None),
    ("q=%00", "geen letters of cijfers"),
    ("q=agressie%00melding", None),
    ("q=%ED%A0%80", "geen letters of cijfers"),  # a lone surrogate, UTF-8 encoded
    ("q=%FF%FE%FD", "geen letters of cijfers"),  # not UTF-8 at all
    ("q=%E2%80%AEeisserga", None),  # right-to-left override
    ("q=%F0%9F%98%80%F0%9F%94%A5", "geen letters of cijfers"),  # emoji only
    ("q=agre%CC%81ssie", None),  # combining accent
    ("q=%E6%94%BB%E6%92%83", None),  # Chinese
    ("q=%5C%5C%5C%27%27", "geen letters of cijfers"),
    ("q=agressie&q=nazorg", None),
    ("q[]=agressie", None),
    ("q=agressie&pagina=-1", None),
    ("q=agressie&pagina=999999999999999999999", None),
    ("q=agressie&pagina=%00", None),
    ("q=agressie&soort=%00%27", None),
]


@pytest.mark.parametrize(("query_string", "message"), BAD_QUERY_STRINGS)
def test_odd_input_gives_results_or_a_clear_message(anonymous_client, query_string, message):
    response = anonymous_client.get(f"/zoeken/?{query_string}")
    assert response.status_code == 200
    html = response.content.decode()
    if message:
        assert message in parse(html).get_text()
    assert "\x00" not in html
    assert not parse(html).find(id="main-content").find("script")


def test_long_query_is_shown_shortened(anonymous_client):
    response = anonymous_client.get("/zoeken/", {"q": "agressie " * 2000})
    document = parse(response)
    assert "Uw zoekopdracht was erg lang" in document.get_text()
    field = document.find("input", id="search-page-query")["value"]
    assert 0 < len(field) <= 200


def search_query_count(client, word, kind=""):
    with CaptureQueriesContext(connection) as context:
        response = client.get("/zoeken/", {"q": word, "soort": kind})
    assert response.status_code == 200
    return len(context.captured_queries), len(result_titles(response))


def add_topics(make_topics, count, start):
    make_topics(count, f"telproef{start}", title="Telproef onderwerp")


def add_news(make_topics, count, start):
    for n in range(start, start + count):
        NewsPageFactory(parent=site_news_index(), title=f"Telproef nieuws {n}", slug=f"tel-{n}")


def add_documents(make_topics, count, start):
    for n in range(start, start + count):
        DocumentFactory(title=f"Telproef document {n}", description="Over telproef.")


@pytest.mark.parametrize(
    ("add", "kind"),
    [
        (add_topics, ""),
        (add_topics, "onderwerp"),
        (add_news, "nieuws"),
        (add_documents, "document"),
    ],
)
def test_query_count_does_not_grow_with_the_number_of_results(
    anonymous_client, make_topics, add, kind
):
    add(make_topics, 2, 0)
    anonymous_client.get("/zoeken/", {"q": "telproef", "soort": kind})  # Stores the term.
    few_queries, few_results = search_query_count(anonymous_client, "telproef", kind)

    add(make_topics, 30, 100)
    # Adding pages bumps the cache generation; fill the shared caches again, as one visit does.
    anonymous_client.get("/zoeken/", {"q": "telproef", "soort": kind})
    many_queries, many_results = search_query_count(anonymous_client, "telproef", kind)

    assert (few_results, many_results) == (2, 10)
    assert many_queries == few_queries, "a search must not query per result"
    assert many_queries <= 25


def test_the_counts_per_kind_are_made_once_per_search_and_change(anonymous_client, make_topics):
    """The next page of a search (or the next visitor) does not count the kinds again; a change
    does, and shows in the counts."""
    add_topics(make_topics, 12, 0)
    anonymous_client.get("/zoeken/", {"q": "anders"})  # the site's shared parts, kept

    def counting_queries(params):
        with CaptureQueriesContext(connection) as context:
            response = anonymous_client.get("/zoeken/", params)
        grouped = [q for q in context.captured_queries if "GROUP BY" in q["sql"].upper()]
        return response, grouped

    response, grouped = counting_queries({"q": "telproef"})
    assert response.context["total"] == 12 and grouped  # counted per kind, in one query
    response, grouped = counting_queries({"q": "telproef", "pagina": "2"})
    assert response.context["total"] == 12 and not grouped

    add_topics(make_topics, 1, 50)
    response, grouped = counting_queries({"q": "telproef", "pagina": "2"})
    assert response.context["total"] == 13 and grouped


def test_a_page_of_results_is_ranked_once_per_search_and_change(anonymous_client, make_topics):
    """The same page of the same search (the next visitor) runs no full-text query; a change
    ranks it again, and the new page is found."""
    add_topics(make_topics, 12, 0)
    anonymous_client.get("/zoeken/", {"q": "anders"})  # the site's shared parts, kept

    def ranking_queries(params):
        with CaptureQueriesContext(connection) as context:
            response = anonymous_client.get("/zoeken/", params)
        ranked = [q for q in context.captured_queries if "indexentry" in q["sql"].lower()]
        return response, ranked

    first, ranked = ranking_queries({"q": "telproef", "pagina": "2"})
    assert ranked and len(result_titles(first)) == 2
    again, ranked = ranking_queries({"q": "telproef", "pagina": "2"})
    assert not ranked and result_titles(again) == result_titles(first)
    other_page, ranked = ranking_queries({"q": "telproef"})
    assert ranked and len(result_titles(other_page)) == 10  # another slice: ranked for itself

    make_topics(1, "telproefnieuw", title="Telproef net gepubliceerd")
    response, ranked = ranking_queries({"q": "telproef", "pagina": "2"})
    assert ranked and response.context["total"] == 13
    assert len(result_titles(response)) == 3
