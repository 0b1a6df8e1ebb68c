"""A single practice example, the feed, related examples and scheduled publishing."""

import datetime
import xml.etree.ElementTree as ET
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from practice.demo import examples
from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExamplePage,
    Province,
    WorkSetting,
)
from tests.practice.conftest import LISTING_URL
from tests.practice.factories import PracticeExamplePageFactory
from themes.models import ThemePage

pytestmark = pytest.mark.django_db

PRACTICE_EXAMPLES = [{"slug": source.slug, **source.data} for source in examples()]

ZUIDERHAVEN = f"{LISTING_URL}zuiderhaven-reageert-binnen-48-uur/"


def demo(slug):
    return next(data for data in PRACTICE_EXAMPLES if data["slug"] == slug)


def test_example_page_shows_the_structured_story(anonymous_client):
    response = anonymous_client.get(ZUIDERHAVEN)
    assert response.status_code == 200
    assert not response.cookies
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert " style=" not in html and "<script>" not in html
    headings = ["De situatie", "De aanpak", "De resultaten", "Geleerde lessen", "Meer weten?"]
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    assert "Sanne de Wit, baliemedewerker Publiekszaken" in html  # the quote
    assert 'href="/ervaringen-uit-de-praktijk/?provincie=zuid-holland"' in html
    assert 'href="/ervaringen-uit-de-praktijk/?agressie=bedreiging"' in html
    assert "Voorbeeldbrief waarschuwing aan de dader" in html  # a download
    assert '<link rel="alternate" type="application/rss+xml"' in html


@pytest.mark.parametrize(
    "slug", [data["slug"] for data in PRACTICE_EXAMPLES if data.get("contact_email")]
)
def test_contact_is_shown_only_with_consent(anonymous_client, slug):
    data = demo(slug)
    html = anonymous_client.get(f"{LISTING_URL}{slug}/").content.decode()
    assert (data["contact_email"] in html) is data["contact_consent"]
    assert ("Meer weten?" in html) is data["contact_consent"]


def test_unticking_consent_hides_the_contact(anonymous_client):
    page = PracticeExamplePage.objects.get(slug="zuiderhaven-reageert-binnen-48-uur")
    assert "r.verhoeven@example.nl" in anonymous_client.get(ZUIDERHAVEN).content.decode()
    page.contact_consent = False
    page.save_revision().publish()
    assert "r.verhoeven@example.nl" not in anonymous_client.get(ZUIDERHAVEN).content.decode()


def test_editor_mistakes_get_clear_messages(index_page):
    page = PracticeExamplePageFactory.build(
        slug="feed", quote_name="Jan", contact_consent=True, contact_name=""
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"slug", "quote_text", "contact_name", "contact_email"}


def test_related_examples_share_themes_or_aggression_types(anonymous_client):
    page = PracticeExamplePage.objects.get(slug="zuiderhaven-reageert-binnen-48-uur")
    themes, kinds = list(page.themes.all()), list(page.aggression_types.all())
    related = PracticeExamplePage.objects.like(page, themes, kinds)
    assert len(related) == 3
    assert page not in related
    for other in related:
        shares_theme = set(other.themes.all()) & set(themes)
        shares_kind = set(other.aggression_types.all()) & set(kinds)
        assert shares_theme or shares_kind
    html = anonymous_client.get(ZUIDERHAVEN).content.decode()
    section = html.split("Vergelijkbare ervaringen")[1]
    for other in related:
        assert f'href="{other.url}"' in section


def test_related_examples_leave_out_drafts(index_page):
    page = PracticeExamplePage.objects.get(slug="zuiderhaven-reageert-binnen-48-uur")
    theme = ThemePage.objects.get(slug="handelen-bij-een-incident")
    draft = PracticeExamplePageFactory(
        parent=index_page, live=False, themes=[theme], publication_date=datetime.date(2030, 1, 1)
    )
    assert draft not in PracticeExamplePage.objects.like(page, [theme], [])
    assert draft not in PracticeExamplePage.objects.about_theme(theme, limit=50)


def test_theme_and_topic_pages_show_examples_about_their_theme(anonymous_client):
    theme = ThemePage.objects.get(slug="nazorg")
    expected = PracticeExamplePage.objects.about_theme(theme)
    assert len(expected) == 3
    assert all(theme in example.themes.all() for example in expected)
    dates = [example.publication_date for example in expected]
    assert dates == sorted(dates, reverse=True)
    for url in ("/nazorg/", "/nazorg/wees-de-rots/"):
        html = anonymous_client.get(url).content.decode()
        section = html.split('id="related-examples-heading"')[1].split("</section>")[0]
        for example in expected:
            assert example.title in section
            assert f'href="{example.url}"' in section


def test_feed_is_valid_rss_with_the_newest_examples(anonymous_client, index_page):
    newest = PracticeExamplePageFactory(
        parent=index_page,
        title="Het allernieuwste voorbeeld",
        publication_date=datetime.date(2026, 11, 20),
    )
    response = anonymous_client.get(f"{LISTING_URL}feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert not response.cookies
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own response
    assert channel.findtext("language") == "nl"
    items = channel.findall("item")
    assert items[0].findtext("title") == newest.title
    assert items[0].findtext("link").endswith(newest.url)
    expected_order = sorted(
        PRACTICE_EXAMPLES, key=lambda data: data["publication_date"], reverse=True
    )
    assert [item.findtext("title") for item in items[1:4]] == [
        data["title"] for data in expected_order[:3]
    ]
    assert len(items) == 17


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
    assert "Gepland voorbeeld" not in anonymous_client.get(LISTING_URL).content.decode()

    # Two hours later the scheduler service runs publish_scheduled (it does so every minute).
    later = go_live_at + datetime.timedelta(hours=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live
    assert "Gepland voorbeeld" in anonymous_client.get(LISTING_URL).content.decode()


def test_demo_values_match_the_seeded_terms():
    """The loader creates a term only when a demo value has no seeded term; none should be new."""
    from importlib import import_module

    seeded = import_module("practice.migrations.0002_seed_taxonomies").TERMS
    for model in (OrganisationType, Province, AggressionType, WorkSetting):
        expected = {slug for slug, _ in seeded[model.__name__]}
        assert set(model.objects.values_list("slug", flat=True)) == expected
    assert Province.objects.count() == 12
    assert list(Province.objects.values_list("name", flat=True))[:3] == [
        "Drenthe",
        "Flevoland",
        "Fryslân",
    ]
