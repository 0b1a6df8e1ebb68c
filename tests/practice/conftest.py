"""The practice section as each test builds it: the index, themes and admin form data.

The editorial groups and the filter terms come from data migrations, so every test database has
them; the pages are built here, the editors' accounts in tests/conftest.py.
"""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from practice.models import AggressionType, OrganisationType, Province, WorkSetting
from tests.practice.factories import site_practice_index
from tests.themes.factories import ThemePageFactory

LISTING_URL = "/ervaringen-uit-de-praktijk/"


def terms(model, *slugs):
    """Seeded filter terms by slug, in the order given."""
    found = {term.slug: term for term in model.objects.filter(slug__in=slugs)}
    return [found[slug] for slug in slugs]


def text(element):
    """An element's text as a reader gets it: runs of white space become one space."""
    return " ".join(element.get_text().split())


def inline_scripts(page):
    """Script elements that would run code (structured data, JSON-LD, is no code)."""
    return [
        script
        for script in page.find_all("script", src=False)
        if script.get("type") != "application/ld+json"
    ]


@pytest.fixture
def index_page(home_page):
    return site_practice_index(show_in_menus=True)


@pytest.fixture
def nazorg(home_page):
    return ThemePageFactory(title="Nazorg", slug="nazorg")


def example_form_data(theme, title="Proefdorp spreekt af wie de dader belt", **overrides):
    """POST data of the admin's add/edit form for a practice example, as the browser sends it."""
    data = nested_form_data(
        {
            "title": title,
            "slug": overrides.pop("slug", "proefdorp-spreekt-af-wie-de-dader-belt"),
            "lead": "Gemeente Proefdorp belt elke dader binnen een dag. Dat werkt.",
            "organisation_name": "Gemeente Proefdorp",
            "organisation_type": OrganisationType.objects.get(slug="gemeente").pk,
            "situation": rich_text("<p>Medewerkers werden vaak uitgescholden.</p>"),
            "approach": rich_text("<p>De teamleider belt de dader dezelfde dag.</p>"),
            "results": rich_text("<p>Er zijn minder incidenten.</p>"),
            "lessons": rich_text("<ul><li>Bel snel.</li></ul>"),
            "quote_text": "",
            "quote_name": "",
            "quote_role": "",
            "contact_name": "",
            "contact_role": "",
            "contact_email": "",
            "contact_phone": "",
            "documents": streamfield([]),
            "publication_date": "2026-11-01",
            "comments": inline_formset([]),
        }
    )
    data.update(
        provinces=[Province.objects.get(slug="utrecht").pk],
        themes=[theme.pk],
        aggression_types=[AggressionType.objects.get(slug="verbaal").pk],
        work_settings=[WorkSetting.objects.get(slug="balie-en-loket").pk],
    )
    data.update(overrides)
    return data
