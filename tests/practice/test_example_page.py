"""A single practice example, the feed, related examples and scheduled publishing."""

import datetime
import json
import xml.etree.ElementTree as ET
from importlib import import_module
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from django.utils.text import slugify

from democontent.by_app.practice import examples
from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExamplePage,
    Province,
    WorkSetting,
)
from tests.core.factories import DocumentFactory
from tests.home.factories import site_home_page
from tests.html import parse
from tests.practice.conftest import LISTING_URL, inline_scripts, terms, text
from tests.practice.factories import PracticeExamplePageFactory, site_practice_index
from tests.themes.factories import ThemePageFactory, TopicPageFactory

SEEDED_TERMS = import_module("practice.migrations.0002_seed_taxonomies").TERMS
STORY_HEADINGS = ["De situatie", "De aanpak", "De resultaten", "Geleerde lessen", "Meer weten?"]

PRACTICE_EXAMPLES = [source.data for source in examples()]


def example(index, title, date, themes=(), kinds=(), **fields):
    return PracticeExamplePageFactory(
        parent=index,
        title=title,
        publication_date=datetime.date.fromisoformat(date),
        themes=list(themes),
        aggression_types=terms(AggressionType, *kinds),
        **fields,
    )


class ExamplePageTests(TestCase):
    """One story with quote, contact, download and facts, and examples that are more or less like
    it: `both` shares a theme and an aggression type with it, the others one of the two."""

    @classmethod
    def setUpTestData(cls):
        home = site_home_page()
        cls.incident = ThemePageFactory(parent=home, slug="handelen-bij-een-incident")
        cls.nazorg = ThemePageFactory(parent=home, slug="nazorg", title="Nazorg")
        cls.preventie = ThemePageFactory(parent=home, slug="preventie")
        cls.topic = TopicPageFactory(parent=cls.nazorg, slug="praat-erover")
        cls.index = index = site_practice_index()
        letter = DocumentFactory(title="Voorbeeldbrief aan iemand die dreigde")
        cls.story = example(
            index,
            "Havenstad stuurt binnen twee dagen een brief",
            "2025-06-01",
            themes=[cls.incident, cls.nazorg],
            kinds=["bedreiging", "verbaal"],
            slug="havenstad-stuurt-een-brief",
            organisation_name="Gemeente Havenstad",
            provinces=terms(Province, "zuid-holland"),
            work_settings=terms(WorkSetting, "balie-en-loket"),
            quote_text="Door de brief weet iedereen waar de grens ligt.",
            quote_name="Fatima El Amrani",
            quote_role="baliemedewerker Burgerzaken",
            contact_name="Ruud Koster",
            contact_email="r.koster@example.nl",
            contact_consent=True,
            documents=json.dumps(
                [{"type": "document", "value": {"document": letter.pk, "title": ""}}]
            ),
        )
        cls.both = example(
            index, "Beide gedeeld", "2024-01-01", themes=[cls.incident], kinds=["bedreiging"]
        )
        cls.kind_only = example(index, "Zelfde soort agressie", "2025-09-01", kinds=["verbaal"])
        cls.theme_newest = example(index, "Nieuwste over nazorg", "2025-08-01", themes=[cls.nazorg])
        cls.theme_older = example(index, "Ouder over nazorg", "2025-03-01", themes=[cls.nazorg])
        cls.theme_oldest = example(index, "Oudste over nazorg", "2023-01-01", themes=[cls.nazorg])
        cls.unrelated = example(
            index, "Iets heel anders", "2025-10-01", themes=[cls.preventie], kinds=["online"]
        )
        cls.without_consent = example(
            index,
            "Contact zonder toestemming",
            "2022-01-01",
            contact_name="Piet Proef",
            contact_email="p.proef@example.nl",
            contact_consent=False,
        )

    def get(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return response

    def test_example_page_shows_the_structured_story(self):
        response = self.get(self.story)
        self.assertFalse(response.cookies)
        page = parse(response)
        self.assertEqual([text(h1) for h1 in page.find_all("h1")], [self.story.title])
        self.assertEqual(page.find_all(style=True), [])
        self.assertEqual(inline_scripts(page), [])
        headings = [text(h2) for h2 in page.select("article h2")]
        self.assertEqual([h for h in headings if h in STORY_HEADINGS], STORY_HEADINGS)
        self.assertEqual(
            text(page.select_one("figure.vp-quote figcaption")),
            "Fatima El Amrani, baliemedewerker Burgerzaken",
        )
        fact_links = [link["href"] for link in page.select(".vp-example-facts a")]
        self.assertIn(f"{LISTING_URL}?provincie=zuid-holland", fact_links)
        self.assertIn(f"{LISTING_URL}?agressie=bedreiging", fact_links)
        self.assertIn(f"{LISTING_URL}?thema=nazorg", fact_links)
        downloads = page.select_one('section[aria-labelledby="documents-heading"]')
        self.assertIn("Voorbeeldbrief aan iemand die dreigde", text(downloads))
        feeds = page.select('link[rel="alternate"][type="application/rss+xml"]')
        self.assertEqual([feed["href"] for feed in feeds], [f"{LISTING_URL}feed/"])

    def test_contact_is_shown_only_with_consent(self):
        for page, email, agreed in [
            (self.story, "r.koster@example.nl", True),
            (self.without_consent, "p.proef@example.nl", False),
        ]:
            with self.subTest(page=page.title):
                html = parse(self.get(page))
                self.assertEqual(bool(html.select(f'a[href="mailto:{email}"]')), agreed)
                self.assertEqual(email in html.get_text(), agreed)
                headings = [text(h2) for h2 in html.find_all("h2")]
                self.assertEqual("Meer weten?" in headings, agreed)

    def test_unticking_consent_hides_the_contact(self):
        self.assertIn("r.koster@example.nl", parse(self.get(self.story)).get_text())
        page = PracticeExamplePage.objects.get(pk=self.story.pk)
        page.contact_consent = False
        page.save_revision().publish()
        self.assertNotIn("r.koster@example.nl", parse(self.get(self.story)).get_text())

    def test_related_examples_share_themes_or_aggression_types(self):
        story = self.story
        related = PracticeExamplePage.objects.like(
            story, story.themes.all(), story.aggression_types.all()
        )
        # Most in common first, then the newest; three at most.
        self.assertEqual(related, [self.both, self.kind_only, self.theme_newest])
        section = parse(self.get(story)).select_one(
            'section[aria-labelledby="related-examples-heading"]'
        )
        self.assertEqual(text(section.h2), "Vergelijkbare ervaringen")
        self.assertEqual(
            [link["href"] for link in section.select("a.vp-card__link")],
            [other.url for other in related],
        )

    def test_related_examples_leave_out_drafts(self):
        draft = example(
            self.index,
            "Concept",
            "2030-01-01",
            themes=[self.nazorg],
            kinds=["bedreiging"],
            live=False,
        )
        self.assertNotIn(draft, PracticeExamplePage.objects.like(self.story, [self.nazorg], []))
        self.assertNotIn(draft, PracticeExamplePage.objects.about_theme(self.nazorg, limit=50))

    def test_theme_and_topic_pages_show_examples_about_their_theme(self):
        expected = PracticeExamplePage.objects.about_theme(self.nazorg)
        # The three newest of the five live examples about nazorg.
        self.assertEqual(expected, [self.theme_newest, self.story, self.theme_older])
        for page in (self.nazorg, self.topic):
            with self.subTest(page=page.url):
                section = parse(self.get(page)).select_one(
                    'section[aria-labelledby="related-examples-heading"]'
                )
                links = section.select("a.vp-card__link")
                self.assertEqual([link["href"] for link in links], [e.url for e in expected])
                self.assertEqual([text(link) for link in links], [e.title for e in expected])

    def test_feed_is_valid_rss_with_the_newest_examples(self):
        newest = example(self.index, "Het allernieuwste voorbeeld", "2026-11-20")
        example(self.index, "Nog niet gepubliceerd", "2027-01-01", live=False)
        response = self.client.get(f"{LISTING_URL}feed/")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/rss+xml"))
        self.assertFalse(response.cookies)
        channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own response
        self.assertEqual(channel.findtext("language"), "nl")
        items = channel.findall("item")
        self.assertEqual(items[0].findtext("title"), newest.title)
        self.assertTrue(items[0].findtext("link").endswith(newest.url))
        live = PracticeExamplePage.objects.live().order_by("-publication_date")
        self.assertEqual([item.findtext("title") for item in items], [e.title for e in live])


@pytest.mark.django_db
def test_editor_mistakes_get_clear_messages(index_page):
    page = PracticeExamplePageFactory.build(
        parent=index_page, slug="feed", quote_name="Jan", contact_consent=True, contact_name=""
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"slug", "quote_text", "contact_name", "contact_email"}


@pytest.mark.django_db
def test_feed_shows_the_twenty_newest(anonymous_client, index_page):
    for day in range(1, 23):
        example(index_page, f"Voorbeeld van dag {day}", f"2025-01-{day:02}")
    channel = ET.fromstring(anonymous_client.get(f"{LISTING_URL}feed/").content).find("channel")  # noqa: S314
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == [f"Voorbeeld van dag {day}" for day in range(22, 2, -1)]


@pytest.mark.django_db
def test_scheduled_example_goes_live_with_publish_scheduled(index_page, anonymous_client):
    page = PracticeExamplePageFactory(parent=index_page, title="Gepland voorbeeld", live=False)
    go_live_at = timezone.now() + datetime.timedelta(hours=1)
    page.go_live_at = go_live_at
    page.save_revision().publish()  # with a go-live date in the future this only schedules it
    page.refresh_from_db()
    assert not page.live
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live
    assert listed_titles(anonymous_client) == []

    # Two hours later the scheduler service runs publish_scheduled (it does so every minute).
    later = go_live_at + datetime.timedelta(hours=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live
    assert listed_titles(anonymous_client) == ["Gepland voorbeeld"]


def listed_titles(client):
    return [text(link) for link in parse(client.get(LISTING_URL)).select("a.vp-card__link")]


@pytest.mark.django_db
def test_filter_terms_come_from_the_migration():
    for model in (OrganisationType, Province, AggressionType, WorkSetting):
        expected = [slug for slug, _name in SEEDED_TERMS[model.__name__]]
        assert list(model.objects.order_by("sort_order").values_list("slug", flat=True)) == expected
    assert Province.objects.count() == 12
    assert list(Province.objects.values_list("name", flat=True))[:3] == [
        "Drenthe",
        "Flevoland",
        "Fryslân",
    ]


def test_demo_values_match_the_seeded_terms():
    """The demo loader creates a term only when a demo value has no seeded term; none should be new."""
    fields = {
        "OrganisationType": lambda data: [data["organisation_type"]],
        "Province": lambda data: data["provinces"],
        "AggressionType": lambda data: data["aggression_types"],
        "WorkSetting": lambda data: data["work_settings"],
    }
    for model_name, values in fields.items():
        seeded = {slug for slug, _name in SEEDED_TERMS[model_name]}
        used = {slugify(value) for data in PRACTICE_EXAMPLES for value in values(data)}
        assert used <= seeded, (model_name, used - seeded)
