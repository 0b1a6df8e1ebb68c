"""The widget "Nieuwste praktijkvoorbeelden" for intranets: a small page made to be framed.

/ervaringen-uit-de-praktijk/widget/?thema=nazorg&organisatie=gemeente&aantal=5 — the newest
public examples, optionally of one theme and one kind of organisation (the listing's own filter
values). No cookie, no script; links open in the whole window (target=_top).
"""

from django.template.response import TemplateResponse

from .listing import FACETS_BY_RELATION, facet_option_rows

DEFAULT_COUNT, MAX_COUNT = 5, 10
FILTERS = {"thema": "themes", "organisatie": "organisation_type"}


def latest_examples_widget(index_page, request):
    examples = index_page.examples().select_related("organisation_type")
    notes = []
    chosen = []
    for param, relation in FILTERS.items():
        value = request.GET.get(param, "").strip()
        if not value:
            continue
        options = {
            slug: (pk, label) for pk, slug, label in facet_option_rows(FACETS_BY_RELATION[relation])
        }
        if value not in options:
            notes.append(f"Het filter ‘{value[:40]}’ kennen we niet; u ziet alle voorbeelden.")
            continue
        pk, label = options[value]
        examples = examples.filter(**{relation: pk})
        chosen.append(label)
    count = _count(request.GET.get("aantal"))
    examples = examples.order_by("-publication_date", "-first_published_at")[:count]
    return TemplateResponse(
        request,
        "practice/widget.html",
        {
            "examples": list(examples),
            "chosen": chosen,
            "notes": notes,
            "index_url": index_page.get_full_url(request),
        },
    )


def _count(raw):
    try:
        return min(max(int(raw), 1), MAX_COUNT)
    except (TypeError, ValueError):
        return DEFAULT_COUNT
