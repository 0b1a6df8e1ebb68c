"""Practice examples, their index and the filter terms (taxonomies).

The migrations seed the filter terms (practice/migrations/0002_seed_taxonomies.py); the taxonomy
factories return the seeded term for a known slug and create any other.
"""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExampleIndexPage,
    PracticeExamplePage,
    Province,
    WorkSetting,
)
from tests.home.factories import site_home_page


class TaxonomyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))

    class Meta:
        abstract = True
        django_get_or_create = ["slug"]


class OrganisationTypeFactory(TaxonomyFactory):
    class Meta:
        model = OrganisationType


class ProvinceFactory(TaxonomyFactory):
    class Meta:
        model = Province


class AggressionTypeFactory(TaxonomyFactory):
    class Meta:
        model = AggressionType


class WorkSettingFactory(TaxonomyFactory):
    class Meta:
        model = WorkSetting


class PracticeExampleIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home_page)
    title = "Ervaringen uit de praktijk"
    slug = "ervaringen-uit-de-praktijk"
    intro = "Hoe pakken andere overheden agressie aan? Lees hun ervaringen."

    class Meta:
        model = PracticeExampleIndexPage


def site_practice_index(**fields):
    """The site's one practice example index, created below the home page when there is none."""
    return PracticeExampleIndexPage.objects.first() or PracticeExampleIndexPageFactory(**fields)


class PracticeExamplePageFactory(wagtail_factories.PageFactory):
    """PracticeExamplePageFactory(themes=[...], provinces=[...], ...); below the site's index."""

    parent = factory.LazyFunction(site_practice_index)
    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    organisation_name = factory.Sequence(lambda n: f"Gemeente Proefdorp {n}")
    organisation_type = factory.LazyFunction(lambda: OrganisationTypeFactory(slug="gemeente"))
    lead = "Een korte samenvatting van wat de organisatie deed."
    situation = "<p>Wat er aan de hand was.</p>"
    approach = "<p>Wat de organisatie deed.</p>"
    results = "<p>Wat het opleverde.</p>"
    lessons = "<ul><li>Wat anderen ervan kunnen leren.</li></ul>"
    publication_date = datetime.date(2025, 1, 1)

    class Meta:
        model = PracticeExamplePage
