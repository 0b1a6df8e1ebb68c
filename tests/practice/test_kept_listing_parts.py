"""The listing keeps each example's rendered card and each filter set's rendered form for the
current generation: another filter set, order or page reuses them, and a publish shows at once."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from practice.models import PracticeExamplePage
from tests.html import parse
from tests.practice.listing_library import ListingTestCase

PROVINCES_TABLE = "practice_practiceexamplepage_provinces"


def card_titles(response):
    return [link.get_text(strip=True) for link in parse(response).select(".vp-card__link")]


class KeptListingPartsTests(ListingTestCase):
    def test_a_card_rendered_once_is_not_fetched_again_for_another_filter_set(self):
        first = self.get_listing({"sorteer": "titel"})
        with CaptureQueriesContext(connection) as queries:
            again = self.get_listing({"sorteer": "titel", "pagina": 1, "q": ""})
        self.assertEqual(card_titles(again), card_titles(first))
        # The cards' examples and provinces are not read again: only their ids are.
        self.assertFalse([q for q in queries if PROVINCES_TABLE in q["sql"]])

    def test_the_same_filters_the_next_time_run_no_query_on_the_examples(self):
        params = {"sorteer": "titel"}  # more than one page of results
        first = self.get_listing(params)
        with CaptureQueriesContext(connection) as queries:
            again = self.get_listing(params)
        self.assertEqual(card_titles(again), card_titles(first))
        self.assertFalse([q for q in queries if "practice_practiceexamplepage" in q["sql"]])
        second_page = self.get_listing({**params, "pagina": 2})
        self.assertFalse(set(card_titles(second_page)) & set(card_titles(first)))

    def test_the_cards_follow_the_order_of_the_results(self):
        by_title = card_titles(self.get_listing({"sorteer": "titel"}))
        self.assertEqual(by_title, sorted(by_title, key=str.lower))
        newest_first = card_titles(self.get_listing())
        self.assertNotEqual(newest_first, by_title)  # the same kept cards, another order

    def test_a_published_change_shows_in_the_card_and_a_new_count_in_the_form(self):
        self.get_listing()
        example = PracticeExamplePage.objects.live().order_by("-publication_date").first()
        example.title = "Nieuwe titel na een wijziging"
        example.save_revision().publish()
        response = self.get_listing()
        self.assertIn("Nieuwe titel na een wijziging", card_titles(response))

        before = parse(self.get_listing({"provincie": "utrecht"}))
        count_before = before.select("label[for='filter-provincie-utrecht'] .vp-facet__count")
        example.get_latest_revision_as_object().unpublish()
        after = parse(self.get_listing({"provincie": "utrecht"}))
        count_after = after.select("label[for='filter-provincie-utrecht'] .vp-facet__count")
        self.assertEqual(len(count_before), 1)
        self.assertEqual(len(count_after), 1)
        total_before = int(count_before[0].get_text().strip("()"))
        total_after = int(count_after[0].get_text().strip("()"))
        is_in_utrecht = example.provinces.filter(slug="utrecht").exists()
        self.assertEqual(total_after, total_before - (1 if is_in_utrecht else 0))

    def test_the_chosen_options_and_words_are_kept_apart(self):
        plain = parse(self.get_listing({"provincie": "utrecht"}))
        with_words = parse(self.get_listing({"provincie": "utrecht", "q": "balie"}))
        self.assertEqual(plain.select("#filter-q")[0].get("value"), "")
        self.assertEqual(with_words.select("#filter-q")[0].get("value"), "balie")
        self.assertTrue(with_words.select("#filter-provincie-utrecht[checked]"))
        self.assertFalse(parse(self.get_listing()).select("#filter-provincie-utrecht[checked]"))
