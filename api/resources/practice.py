"""Practice examples with the filters of the listing at /ervaringen-uit-de-praktijk/.

The filters, their counts, the text search and the order are the listing's own
(practice/listing.py, PracticeListing): the same parameters (thema, organisatie, provincie,
agressie, werksituatie, q, sorteer) give the same examples as on the website, and the counts are
shared with it per generation. Unlike the website, an unknown value is an error, not ignored.
"""

import copy
import datetime
import re
from typing import Literal

from django.conf import settings
from django.db.models import CharField, Value
from django.http import QueryDict
from ninja import Path, Query
from pydantic import Field
from wagtail.rich_text import expand_db_html

from core.query import MAX_QUERY_LENGTH
from practice.listing import (
    FACETS,
    PAGE_PARAM,
    QUERY_PARAM,
    SORT_PARAM,
    SORTS,
    PracticeListing,
    facet_option_rows,
    facet_terms,
)
from practice.models import PracticeExampleIndexPage, PracticeExamplePage

from ..pagination import PageParams, collection, page_info
from ..params import Params, reject_unknown
from ..problems import Problem, invalid
from ..schemas import ApiModel, Collection, Link, SelfLinks, Term
from ..site import api_link, is_slug, page_url, published
from . import resource_router
from .documents import Document, attached_documents, unknown_values

router = resource_router("Praktijkvoorbeelden")

# The many-to-many filters, by their relation on PracticeExamplePage.
TERM_RELATIONS = ("themes", "provinces", "aggression_types", "work_settings")
SortValue = Literal.__getitem__(tuple(sort.value for sort in SORTS))
FACETS_HINT = "Zie /api/v1/practice-examples/facets voor de waarden."


class PracticeExample(ApiModel):
    links: SelfLinks = Field(alias="_links")
    slug: str
    title: str
    lead: str = Field(description="Twee zinnen: wat deed de organisatie en wat leverde het op?")
    organisation_name: str
    organisation_type: Term | None = Field(None, description="Filter 'organisatie'.")
    publication_date: datetime.date
    url: str = Field(description="Het voorbeeld op de website.")
    themes: list[Term] = Field(description="Filter 'thema'.")
    provinces: list[Term] = Field(description="Filter 'provincie'.")
    aggression_types: list[Term] = Field(description="Filter 'agressie'.")
    work_settings: list[Term] = Field(description="Filter 'werksituatie'.")


class PracticeExampleCollection(Collection):
    items: list[PracticeExample]


class Quote(ApiModel):
    text: str
    name: str | None = None
    role: str | None = None


class Contact(ApiModel):
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None


class PracticeExampleDetail(PracticeExample):
    situation: str = Field(description="De situatie (HTML).")
    approach: str = Field(description="De aanpak (HTML).")
    results: str | None = Field(None, description="De resultaten (HTML).")
    lessons: str = Field(description="Geleerde lessen (HTML).")
    quote: Quote | None = None
    contact: Contact | None = Field(
        None, description="Alleen als de contactpersoon toestemming gaf om dit te tonen."
    )
    documents: list[Document] = Field(description="De documenten die bij het voorbeeld horen.")


class FacetOption(Term):
    count: int = Field(
        description="Zoveel voorbeelden zijn er met deze waarde en de andere gekozen filters."
    )
    selected: bool = Field(description="Deze waarde is gekozen.")


class Facet(ApiModel):
    param: str = Field(description="De parameter van dit filter.")
    label: str
    field: str = Field(description="Het veld van een praktijkvoorbeeld met deze waarden.")
    options: list[FacetOption]


class FacetLinks(ApiModel):
    self_: Link = Field(alias="self")
    practice_examples: Link = Field(description="De voorbeelden met deze filters.")


class Facets(ApiModel):
    links: FacetLinks = Field(alias="_links")
    total_items: int = Field(description="Zoveel voorbeelden passen bij de gekozen filters.")
    facets: list[Facet]


def _filter(description):
    return Field(default_factory=list, description=description + " Herhaal voor meer waarden.")


class ExampleFilters(Params):
    """The listing's filters (practice.listing.FACETS) and its text search; a test checks that
    the two lists agree."""

    thema: list[str] = _filter("Thema (de slug van een thema).")
    organisatie: list[str] = _filter("Soort organisatie.")
    provincie: list[str] = _filter("Provincie.")
    agressie: list[str] = _filter("Soort agressie.")
    werksituatie: list[str] = _filter("Werksituatie.")
    q: str = Field(
        "",
        max_length=MAX_QUERY_LENGTH,
        description="Woorden die in het voorbeeld moeten staan (elk woord, ergens).",
    )


class ExampleListParams(ExampleFilters, PageParams):
    sorteer: SortValue = Field(SORTS[0].value, description="De volgorde.")


# The field of an example that holds each filter's values.
FIELD_OF_RELATION = {
    "themes": "themes",
    "organisation_type": "organisationType",
    "provinces": "provinces",
    "aggression_types": "aggressionTypes",
    "work_settings": "workSettings",
}


def index_page(request):
    return published(PracticeExampleIndexPage, request).first()


def chosen_values(params):
    """{facet param: [values]} without empty values (the website's 'Alle'); a 400 that names
    every value no example can have."""
    chosen = {}
    problems = []
    for spec in FACETS:
        values = [value.strip() for value in getattr(params, spec.param) if value.strip()]
        known = {slug for _, slug, _ in facet_option_rows(spec)}
        problems += unknown_values(spec.param, values, known, FACETS_HINT)
        chosen[spec.param] = values
    if problems:
        raise invalid(*problems)
    return chosen


def listing(request, index, params, per_page, page=1, sort=None):
    """The website's listing for these parameters, with our page size."""
    query = QueryDict(mutable=True)
    for name, values in chosen_values(params).items():
        query.setlist(name, values)
    if params.q:
        query[QUERY_PARAM] = params.q
    if sort:
        query[SORT_PARAM] = sort
    query[PAGE_PARAM] = str(page)
    listing_request = copy.copy(request)
    listing_request.GET = query
    return PracticeListing(index, listing_request, per_page=per_page)


def term_ids_of_examples(example_pks):
    """{example pk: {relation: {term pk, ...}}} for the many-to-many filters, in one query (a
    UNION over the link tables), however many examples there are."""
    terms = {pk: {relation: set() for relation in TERM_RELATIONS} for pk in example_pks}
    if not example_pks:
        return terms
    parts = []
    for relation in TERM_RELATIONS:
        model_field = PracticeExamplePage._meta.get_field(relation)
        example_column = f"{model_field.m2m_field_name()}_id"
        parts.append(
            model_field.remote_field.through.objects.filter(
                **{f"{example_column}__in": example_pks}
            )
            .annotate(relation=Value(relation, output_field=CharField()))
            .values_list(example_column, f"{model_field.m2m_reverse_field_name()}_id", "relation")
        )
    for example_pk, term_pk, relation in parts[0].union(*parts[1:], all=True):
        terms[example_pk][relation].add(term_pk)
    return terms


def as_terms(options, pks):
    """The options (practice.listing.Term, in the listing's order) with these pks."""
    return [Term(value=option.slug, label=option.name) for option in options if option.pk in pks]


def example_fields(example, request, term_pks):
    """What a list item shows. Terms come from the listing's options, kept per generation: a
    term the website does not show (an unpublished theme) is not shown here either."""
    organisation = as_terms(facet_terms("organisation_type"), {example.organisation_type_id})
    return {
        "links": {"self": api_link(f"practice-examples/{example.slug}")},
        "slug": example.slug,
        "title": example.title,
        "lead": example.lead,
        "organisation_name": example.organisation_name,
        "organisation_type": organisation[0] if organisation else None,
        "publication_date": example.publication_date,
        "url": page_url(example, request),
        **{
            relation: as_terms(facet_terms(relation), term_pks[relation])
            for relation in TERM_RELATIONS
        },
    }


@router.get("/practice-examples", response=PracticeExampleCollection, summary="Praktijkvoorbeelden")
def list_practice_examples(request, params: Query[ExampleListParams]):
    """De praktijkvoorbeelden, gefilterd zoals op de website: binnen één filter is één van de
    waarden genoeg (OF), tussen filters moeten ze allemaal kloppen (EN)."""
    reject_unknown(request, ExampleListParams)
    index = index_page(request)
    if index is None:
        chosen_values(params)
        return collection(request, page_info(params, 0), [])
    found = listing(request, index, params, params.page_size, params.page, params.sorteer)
    info = page_info(params, found.result_count)
    examples = found.examples
    term_pks = term_ids_of_examples([example.pk for example in examples])
    items = [
        PracticeExample(**example_fields(example, request, term_pks[example.pk]))
        for example in examples
    ]
    return collection(request, info, items)


@router.get("/practice-examples/facets", response=Facets, summary="Filters met aantallen")
def practice_example_facets(request, params: Query[ExampleFilters]):
    """Elk filter met zijn waarden, en per waarde het aantal voorbeelden dat u krijgt als u die
    waarde (alleen) in dat filter kiest, met de andere gekozen filters erbij."""
    reject_unknown(request, ExampleFilters)
    index = index_page(request)
    chosen = chosen_values(params)
    found = listing(request, index, params, per_page=1) if index is not None else None
    facets = []
    for position, spec in enumerate(FACETS):
        if found is not None:
            options = [
                {
                    "value": option.value,
                    "label": option.label,
                    "count": option.count,
                    "selected": option.selected,
                }
                for option in found.facets[position].options
            ]
        else:
            options = [
                {"value": slug, "label": name, "count": 0, "selected": slug in chosen[spec.param]}
                for _, slug, name in facet_option_rows(spec)
            ]
        facets.append(
            {
                "param": spec.param,
                "label": spec.label,
                "field": FIELD_OF_RELATION[spec.relation],
                "options": options,
            }
        )
    query = request.GET.urlencode()
    suffix = f"?{query}" if query else ""
    return Facets(
        links={
            "self": api_link(f"practice-examples/facets{suffix}"),
            "practice_examples": api_link(f"practice-examples{suffix}"),
        },
        total_items=found.result_count if found is not None else 0,
        facets=facets,
    )


RELATIVE_ADDRESS = re.compile(r'(\s(?:href|src)=")/(?!/)')


def rich_text_html(value):
    """Rich text as the page shows it, with addresses on the public host (for use elsewhere)."""
    html = expand_db_html(value or "")
    return RELATIVE_ADDRESS.sub(
        lambda match: match.group(1) + settings.CANONICAL_BASE_URL + "/", html
    )


@router.get(
    "/practice-examples/{slug}", response=PracticeExampleDetail, summary="Eén praktijkvoorbeeld"
)
def get_practice_example(
    request, slug: str = Path(..., description="De slug van het praktijkvoorbeeld.")
):
    """Een praktijkvoorbeeld met het hele verhaal, het citaat, de contactpersoon (alleen met
    diens toestemming) en de documenten."""
    reject_unknown(request)
    index = index_page(request)
    example = None
    if index is not None and is_slug(slug):
        example = index.examples().filter(slug=slug).first()
    if example is None:
        raise Problem(404, "Dit praktijkvoorbeeld bestaat niet (of niet meer).")
    document_ids = [
        block["value"].get("document")
        for block in example.documents.raw_data
        if block.get("type") == "document" and isinstance(block.get("value"), dict)
    ]
    quote = None
    if example.has_quote:
        quote = Quote(
            text=example.quote_text,
            name=example.quote_name or None,
            role=example.quote_role or None,
        )
    contact = None
    if example.shows_contact:
        contact = Contact(
            name=example.contact_name,
            role=example.contact_role or None,
            email=example.contact_email or None,
            phone=example.contact_phone or None,
        )
    return PracticeExampleDetail(
        **example_fields(example, request, term_ids_of_examples([example.pk])[example.pk]),
        situation=rich_text_html(example.situation),
        approach=rich_text_html(example.approach),
        results=rich_text_html(example.results) or None,
        lessons=rich_text_html(example.lessons),
        quote=quote,
        contact=contact,
        documents=attached_documents(request, [pk for pk in document_ids if isinstance(pk, int)]),
    )
