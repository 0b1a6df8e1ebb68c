"""The listing at /ervaringen-uit-de-praktijk/: filters, counts, chips, sorting, paging, bad input.

The tests build a library of fourteen examples once (EXAMPLES, below) and compute every expected
result from that table.
"""

import datetime
from urllib.parse import urlencode

from django.test import TestCase

from core.query import MAX_QUERY_LENGTH
from practice.models import AggressionType, OrganisationType, Province, WorkSetting
from tests.home.factories import site_home_page
from tests.html import parse
from tests.practice.conftest import LISTING_URL, inline_scripts, terms, text
from tests.practice.factories import (
    PracticeExamplePageFactory,
    bulk_create_examples,
    site_practice_index,
)
from tests.themes.factories import ThemePageFactory

THEMES = {
    "preventie": "Preventie",
    "handelen-bij-een-incident": "Handelen bij een incident",
    "nazorg": "Nazorg",
}
INCIDENT = "handelen-bij-een-incident"

# title, organisation, organisation type, province, themes, aggression types, work settings, date
EXAMPLES = [
    (
        "Zuiderhaven belt elke dader terug",
        "Gemeente Zuiderhaven",
        "gemeente",
        "zuid-holland",
        [INCIDENT, "nazorg"],
        ["verbaal", "bedreiging"],
        ["balie-en-loket"],
        "2025-03-01",
    ),
    (
        "Boa's lopen voortaan in duo's",
        "Gemeente Veenstede",
        "gemeente",
        "utrecht",
        ["preventie"],
        ["bedreiging", "fysiek"],
        ["op-straat-en-handhaving"],
        "2025-02-10",
    ),
    (
        "Oostmeer traint het personeel aan de balie",
        "Provincie Oostmeer",
        "provincie",
        "zeeland",
        ["preventie"],
        ["verbaal"],
        ["balie-en-loket"],
        "2024-11-05",
    ),
    (
        "Lage Landen maakt huisbezoeken veiliger",
        "Waterschap Lage Landen",
        "waterschap",
        "utrecht",
        ["preventie"],
        ["intimidatie"],
        ["huisbezoek"],
        "2024-09-20",
    ),
    (
        "Online bedreigingen samen melden",
        "Dienst Publieke Zaken",
        "rijksoverheid",
        "noord-holland",
        [INCIDENT],
        ["online", "bedreiging"],
        ["telefoon-en-online"],
        "2025-05-12",
    ),
    (
        "Raadsleden krijgen een vast aanspreekpunt",
        "Gemeente Heidedal",
        "gemeente",
        "gelderland",
        ["nazorg"],
        ["intimidatie", "online"],
        ["raad-en-bestuur"],
        "2024-06-01",
    ),
    (
        "Een rustige wachtruimte bij het loket",
        "Uitvoeringsbureau Werk",
        "uitvoeringsorganisatie",
        "overijssel",
        ["preventie"],
        ["verbaal"],
        ["balie-en-loket"],
        "2023-12-12",
    ),
    (
        "Veiligheidsregio oefent de-escalatie",
        "Veiligheidsregio Noordkust",
        "veiligheidsregio",
        "groningen",
        [INCIDENT],
        ["fysiek"],
        ["op-straat-en-handhaving"],
        "2025-01-15",
    ),
    (
        "Samen tegen discriminatie aan de balie",
        "Gemeenten Rivierland",
        "gemeenschappelijke-regeling",
        "limburg",
        ["preventie", "nazorg"],
        ["discriminatie"],
        ["balie-en-loket"],
        "2024-03-03",
    ),
    (
        "Aangifte doen wordt makkelijker",
        "Gemeente Kleihoven",
        "gemeente",
        "noord-brabant",
        [INCIDENT],
        ["bedreiging"],
        ["balie-en-loket"],
        "2024-10-10",
    ),
    (
        "Gesprek na een incident binnen een week",
        "Gemeente Duinwijk",
        "gemeente",
        "noord-holland",
        ["nazorg"],
        ["verbaal", "fysiek"],
        ["huisbezoek"],
        "2023-08-08",
    ),
    (
        "Handhavers dragen een bodycam",
        "Gemeente Marrum",
        "gemeente",
        "friesland",
        ["preventie", INCIDENT],
        ["fysiek"],
        ["op-straat-en-handhaving"],
        "2025-04-04",
    ),
    (
        "Wijkteam gaat met twee mensen op huisbezoek",
        "Gemeente Beekdal",
        "gemeente",
        "drenthe",
        ["preventie"],
        ["intimidatie"],
        ["huisbezoek"],
        "2024-01-20",
    ),
    (
        "Belteam oefent lastige gesprekken",
        "Provincie Hooglanden",
        "provincie",
        "flevoland",
        ["nazorg"],
        ["verbaal", "discriminatie"],
        ["telefoon-en-online"],
        "2023-05-05",
    ),
]
PER_PAGE = 12

# Which values of a row each filter parameter matches.
ROW_VALUES = {
    "organisatie": lambda row: [row[2]],
    "provincie": lambda row: [row[3]],
    "thema": lambda row: row[4],
    "agressie": lambda row: row[5],
    "werksituatie": lambda row: row[6],
}


def expected_titles(**chosen):
    """Titles of the examples matching the choice: any value within a facet, every facet."""
    return {
        row[0]
        for row in EXAMPLES
        if all(set(values) & set(ROW_VALUES[param](row)) for param, values in chosen.items())
    }


def build_library():
    home = site_home_page()
    themes = {
        slug: ThemePageFactory(parent=home, slug=slug, title=title)
        for slug, title in THEMES.items()
    }
    index = site_practice_index(show_in_menus=True)
    for title, organisation, kind, province, theme_slugs, kinds, settings, date in EXAMPLES:
        PracticeExamplePageFactory(
            parent=index,
            title=title,
            organisation_name=organisation,
            organisation_type=OrganisationType.objects.get(slug=kind),
            provinces=terms(Province, province),
            themes=[themes[slug] for slug in theme_slugs],
            aggression_types=terms(AggressionType, *kinds),
            work_settings=terms(WorkSetting, *settings),
            publication_date=datetime.date.fromisoformat(date),
        )
    return index


class ListingTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = build_library()

    def get_listing(self, params=None):
        query = urlencode(params or {}, doseq=True)
        response = self.client.get(f"{LISTING_URL}?{query}" if query else LISTING_URL)
        self.assertEqual(response.status_code, 200)
        return response

    def listing(self, params=None):
        return self.get_listing(params).context["listing"]

    def all_result_titles(self, params):
        """The titles on every results page."""
        titles, page = [], 1
        while True:
            listing = self.listing({**params, "pagina": page})
            titles += [example.title for example in listing.page.object_list]
            if not listing.page.has_next():
                return titles
            page += 1


class FilterTests(ListingTestCase):
    def test_listing_shows_every_example_newest_first(self):
        response = self.get_listing()
        listing = response.context["listing"]
        self.assertEqual(listing.result_count, len(EXAMPLES))
        dates = [example.publication_date for example in listing.page.object_list]
        self.assertEqual(dates, sorted(dates, reverse=True))
        self.assertEqual(len(dates), PER_PAGE)  # the first page
        newest = max(EXAMPLES, key=lambda row: row[7])
        self.assertEqual(listing.page.object_list[0].title, newest[0])
        self.assertFalse(response.cookies)

    def test_values_within_one_facet_combine_with_or(self):
        params = {"provincie": ["utrecht", "zeeland"]}
        self.assertEqual(set(self.all_result_titles(params)), expected_titles(**params))
        self.assertEqual(len(expected_titles(**params)), 3)
        params = {"agressie": ["online", "discriminatie"]}
        self.assertEqual(set(self.all_result_titles(params)), expected_titles(**params))
        self.assertGreater(
            len(expected_titles(**params)), len(expected_titles(agressie=["online"]))
        )

    def test_facets_combine_with_and(self):
        params = {"provincie": ["utrecht", "noord-holland"], "agressie": ["bedreiging"]}
        result = set(self.all_result_titles(params))
        self.assertEqual(result, expected_titles(**params))
        self.assertTrue(result)
        self.assertLess(result, expected_titles(provincie=params["provincie"]))
        params = {
            "thema": ["preventie"],
            "organisatie": ["gemeente"],
            "werksituatie": ["huisbezoek"],
        }
        self.assertEqual(
            set(self.all_result_titles(params)),
            expected_titles(**params),
        )
        self.assertEqual(expected_titles(**params), {"Wijkteam gaat met twee mensen op huisbezoek"})

    def test_each_option_shows_how_many_examples_it_gives(self):
        for chosen in [
            {},
            {"provincie": ["utrecht"]},
            {"agressie": ["verbaal", "fysiek"], "thema": ["preventie"]},
        ]:
            with self.subTest(chosen=chosen):
                response = self.get_listing(chosen)
                listing = response.context["listing"]
                for facet in listing.facets:
                    for opt in facet.options:
                        # The examples with this option that match every other facet: what the
                        # visitor sees with only this option ticked in its facet.
                        with_option = {**chosen, facet.param: [opt.value]}
                        self.assertEqual(
                            opt.count, len(expected_titles(**with_option)), (facet.param, opt.value)
                        )
                label = parse(response).select_one('label[for="filter-organisatie-gemeente"]')
                count = len(expected_titles(**{**chosen, "organisatie": ["gemeente"]}))
                self.assertEqual(label.get_text(" ", strip=True), f"Gemeente ({count})")
                self.assertEqual(label.select_one("[data-filter-count]").get_text(), f"({count})")

    def test_chosen_values_show_as_chips_that_each_drop_one_value(self):
        params = {"provincie": ["utrecht", "zeeland"], "agressie": ["bedreiging"], "q": "aangifte"}
        page = parse(self.get_listing(params))
        chips = page.select("a.vp-chip")
        labels = [text(chip).removesuffix("×") for chip in chips]
        self.assertEqual(
            labels,
            [
                "Haal filter weg: Provincie: Utrecht",
                "Haal filter weg: Provincie: Zeeland",
                "Haal filter weg: Soort agressie: Bedreiging",
                "Haal filter weg: Zoekterm: aangifte",
            ],
        )
        without_utrecht = chips[0]["href"]
        self.assertEqual(
            without_utrecht, f"{LISTING_URL}?provincie=zeeland&agressie=bedreiging&q=aangifte"
        )
        listing = self.client.get(without_utrecht).context["listing"]
        self.assertEqual(
            [o.value for f in listing.facets for o in f.selected], ["zeeland", "bedreiging"]
        )
        reset = page.select_one("a.vp-chips__reset")
        self.assertEqual(
            (reset["href"], reset.get_text(strip=True)), (LISTING_URL, "Wis alle filters")
        )
        self.assertEqual(parse(self.get_listing()).select("a.vp-chip"), [])

    def test_more_than_one_filter_value_is_not_indexed(self):
        for params, noindex in [
            ({}, False),
            ({"provincie": "utrecht"}, False),
            ({"provincie": ["utrecht", "zeeland"]}, True),
            ({"provincie": "utrecht", "thema": "nazorg"}, True),
            ({"q": "balie"}, True),
            ({"provincie": "bestaat-niet"}, True),
        ]:
            with self.subTest(params=params):
                page = parse(self.get_listing(params))
                robots = [meta["content"] for meta in page.select('meta[name="robots"]')]
                self.assertEqual(robots, ["noindex, follow"] if noindex else [])
                # The canonical address is the listing itself, never a filtered variant.
                canonical = page.select_one('link[rel="canonical"]')["href"]
                self.assertTrue(canonical.endswith(LISTING_URL), canonical)
                self.assertNotIn("?", canonical)

    def test_sort_by_title(self):
        response = self.get_listing({"sorteer": "titel"})
        titles = [example.title for example in response.context["listing"].page.object_list]
        everything = sorted((row[0] for row in EXAMPLES), key=str.lower)
        self.assertEqual(titles, everything[:PER_PAGE])
        selected = parse(response).select("#filter-sort option[selected]")
        self.assertEqual([option["value"] for option in selected], ["titel"])

    def test_pagination_keeps_every_filter(self):
        province = "flevoland"
        params = {"provincie": province}
        bulk_create_examples(self.index, 300, seed=7)
        listing = self.listing(params)
        self.assertGreater(listing.page.paginator.num_pages, 1)
        page = parse(self.get_listing({**params, "q": "veilig", "sorteer": "titel"}))
        links = [link["href"] for link in page.select("a.vp-pagination__link")]
        self.assertTrue(links)
        for link in links:
            self.assertTrue(
                link.startswith("?provincie=flevoland&q=veilig&sorteer=titel&pagina="), link
            )
        page_two = self.listing({**params, "pagina": 2})
        first_page = {example.pk for example in listing.page.object_list}
        self.assertEqual(page_two.page.number, 2)
        self.assertFalse(first_page & {example.pk for example in page_two.page.object_list})
        # Every result on page two still matches the filter.
        for example in page_two.page.object_list:
            self.assertEqual({p.slug for p in example.provinces.all()}, {province})

    def test_empty_result_explains_and_offers_a_reset(self):
        params = {"provincie": "limburg", "werksituatie": "huisbezoek"}
        self.assertEqual(expected_titles(provincie=["limburg"], werksituatie=["huisbezoek"]), set())
        self.assertTrue(expected_titles(provincie=["limburg"]))
        self.assertTrue(expected_titles(werksituatie=["huisbezoek"]))
        page = parse(self.get_listing(params))
        status = page.select_one('.vp-result-count[role="status"][data-filter-status]')
        self.assertEqual(status.get_text(strip=True), "Geen voorbeelden gevonden")
        empty = page.select_one(".vp-empty-state")
        self.assertIn("Er zijn geen voorbeelden die bij uw keuze passen", empty.get_text(" "))
        reset = empty.select_one("a")
        self.assertEqual(
            (reset["href"], reset.get_text(strip=True)), (LISTING_URL, "bekijk alle voorbeelden")
        )

    def test_result_count_is_in_a_status_region(self):
        params = {"provincie": ["utrecht", "zeeland"]}
        page = parse(self.get_listing(params))
        status = page.select_one('[role="status"][data-filter-status]')
        self.assertEqual(
            status.get_text(strip=True), f"{len(expected_titles(**params))} voorbeelden gevonden"
        )

    def test_text_query_searches_title_organisation_and_story(self):
        by_org = self.listing({"q": "zuiderhaven"})
        self.assertEqual(
            [e.title for e in by_org.page.object_list], ["Zuiderhaven belt elke dader terug"]
        )
        # Every word must match; words may come from different fields (organisation, title).
        both = self.listing({"q": "Veenstede boa"})
        self.assertEqual(
            [e.title for e in both.page.object_list], ["Boa's lopen voortaan in duo's"]
        )
        self.assertEqual(self.listing({"q": "waterschap"}).result_count, 1)
        self.assertEqual(self.listing({"q": "Veenstede waterschap"}).result_count, 0)
        # The story counts too: every example has the factory's story text.
        self.assertEqual(
            self.listing({"q": "anderen ervan kunnen leren"}).result_count, len(EXAMPLES)
        )
        # LIKE wildcards are taken literally.
        self.assertEqual(self.listing({"q": "%"}).result_count, 0)
        self.assertEqual(self.listing({"q": "_"}).result_count, 0)

    def test_unpublished_examples_are_not_listed_or_counted(self):
        draft = PracticeExamplePageFactory(parent=self.index, title="Geheim concept", live=False)
        visible = PracticeExamplePageFactory(
            parent=self.index,
            title="Zichtbaar nieuw voorbeeld",
            publication_date=datetime.date(2026, 1, 1),
        )
        listing = self.listing()
        self.assertEqual(listing.result_count, len(EXAMPLES) + 1)
        slugs = [e.slug for e in listing.page.object_list]
        self.assertIn(visible.slug, slugs)
        self.assertNotIn(draft.slug, slugs)


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


class BadInputTests(ListingTestCase):
    def test_bad_input_never_gives_an_error(self):
        for query in BAD_QUERIES:
            with self.subTest(query=query[:40]):
                response = self.client.get(f"{LISTING_URL}?{query}")
                self.assertEqual(response.status_code, 200)
                page = parse(response)
                self.assertEqual(inline_scripts(page), [])  # nothing injected
                self.assertEqual(len(page.find_all("h1")), 1)

    def test_unknown_values_are_ignored_with_a_message(self):
        response = self.get_listing({"provincie": ["utrecht", "atlantis"]})
        listing = response.context["listing"]
        self.assertEqual(listing.result_count, len(expected_titles(provincie=["utrecht"])))
        page = parse(response)
        messages = [item.get_text(strip=True) for item in page.select(".vp-notice li")]
        self.assertEqual(
            messages, ["Provincie: ‘atlantis’ kennen we niet. We hebben dit filter weggelaten."]
        )
        # Only real values travel on in links.
        chip_links = [link["href"] for link in page.select(".vp-chips a")]
        self.assertTrue(chip_links)
        self.assertFalse([link for link in chip_links if "atlantis" in link])

    def test_page_out_of_range_shows_the_last_page_with_a_message(self):
        last_page = -(-len(EXAMPLES) // PER_PAGE)
        listing = self.listing({"pagina": "9999"})
        self.assertEqual(listing.page.number, last_page)
        self.assertIn(f"Pagina ‘9999’ bestaat niet. U ziet pagina {last_page}.", listing.messages)
        self.assertEqual(self.listing({"pagina": "abc"}).page.number, 1)

    def test_huge_query_is_shortened_with_a_message(self):
        listing = self.listing({"q": "balie " * 3000})
        self.assertLessEqual(len(listing.query), MAX_QUERY_LENGTH)
        self.assertTrue(any("te lang" in message for message in listing.messages))


class PageTests(ListingTestCase):
    def test_listing_offers_the_feed_and_a_plain_form(self):
        page = parse(self.get_listing())
        feeds = page.select('link[rel="alternate"][type="application/rss+xml"]')
        self.assertEqual(
            [(feed["title"], feed["href"]) for feed in feeds],
            [("Nieuwe ervaringen uit de praktijk", f"{LISTING_URL}feed/")],
        )
        form = page.select_one("form.vp-facets")
        self.assertEqual(form["method"], "get")
        self.assertIsNone(form.find("input", attrs={"name": "csrfmiddlewaretoken"}))
        self.assertTrue(form.select('button.vp-button--primary[type="submit"]'))
        self.assertEqual(page.find_all(style=True), [])
        self.assertEqual(inline_scripts(page), [])
        self.assertEqual(len(page.find_all("h1")), 1)

    def test_listing_is_in_the_main_navigation(self):
        nav = parse(self.client.get("/")).select_one('nav[aria-label="Hoofdmenu"]')
        self.assertIn(LISTING_URL, [link["href"] for link in nav.find_all("a")])
