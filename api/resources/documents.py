"""The documents of the document library (/documenten/): public documents only.

The same documents the library lists: never one in a collection with a view restriction, and
never a municipality's upload (those are reviewed with their practice example and are listed
with it, api/resources/practice.py).
"""

import datetime

from django.conf import settings
from ninja import Query
from pydantic import Field
from wagtail.documents import get_document_model

from assets.documents import collections_named, public_documents
from assets.models import LICENCE_NAMES, DocumentCategory
from core.seo import absolute_url

from ..pagination import PageParams, collection, page_of
from ..params import Params, reject_unknown
from ..problems import InvalidParam, invalid, shown_value
from ..schemas import ApiModel, Collection, Term
from . import resource_router
from .themes import ordered_themes

router = resource_router("Documenten")


class Licence(ApiModel):
    """What anyone may do with a document (the Woo's metadata for reuse)."""

    value: str = Field(description="De code, bijvoorbeeld 'cc0-1.0'.")
    label: str = Field(description="De naam, bijvoorbeeld 'CC0 1.0'.")
    url: str | None = Field(
        None, description="Waar de licentie staat; ontbreekt als de eigenaar alle rechten houdt."
    )


class Document(ApiModel):
    id: int
    title: str
    description: str | None = Field(None, description="Wat erin staat en voor wie het is.")
    type: Term | None = Field(None, description="De soort document, zoals in ?soort=.")
    publication_date: datetime.date | None = Field(
        None, description="De datum waarop deze versie verscheen."
    )
    theme: Term | None = Field(None, description="Het thema waar het document bij hoort.")
    owner: str | None = Field(
        None,
        description="De organisatie die over het document gaat (het ministerie of een gemeente).",
    )
    licence: Licence | None = Field(None, description="Wat u met het document mag doen.")
    file_type: str = Field(description="Het soort bestand, bijvoorbeeld 'PDF'.")
    file_size: int | None = Field(None, description="De grootte in bytes.")
    url: str = Field(description="Het adres om het document te downloaden.")


class DocumentCollection(Collection):
    items: list[Document]


class DocumentFilters(Params):
    soort: list[str] = Field(
        default_factory=list,
        description=(
            "Alleen deze soort: "
            + ", ".join(DocumentCategory.values)
            + "; herhaal voor meer soorten."
        ),
    )
    thema: list[str] = Field(
        default_factory=list,
        description="Alleen de documenten bij dit thema (de slug); herhaal voor meer thema's.",
    )


class DocumentListParams(DocumentFilters, PageParams):
    pass


CATEGORY_LABELS = dict(DocumentCategory.choices)


def library_documents():
    return public_documents().exclude(
        collection__in=collections_named(settings.DOCUMENT_LIBRARY_EXCLUDED_COLLECTIONS).values(
            "pk"
        )
    )


def document_item(document, theme_terms):
    category = document.category
    return Document(
        id=document.pk,
        title=document.title,
        description=document.description or None,
        type=Term(value=category, label=CATEGORY_LABELS[category])
        if category in CATEGORY_LABELS
        else None,
        publication_date=document.publication_date,
        theme=theme_terms.get(document.theme_id),
        owner=document.owner or None,
        licence=Licence(
            value=document.licence,
            label=LICENCE_NAMES[document.licence],
            url=document.licence_url or None,
        )
        if document.licence in LICENCE_NAMES
        else None,
        file_type=document.file_type,
        file_size=document.file_size,
        url=absolute_url(document.url),
    )


def theme_terms_of(request):
    """{theme pk: Term} of the published themes: a document names only a theme one can visit."""
    return {
        theme.pk: Term(value=theme.slug, label=theme.title)
        for theme in ordered_themes(request).only("pk", "slug", "title")
    }


def unknown_values(name, values, known, where):
    unknown = [value for value in dict.fromkeys(values) if value not in known]
    if not unknown:
        return []
    shown = ", ".join(f"‘{shown_value(value)}’" for value in unknown[:3])
    return [InvalidParam(name=name, code="unknownValue", reason=f"Onbekend: {shown}. {where}")]


def documents_in(documents, document_ids):
    """These documents among `documents`, in the order of document_ids (e.g. a page's blocks)."""
    by_pk = {document.pk: document for document in documents.filter(pk__in=document_ids)}
    return [by_pk[pk] for pk in dict.fromkeys(document_ids) if pk in by_pk]


@router.get("/documents", response=DocumentCollection, summary="Documenten")
def list_documents(request, params: Query[DocumentListParams]):
    """De documenten uit de documentenbibliotheek, de nieuwste eerst."""
    reject_unknown(request, DocumentListParams)
    theme_terms = theme_terms_of(request)
    pk_by_slug = {term.value: pk for pk, term in theme_terms.items()}
    categories = [value.strip() for value in params.soort if value.strip()]
    themes = [value.strip() for value in params.thema if value.strip()]
    problems = [
        *unknown_values(
            "soort", categories, CATEGORY_LABELS, f"Kies uit: {', '.join(CATEGORY_LABELS)}."
        ),
        *unknown_values("thema", themes, pk_by_slug, "Zie /api/v1/themes voor de thema's."),
    ]
    if problems:
        raise invalid(*problems)
    documents = library_documents()
    if categories:
        documents = documents.filter(category__in=categories)
    if themes:
        documents = documents.filter(theme__in=[pk_by_slug[slug] for slug in themes])
    documents = documents.order_by("-publication_date", "title", "pk")
    info, page = page_of(params, documents)
    return collection(request, info, [document_item(doc, theme_terms) for doc in page])


def attached_documents(request, document_ids):
    """The public documents among these ids (a page's download blocks), as the API shows them."""
    theme_terms = theme_terms_of(request)
    documents = public_documents(get_document_model().objects.all())
    return [document_item(doc, theme_terms) for doc in documents_in(documents, document_ids)]
