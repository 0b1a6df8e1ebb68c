"""Practice examples, their index and the filter terms (taxonomies).

The migrations seed the filter terms (practice/migrations/0002_seed_taxonomies.py); the taxonomy
factories return the seeded term for a known slug and create any other.
"""

import datetime
import random

import factory
import wagtail_factories
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExampleIndexPage,
    PracticeExamplePage,
    Province,
    WorkSetting,
)
from tests.home.factories import site_home_page
from themes.models import ThemePage


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


def bulk_create_examples(index, count, seed=1):
    """Insert `count` live examples below `index` in a few bulk statements.

    For query-count tests and benchmarks with thousands of examples: no revisions and no search
    index entries (the listing does not use them). Each example gets a pseudo-random organisation
    type, one province, one or two themes and aggression types and one work setting. At least one
    live theme page must exist.
    """
    rng = random.Random(seed)
    themes = list(ThemePage.objects.live())
    organisation_types = list(OrganisationType.objects.all())
    provinces = list(Province.objects.all())
    aggression_types = list(AggressionType.objects.all())
    work_settings = list(WorkSetting.objects.all())
    content_type = ContentType.objects.get_for_model(PracticeExamplePage)
    index.refresh_from_db()
    last = index.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    now = timezone.now()

    examples = []
    for number in range(count):
        step = first_step + number
        slug = f"voorbeeld-{seed}-{step}"
        title = f"Voorbeeld {step}: {rng.choice(['balie', 'straat', 'telefoon', 'raad'])} veiliger"
        examples.append(
            PracticeExamplePage(
                title=title,
                draft_title=title,
                slug=slug,
                path=Page._get_path(index.path, index.depth + 1, step),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                live=True,
                first_published_at=now,
                last_published_at=now,
                organisation_name=f"Gemeente Proefdorp {step}",
                organisation_type=rng.choice(organisation_types),
                lead="Een korte samenvatting van wat de organisatie deed.",
                situation="<p>Wat er aan de hand was.</p>",
                approach="<p>Wat de organisatie deed.</p>",
                lessons="<ul><li>Wat anderen ervan kunnen leren.</li></ul>",
                publication_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=step % 2000),
            )
        )

    page_fields = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    own_fields = PracticeExamplePage._meta.local_concrete_fields
    links = {field: [] for field in ("themes", "provinces", "aggression_types", "work_settings")}
    for batch_start in range(0, count, 500):
        batch = examples[batch_start : batch_start + 500]
        rows = Page.objects.bulk_create(
            [Page(**{name: getattr(example, name) for name in page_fields}) for example in batch]
        )
        for example, row in zip(batch, rows, strict=True):
            example.pk = example.page_ptr_id = row.pk
        # Django refuses bulk_create for multi-table inheritance; the page rows exist now, so
        # inserting only the example's own table is safe.
        PracticeExamplePage._base_manager._insert(batch, fields=own_fields)
        for example in batch:
            links["themes"] += [
                (example.pk, t.pk) for t in rng.sample(themes, min(len(themes), rng.randint(1, 2)))
            ]
            links["provinces"].append((example.pk, rng.choice(provinces).pk))
            links["aggression_types"] += [
                (example.pk, a.pk) for a in rng.sample(aggression_types, rng.randint(1, 2))
            ]
            links["work_settings"].append((example.pk, rng.choice(work_settings).pk))
    for name, pairs in links.items():
        field = PracticeExamplePage._meta.get_field(name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            [through(**{source: page_pk, target: term_pk}) for page_pk, term_pk in pairs],
            batch_size=1000,
        )
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    return examples
