"""The listing at /ervaringen-uit-de-praktijk/: bad input, the form and its place on the site."""

from core.query import MAX_QUERY_LENGTH
from tests.html import parse
from tests.practice.conftest import LISTING_URL, inline_scripts
from tests.practice.listing_library import (
    EXAMPLES,
    PER_PAGE,
    ListingTestCase,
    expected_titles,
)

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
