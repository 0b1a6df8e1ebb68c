"""The listing at /ervaringen-uit-de-praktijk/: filters, counts, chips, sorting, paging, bad input.

Expectations are computed from the demo content (practice/demo_content.py), which the session
fixture loaded.
"""

import html as html_lib
import re
from urllib.parse import urlencode

import pytest
from django.utils.text import slugify

from core.query import MAX_QUERY_LENGTH
from practice.demo import examples
from tests.practice.conftest import LISTING_URL
from tests.practice.factories import PracticeExamplePageFactory, bulk_create_examples

PRACTICE_EXAMPLES = [{"slug": source.slug, **source.data} for source in examples()]

pytestmark = pytest.mark.django_db

DEMO_FIELDS = {
    "thema": lambda data: data["themes"],
    "organisatie": lambda data: [slugify(data["organisation_type"])],
    "provincie": lambda data: [slugify(data["province"])],
    "agressie": lambda data: data["aggression_types"],
    "werksituatie": lambda data: data["work_settings"],
}


def expected_slugs(**chosen):
    """Demo examples matching the choice: any value within a facet, every facet."""
    return {
        data["slug"]
        for data in PRACTICE_EXAMPLES
        if all(set(values) & set(DEMO_FIELDS[param](data)) for param, values in chosen.items())
    }


def get_listing(client, params=None):
    query = urlencode(params or {}, doseq=True)
    response = client.get(f"{LISTING_URL}?{query}" if query else LISTING_URL)
    assert response.status_code == 200
    return response


def all_result_slugs(client, params):
    """The slugs on every results page (12 a page)."""
    slugs, page = [], 1
    while True:
        listing = get_listing(client, {**params, "pagina": page}).context["listing"]
        slugs += [example.slug for example in listing.page.object_list]
        if not listing.page.has_next():
            return slugs
        page += 1


def option(listing, param, value):
    facet = next(f for f in listing.facets if f.param == param)
    return next(o for o in facet.options if o.value == value)


def test_listing_shows_every_demo_example_newest_first(anonymous_client):
    response = get_listing(anonymous_client)
    listing = response.context["listing"]
    assert listing.result_count == len(PRACTICE_EXAMPLES) == 16
    dates = [example.publication_date for example in listing.page.object_list]
    assert dates == sorted(dates, reverse=True)
    assert len(dates) == 12  # the first page
    assert not response.cookies


def test_values_within_one_facet_combine_with_or(anonymous_client):
    params = {"provincie": ["utrecht", "zeeland"]}
    assert set(all_result_slugs(anonymous_client, params)) == expected_slugs(**params)
    assert len(expected_slugs(**params)) == 3
    params = {"agressie": ["online", "discriminatie"]}
    assert set(all_result_slugs(anonymous_client, params)) == expected_slugs(**params)


def test_facets_combine_with_and(anonymous_client):
    params = {"provincie": ["utrecht", "noord-holland"], "agressie": ["bedreiging"]}
    result = set(all_result_slugs(anonymous_client, params))
    assert result == expected_slugs(**params)
    assert result < expected_slugs(provincie=params["provincie"])
    params = {"thema": ["preventie"], "organisatie": ["gemeente"], "werksituatie": ["huisbezoek"]}
    assert set(all_result_slugs(anonymous_client, params)) == expected_slugs(**params)


@pytest.mark.parametrize(
    "chosen",
    [{}, {"provincie": ["utrecht"]}, {"agressie": ["verbaal", "fysiek"], "thema": ["preventie"]}],
)
def test_each_option_shows_how_many_examples_it_gives(anonymous_client, chosen):
    listing = get_listing(anonymous_client, chosen).context["listing"]
    for facet in listing.facets:
        for opt in facet.options:
            # The examples with this option that match every other facet: what the visitor
            # sees with only this option ticked in its facet.
            with_option = {**chosen, facet.param: [opt.value]}
            assert opt.count == len(expected_slugs(**with_option)), (facet.param, opt.value)
    html = get_listing(anonymous_client, chosen).content.decode()
    first = option(listing, "organisatie", "gemeente")
    assert (
        f'Gemeente <span class="vp-facet__count" data-filter-count>({first.count})</span>' in html
    )


def test_chosen_values_show_as_chips_that_each_drop_one_value(anonymous_client):
    params = {"provincie": ["utrecht", "zeeland"], "agressie": ["bedreiging"], "q": "aangifte"}
    html = get_listing(anonymous_client, params).content.decode()
    chips = re.findall(r'<a class="vp-chip" href="([^"]+)">(.*?)</a>', html)
    labels = [re.sub(r"<[^>]+>", "", label).replace("×", "").strip() for _, label in chips]
    assert labels == [
        "Haal filter weg: Provincie: Utrecht",
        "Haal filter weg: Provincie: Zeeland",
        "Haal filter weg: Soort agressie: Bedreiging",
        "Haal filter weg: Zoekterm: aangifte",
    ]
    without_utrecht = html_lib.unescape(chips[0][0])
    assert without_utrecht == f"{LISTING_URL}?provincie=zeeland&agressie=bedreiging&q=aangifte"
    listing = anonymous_client.get(without_utrecht).context["listing"]
    assert [o.value for f in listing.facets for o in f.selected] == ["zeeland", "bedreiging"]
    assert f'<a class="nl-link vp-chips__reset" href="{LISTING_URL}">Wis alle filters</a>' in html
    assert 'class="vp-chip"' not in get_listing(anonymous_client).content.decode()


@pytest.mark.parametrize(
    ("params", "noindex"),
    [
        ({}, False),
        ({"provincie": "utrecht"}, False),
        ({"provincie": ["utrecht", "zeeland"]}, True),
        ({"provincie": "utrecht", "thema": "nazorg"}, True),
        ({"q": "balie"}, True),
        ({"provincie": "bestaat-niet"}, True),
    ],
)
def test_more_than_one_filter_value_is_not_indexed(anonymous_client, params, noindex):
    html = get_listing(anonymous_client, params).content.decode()
    assert ('<meta name="robots" content="noindex, follow">' in html) is noindex
    # The canonical address is the listing itself, never a filtered variant.
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)
    assert canonical.endswith(LISTING_URL)
    assert "?" not in canonical


def test_sort_by_title(anonymous_client):
    listing = get_listing(anonymous_client, {"sorteer": "titel"}).context["listing"]
    titles = [example.title for example in listing.page.object_list]
    everything = sorted((data["title"] for data in PRACTICE_EXAMPLES), key=str.lower)
    assert titles == everything[:12]
    html = get_listing(anonymous_client, {"sorteer": "titel"}).content.decode()
    assert '<option value="titel" selected>' in html


def test_pagination_keeps_every_filter(anonymous_client, index_page):
    province = "flevoland"
    params = {"provincie": province}
    bulk_create_examples(index_page, 300, seed=7)
    listing = get_listing(anonymous_client, params).context["listing"]
    assert listing.page.paginator.num_pages > 1
    html = get_listing(anonymous_client, {**params, "q": "veilig", "sorteer": "titel"}).content
    links = re.findall(r'class="vp-pagination__link" href="\?([^"]+)"', html.decode())
    assert links
    for link in links:
        assert html_lib.unescape(link).startswith(
            "provincie=flevoland&q=veilig&sorteer=titel&pagina="
        )
    page_two = get_listing(anonymous_client, {**params, "pagina": 2}).context["listing"]
    first_page = {example.pk for example in listing.page.object_list}
    assert page_two.page.number == 2
    assert not first_page & {example.pk for example in page_two.page.object_list}
    # Every result on page two still matches the filter.
    assert all(
        {p.slug for p in example.provinces.all()} == {province}
        for example in page_two.page.object_list
    )


def test_empty_result_explains_and_offers_a_reset(anonymous_client):
    html = get_listing(
        anonymous_client, {"provincie": "limburg", "werksituatie": "huisbezoek"}
    ).content.decode()
    assert (
        '<p class="vp-result-count" role="status" data-filter-status>Geen voorbeelden gevonden'
        in html
    )
    assert "Er zijn geen voorbeelden die bij uw keuze passen" in html
    assert f'<a class="nl-link" href="{LISTING_URL}">bekijk alle voorbeelden</a>' in html


def test_result_count_is_in_a_status_region(anonymous_client):
    html = get_listing(anonymous_client, {"provincie": ["utrecht", "zeeland"]}).content.decode()
    assert re.search(r'role="status" data-filter-status>\s*3 voorbeelden gevonden', html)


def test_text_query_searches_title_organisation_and_story(anonymous_client):
    by_org = get_listing(anonymous_client, {"q": "zuiderhaven"}).context["listing"]
    assert [e.slug for e in by_org.page.object_list] == ["zuiderhaven-reageert-binnen-48-uur"]
    # Every word must match; words may come from different fields.
    both = get_listing(anonymous_client, {"q": "Veenstede boa"}).context["listing"]
    assert [e.slug for e in both.page.object_list] == ["veenstede-boas-samen-op-straat"]
    assert (
        get_listing(anonymous_client, {"q": "Veenstede waterschap"}).context["listing"].result_count
        == 0
    )
    # LIKE wildcards are taken literally.
    assert get_listing(anonymous_client, {"q": "%"}).context["listing"].result_count == 0
    assert get_listing(anonymous_client, {"q": "_"}).context["listing"].result_count == 0


def test_unpublished_examples_are_not_listed_or_counted(anonymous_client, index_page):
    draft = PracticeExamplePageFactory(parent=index_page, title="Geheim concept", live=False)
    visible = PracticeExamplePageFactory(parent=index_page, title="Zichtbaar nieuw voorbeeld")
    listing = get_listing(anonymous_client).context["listing"]
    assert listing.result_count == 17
    slugs = [e.slug for e in listing.page.object_list]
    assert visible.slug in slugs and draft.slug not in slugs


BAD_QUERIES = [
    "provincie=bestaat-niet",
    "provincie=",
    "provincie=%00",
    "provincie=utrecht&provincie=utrecht",
    "provincie%5B%5D=utrecht",
    "thema=" + "x" * 5000,
    "agressie=%F0%9F%98%80&werksituatie=%E2%80%AE",
    "organisatie=1%27%20OR%201%3D1",
    "q=" + "a" * 10_000,
    "q=" + "woord%20" * 2000,
    "q=%00%01%02%1F",
    "q=%C3%A9%F0%9F%98%80%20%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "q=%FF%FE",
    "q=%25%5F%5C",
    "pagina=abc",
    "pagina=9999",
    "pagina=-5",
    "pagina=0",
    "pagina=1e9",
    "pagina=99999999999999999999999999",
    "pagina=%00",
    "sorteer=DROP%20TABLE",
    "sorteer=",
    "q&provincie&pagina",
    "%",
    "&&&=&=",
]


@pytest.mark.parametrize("query", BAD_QUERIES, ids=lambda q: q[:40])
def test_bad_input_never_gives_an_error(anonymous_client, query):
    response = anonymous_client.get(f"{LISTING_URL}?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert html.count("<h1") == 1


def test_unknown_values_are_ignored_with_a_message(anonymous_client):
    response = get_listing(anonymous_client, {"provincie": ["utrecht", "atlantis"]})
    listing = response.context["listing"]
    assert listing.result_count == len(expected_slugs(provincie=["utrecht"]))
    html = response.content.decode()
    assert "Provincie: ‘atlantis’ kennen we niet. We hebben dit filter weggelaten." in html
    # Only real values travel on in links.
    assert "atlantis" not in html.split('class="vp-chips"')[1]


def test_page_out_of_range_shows_the_last_page_with_a_message(anonymous_client):
    listing = get_listing(anonymous_client, {"pagina": "9999"}).context["listing"]
    assert listing.page.number == 2
    assert "Pagina ‘9999’ bestaat niet. U ziet pagina 2." in listing.messages
    listing = get_listing(anonymous_client, {"pagina": "abc"}).context["listing"]
    assert listing.page.number == 1


def test_huge_query_is_shortened_with_a_message(anonymous_client):
    listing = get_listing(anonymous_client, {"q": "balie " * 3000}).context["listing"]
    assert len(listing.query) <= MAX_QUERY_LENGTH
    assert any("te lang" in message for message in listing.messages)


def test_listing_offers_the_feed_and_a_plain_form(anonymous_client):
    html = get_listing(anonymous_client).content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Nieuwe ervaringen uit de praktijk" '
        f'href="{LISTING_URL}feed/">'
    ) in html
    form = html.split('<form class="vp-facets"')[1].split("</form>")[0]
    assert 'method="get"' in form
    assert "csrfmiddlewaretoken" not in form
    assert '<button class="vp-button vp-button--primary" type="submit">' in form
    assert " style=" not in html and "<script>" not in html
    assert html.count("<h1") == 1


def test_listing_is_in_the_main_navigation(anonymous_client):
    nav = anonymous_client.get("/").content.decode().split('aria-label="Hoofdmenu"')[1]
    assert f'href="{LISTING_URL}"' in nav.split("</nav>")[0]
