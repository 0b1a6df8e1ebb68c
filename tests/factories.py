"""Factories for tests. Pages are created below a parent: ThemePageFactory(parent=home_page)."""

import datetime
import json
import random

import factory
import wagtail_factories
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from core.cache.purge import purge_site
from home.models import HomePage, StandardPage
from infographic.models import InfographicPage
from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExamplePage,
    Province,
    WorkSetting,
)
from themes.models import ThemePage, TopicPage


def body(*blocks):
    """StreamField JSON for a body: body(("text", "<p>Hallo</p>"), ...)."""
    return json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = get_image_model()


class DocumentFactory(wagtail_factories.DocumentFactory):
    class Meta:
        model = get_document_model()


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Veilige publieke dienstverlening"
    intro = "Informatie over agressie tegen medewerkers met een publieke taak."
    entries = "[]"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Servicepagina {n}")
    intro = "Een korte inleiding."
    body = body(("text", "<p>Tekst van de servicepagina.</p>"))

    class Meta:
        model = StandardPage


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    intro = "Wat u moet weten over dit thema."

    class Meta:
        model = ThemePage


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    intro = "De eerste alinea van het onderwerp."
    body = body(
        ("heading", {"text": "Wat kunt u doen?", "level": "h2"}), ("text", "<p>Uitleg.</p>")
    )

    class Meta:
        model = TopicPage


# Infographic ---------------------------------------------------------------------------------


def infographic_step(title, page=None, text="Eén of twee zinnen uitleg.", related=(), anchor=""):
    """One step of an infographic phase, as raw block data. page and related are pages or ids."""
    return {
        "title": title,
        "text": text,
        "page": getattr(page, "pk", page),
        "related_pages": [getattr(item, "pk", item) for item in related],
        "anchor": anchor,
    }


def infographic_phase(title, steps, colour="blauw", icon="schild", text="Wat u in deze fase doet."):
    return {"title": title, "text": text, "colour": colour, "icon": icon, "steps": list(steps)}


def infographic_phases(*phases):
    """StreamField JSON for InfographicPage.phases: infographic_phases(infographic_phase(...), ...)."""
    return json.dumps([{"type": "phase", "value": phase} for phase in phases])


class InfographicPageFactory(wagtail_factories.PageFactory):
    title = "Infographic"
    slug = "infographic"
    intro = "Alle stappen in één oogopslag."
    phases = factory.LazyFunction(
        lambda: infographic_phases(
            infographic_phase("Voorkomen", [infographic_step("Stel een norm")])
        )
    )

    class Meta:
        model = InfographicPage


# Legacy redirects (the legacy app).


class RedirectFactory(factory.django.DjangoModelFactory):
    """A Wagtail redirect, by default permanent, for all sites and without a target."""

    old_path = factory.Sequence(lambda n: f"/oud/pagina-{n}")
    is_permanent = True

    class Meta:
        model = "wagtailredirects.Redirect"


# News (news app).

from news.models import NewsIndexPage, NewsPage  # noqa: E402


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actueel"
    intro = "Het laatste nieuws."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    publication_date = factory.Sequence(
        lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n)
    )
    intro = "Een korte inleiding op het nieuws."
    body = body(("text", "<p>De tekst van het bericht.</p>"))

    class Meta:
        model = NewsPage


# Practice examples ---------------------------------------------------------------------------


class PracticeExamplePageFactory(wagtail_factories.PageFactory):
    """Create below the index: PracticeExamplePageFactory(parent=index, themes=[...], ...)."""

    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    organisation_name = factory.Sequence(lambda n: f"Gemeente Proefdorp {n}")
    organisation_type = factory.LazyFunction(lambda: OrganisationType.objects.get(slug="gemeente"))
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
    type, one province, one or two themes and aggression types and one work setting.
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
            links["themes"] += [(example.pk, t.pk) for t in rng.sample(themes, rng.randint(1, 2))]
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
    # Bulk inserts send no signals: tell the page cache, as an import would.
    purge_site()
    return examples
