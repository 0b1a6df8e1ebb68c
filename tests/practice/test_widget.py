"""The widgets for intranets: "Nieuwste praktijkvoorbeelden" and "De aanpak in één oogopslag".

Made to be framed by any site, without cookie or script; every other page may only be framed by
the site itself. The browser test frames both in a page of another origin (tests/browser).
"""

import datetime

import pytest
from django.test import Client

from practice.models import OrganisationType
from tests.html import parse
from tests.infographic.factories import InfographicPageFactory
from tests.practice.factories import PracticeExamplePageFactory
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db

WIDGET = "/ervaringen-uit-de-praktijk/widget/"
APPROACH = "/widgets/aanpak/"


@pytest.fixture
def examples(index_page, home_page):
    nazorg = ThemePageFactory(parent=home_page, slug="nazorg", title="Nazorg")
    gemeente = OrganisationType.objects.get(slug="gemeente")
    provincie = OrganisationType.objects.get(slug="provincie")
    made = []
    for day in range(1, 13):
        made.append(
            PracticeExamplePageFactory(
                parent=index_page,
                title=f"Voorbeeld {day:02d}",
                publication_date=datetime.date(2026, 1, day),
                themes=[nazorg] if day % 2 else [],
                organisation_type=gemeente if day % 3 == 0 else provincie,
            )
        )
    return made


def titles(response):
    return [link.get_text() for link in parse(response).select(".vp-widget__item a")]


def assert_framable_without_cookie_or_script(response):
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors https: http:" in policy and "script-src 'none'" in policy
    assert "X-Frame-Options" not in response
    assert not response.cookies
    page = parse(response)
    assert not page.find_all("script")
    assert page.find("html")["lang"] == "nl" and len(page.find_all("h1")) == 1
    assert all(link["target"] == "_top" for link in page.select("main a"))


def test_the_newest_examples_are_framable_without_cookie_or_script(anonymous_client, examples):
    response = anonymous_client.get(WIDGET)
    assert_framable_without_cookie_or_script(response)
    assert titles(response) == [
        "Voorbeeld 12",
        "Voorbeeld 11",
        "Voorbeeld 10",
        "Voorbeeld 09",
        "Voorbeeld 08",
    ]


def test_a_theme_a_kind_of_organisation_and_a_number_narrow_it(anonymous_client, examples):
    assert titles(anonymous_client.get(WIDGET, {"thema": "nazorg", "aantal": "3"})) == [
        "Voorbeeld 11",
        "Voorbeeld 09",
        "Voorbeeld 07",
    ]
    both = anonymous_client.get(WIDGET, {"thema": "nazorg", "organisatie": "gemeente"})
    assert titles(both) == ["Voorbeeld 09", "Voorbeeld 03"]
    assert "Nieuwste praktijkvoorbeelden: Nazorg, Gemeente" in parse(both).h1.get_text()


@pytest.mark.parametrize("odd", ["onbekend", "%00", "x" * 5000, "<script>"])
def test_odd_values_show_a_dutch_note_and_every_example(anonymous_client, examples, odd):
    response = anonymous_client.get(WIDGET, {"thema": odd, "aantal": odd})
    assert response.status_code == 200
    assert "kennen we niet" in parse(response).select_one(".vp-widget__note").get_text()
    assert len(titles(response)) == 5


def test_the_approach_at_a_glance_is_framable(anonymous_client, home_page):
    InfographicPageFactory()
    response = anonymous_client.get(APPROACH)
    assert_framable_without_cookie_or_script(response)
    assert "Stel een norm" in response.content.decode()


def test_other_pages_may_only_be_framed_by_the_site_itself(anonymous_client, examples):
    response = anonymous_client.get("/ervaringen-uit-de-praktijk/")
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_a_cached_widget_keeps_its_framing_rule(settings, examples):
    settings.PAGE_CACHE_ENABLED = True
    visitor = Client()
    visitor.get(WIDGET)
    hit = visitor.get(WIDGET)
    assert hit["X-Cache"] == "HIT"
    assert_framable_without_cookie_or_script(hit)
