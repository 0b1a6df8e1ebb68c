"""Data the benchmarks add to a site to make it large. It imports nothing from tests/ (the
benchmarks run without the test extras); the query-count tests use it to build large sites too.

bulk_create_examples() inserts thousands of practice examples in a few statements;
infographic_phases() builds the raw StreamField data of a large infographic.
"""

import datetime
import json
import random

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from pagecache.purge import purge_site
from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExamplePage,
    Province,
    WorkSetting,
)
from themes.models import ThemePage

BATCH_SIZE = 500
TITLE_WORDS = ["balie", "straat", "telefoon", "raad"]


def bulk_create_examples(index, count, seed=1):
    """Insert `count` live examples below `index` (a PracticeExampleIndexPage) in bulk.

    No revisions and no search index entries: the listing uses neither. Each example gets a
    pseudo-random organisation type, province, one or two themes (of the live theme pages) and
    aggression types, and one work setting; the same seed gives the same examples.
    """
    rng = random.Random(seed)
    themes = list(ThemePage.objects.live())
    if not themes:
        raise ValueError("Er is geen gepubliceerde themapagina; laad eerst de demo-inhoud.")
    terms = {
        "organisation_types": list(OrganisationType.objects.all()),
        "provinces": list(Province.objects.all()),
        "aggression_types": list(AggressionType.objects.all()),
        "work_settings": list(WorkSetting.objects.all()),
    }
    index.refresh_from_db()
    last = index.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    examples = [_example(index, first_step + number, seed, rng, terms) for number in range(count)]

    page_fields = [field.attname for field in Page._meta.concrete_fields if field.attname != "id"]
    own_fields = PracticeExamplePage._meta.local_concrete_fields
    links = {name: [] for name in ("themes", "provinces", "aggression_types", "work_settings")}
    for start in range(0, count, BATCH_SIZE):
        batch = examples[start : start + BATCH_SIZE]
        rows = Page.objects.bulk_create(
            [Page(**{name: getattr(example, name) for name in page_fields}) for example in batch]
        )
        for example, row in zip(batch, rows, strict=True):
            example.pk = example.page_ptr_id = row.pk
        # Django refuses bulk_create for multi-table inheritance; the page rows exist now, so
        # inserting only the example's own table is safe.
        PracticeExamplePage._base_manager._insert(batch, fields=own_fields)
        for example in batch:
            chosen_themes = rng.sample(themes, min(len(themes), rng.randint(1, 2)))
            links["themes"] += [(example.pk, theme.pk) for theme in chosen_themes]
            links["provinces"].append((example.pk, rng.choice(terms["provinces"]).pk))
            kinds = rng.sample(terms["aggression_types"], rng.randint(1, 2))
            links["aggression_types"] += [(example.pk, kind.pk) for kind in kinds]
            links["work_settings"].append((example.pk, rng.choice(terms["work_settings"]).pk))
    for name, pairs in links.items():
        _link(name, pairs)
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    # Bulk inserts send no signals: tell the page cache, as an import would.
    purge_site()
    return examples


def _example(index, step, seed, rng, terms):
    slug = f"voorbeeld-{seed}-{step}"
    title = f"Voorbeeld {step}: {rng.choice(TITLE_WORDS)} veiliger"
    now = timezone.now()
    return PracticeExamplePage(
        title=title,
        draft_title=title,
        slug=slug,
        path=Page._get_path(index.path, index.depth + 1, step),
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}{slug}/",
        content_type=ContentType.objects.get_for_model(PracticeExamplePage),
        locale_id=index.locale_id,
        live=True,
        first_published_at=now,
        last_published_at=now,
        organisation_name=f"Gemeente Proefdorp {step}",
        organisation_type=rng.choice(terms["organisation_types"]),
        lead="Een korte samenvatting van wat de organisatie deed.",
        situation="<p>Wat er aan de hand was.</p>",
        approach="<p>Wat de organisatie deed.</p>",
        lessons="<ul><li>Wat anderen ervan kunnen leren.</li></ul>",
        publication_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=step % 2000),
    )


def _link(name, pairs):
    field = PracticeExamplePage._meta.get_field(name)
    through = field.remote_field.through
    source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    through.objects.bulk_create(
        [through(**{source: page_pk, target: term_pk}) for page_pk, term_pk in pairs],
        batch_size=1000,
    )


def infographic_phases(phase_count, steps_per_phase, pages, related_count=3):
    """StreamField JSON for InfographicPage.phases: every step links to one of `pages` and has
    the first `related_count` of them as related pages."""
    related = [page.pk for page in pages[:related_count]]
    phases = [
        {
            "title": f"Fase {number}",
            "text": "Wat u in deze fase doet.",
            "colour": "blauw",
            "icon": "schild",
            "steps": [
                {
                    "title": f"Stap {number}.{index}",
                    "text": "Eén of twee zinnen uitleg.",
                    "page": pages[index % len(pages)].pk,
                    "related_pages": related,
                    "anchor": "",
                }
                for index in range(steps_per_phase)
            ],
        }
        for number in range(1, phase_count + 1)
    ]
    return json.dumps([{"type": "phase", "value": phase} for phase in phases])
