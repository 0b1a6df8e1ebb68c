"""Links on live pages to pages and documents that visitors cannot open, read from Wagtail's
reference index at the moment they are asked for.

The index records every link a page holds: page and document choosers in StreamField blocks,
links in rich text (also inside blocks) and foreign keys. For a page it is built from the page's
database row, which holds the published content of a live page. A link is broken when its
target is

- a page that is not published, or that lies under a page with a view restriction (private);
- a document in a collection with a view restriction (private);
- deleted: Wagtail drops the index rows of a deleted target at once, so the rows are copied to
  ``LostReference`` just before (signals.py); a link that survives a later publish of the
  linking page (rich text keeps the old id) is in the index again, pointing at nothing.

The number of queries does not depend on the number of links or pages.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    ReferenceIndex,
)

from .models import LostReference

UNPUBLISHED, PRIVATE, DELETED = "Niet gepubliceerd", "Afgeschermd", "Verwijderd"
PAGE, DOCUMENT = "Pagina", "Document"


@dataclass
class BrokenLink:
    page: Page  # the live page with the link
    field: str
    target_kind: str
    target_title: str
    reason: str
    target_url: str = ""  # where an editor can repair the target, if it still exists

    @property
    def page_title(self):
        return self.page.get_admin_display_title()


def _ids_as_text(queryset):
    """The reference index stores ids as text."""
    return queryset.annotate(id_text=Cast("pk", CharField())).values("id_text")


def _below(paths):
    """Q for rows whose tree path lies under one of these paths (or is one of them)."""
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def broken_links(linking_pages):
    """The broken links on the live pages among ``linking_pages`` (a queryset), sorted by page."""
    page_type = ContentType.objects.get_for_model(Page)
    document_model = get_document_model()
    document_type = ContentType.objects.get_for_model(document_model)
    private_page_paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    private_collection_paths = list(
        CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    )
    private_collections = Collection.objects.filter(_below(private_collection_paths))

    unpublished_pages = Page.objects.filter(live=False)
    private_pages = Page.objects.filter(_below(private_page_paths))
    private_documents = document_model.objects.filter(collection__in=private_collections)

    sources = linking_pages.filter(live=True)
    references = ReferenceIndex.objects.filter(
        base_content_type=page_type, object_id__in=_ids_as_text(sources)
    )
    broken_references = list(
        references.filter(
            Q(to_content_type=page_type)
            & (
                Q(to_object_id__in=_ids_as_text(unpublished_pages))
                | Q(to_object_id__in=_ids_as_text(private_pages))
                | ~Q(to_object_id__in=_ids_as_text(Page.objects.all()))
            )
            | Q(to_content_type=document_type)
            & (
                Q(to_object_id__in=_ids_as_text(private_documents))
                | ~Q(to_object_id__in=_ids_as_text(document_model.objects.all()))
            )
        ).order_by("object_id", "model_path", "pk")
    )
    lost = list(
        LostReference.objects.filter(page__in=sources.values("pk")).order_by("page_id", "pk")
    )

    page_ids = {int(reference.object_id) for reference in broken_references}
    page_ids |= {lost_reference.page_id for lost_reference in lost}
    target_page_ids = {
        int(reference.to_object_id)
        for reference in broken_references
        if reference.to_content_type_id == page_type.pk
    }
    target_document_ids = {
        int(reference.to_object_id)
        for reference in broken_references
        if reference.to_content_type_id == document_type.pk
    }
    pages = Page.objects.in_bulk(page_ids | target_page_ids)
    documents = document_model.objects.in_bulk(target_document_ids)

    found = []
    for reference in broken_references:
        source = pages[int(reference.object_id)]
        target_id = int(reference.to_object_id)
        if reference.to_content_type_id == page_type.pk:
            link = _page_link(source, reference, pages.get(target_id), private_page_paths)
        else:
            link = _document_link(source, reference, documents.get(target_id))
        if link is not None:
            found.append(link)
    for lost_reference in lost:
        found.append(
            BrokenLink(
                page=pages[lost_reference.page_id],
                field=lost_reference.field,
                target_kind=lost_reference.target_kind,
                target_title=lost_reference.target_title,
                reason=DELETED,
            )
        )
    found.sort(key=lambda link: (link.page_title.lower(), link.field, link.target_title))
    return found


def describe_field(reference):
    """'Inhoud → Link' for a block, the field's name otherwise; never fails on a changed model."""
    try:
        return str(reference.describe_source_field())
    except (LookupError, AttributeError, ValueError):
        return reference.model_path


def _page_link(source, reference, target, private_page_paths):
    field = describe_field(reference)
    if target is None:
        return BrokenLink(source, field, PAGE, f"pagina {reference.to_object_id}", DELETED)
    # Live, so private: a link between two pages behind the same restriction works for whoever
    # may see the linking page, so it is not listed.
    restrictions_of_target = [path for path in private_page_paths if target.path.startswith(path)]
    if target.live and all(source.path.startswith(path) for path in restrictions_of_target):
        return None
    return BrokenLink(
        source,
        field,
        PAGE,
        target.get_admin_display_title(),
        PRIVATE if target.live else UNPUBLISHED,
        reverse("wagtailadmin_pages:edit", args=[target.pk]),
    )


def _document_link(source, reference, target):
    field = describe_field(reference)
    if target is None:
        return BrokenLink(source, field, DOCUMENT, f"document {reference.to_object_id}", DELETED)
    return BrokenLink(
        source,
        field,
        DOCUMENT,
        target.title,
        PRIVATE,
        reverse("wagtaildocs:edit", args=[target.pk]),
    )
