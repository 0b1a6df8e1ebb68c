"""The listing at /ervaringen-uit-de-praktijk/: filters, counts, chips, sorting and paging.

The library of examples and the expected results come from tests/practice/listing_library.py.
"""

import datetime

from democontent.seed import bulk_create_examples
from tests.html import parse
from tests.practice.conftest import LISTING_URL, text
from tests.practice.factories import PracticeExamplePageFactory
from tests.practice.listing_library import (
    EXAMPLES,
    PER_PAGE,
    ListingTestCase,
    expected_titles,
)


class FilterTests(ListingTestCase):
    def test_listing_shows_every_example_newest_first(self):
        response = self.get_listing()
        listing = response.context["listing"]
        self.assertEqual(listing.result_count, len(EXAMPLES))
        dates = [example.publication_date for example in listing.examples]
        self.assertEqual(dates, sorted(dates, reverse=True))
        self.assertEqual(len(dates), PER_PAGE)  # the first page
        newest = max(EXAMPLES, key=lambda row: row[7])
        self.assertEqual(listing.examples[0].title, newest[0])
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
        titles = [example.title for example in response.context["listing"].examples]
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
        first_page = {example.pk for example in listing.examples}
        self.assertEqual(page_two.page.number, 2)
        self.assertFalse(first_page & {example.pk for example in page_two.examples})
        # Every result on page two still matches the filter.
        for example in page_two.examples:
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
        self.assertEqual([e.title for e in by_org.examples], ["Zuiderhaven belt elke dader terug"])
        # Every word must match; words may come from different fields (organisation, title).
        both = self.listing({"q": "Veenstede boa"})
        self.assertEqual([e.title for e in both.examples], ["Boa's lopen voortaan in duo's"])
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
        slugs = [e.slug for e in listing.examples]
        self.assertIn(visible.slug, slugs)
        self.assertNotIn(draft.slug, slugs)
