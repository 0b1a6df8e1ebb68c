"""Links on live pages, snippets and settings to pages and documents that visitors cannot open,
read from Wagtail's reference index at the moment they are asked for.

The index records every link a page holds: page and document choosers in StreamField blocks,
links in rich text (also inside blocks) and foreign keys. For a page it is built from the page's
database row, which holds the published content of a live page. A link is broken when its
target is

- a page that is not published, or that lies under a page with a view restriction (private);
- a document in a collection with a view restriction (private);
- deleted: Wagtail drops the index rows of a deleted target at once, so the rows are copied to
  ``LostReference`` just before (signals.py); a link that survives a later publish of the
  linking page (rich text keeps the old id) is in the index again, pointing at nothing.

Snippets and settings (objects.py) are indexed the same way, from their saved row; their copies
of lost rows are ``LostObjectReference``. A private target is always broken there: a footer link
shows to every visitor.

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

from .models import LostObjectReference, LostReference
from .objects import Place, content_types_user_may_change, places_for

UNPUBLISHED, PRIVATE, DELETED = "Niet gepubliceerd", "Afgeschermd", "Verwijderd"
PAGE, DOCUMENT = "Pagina", "Document"


@dataclass
class BrokenLink:
    page: Page | None  # the live page with the link; None in a snippet or setting
    field: str
    target_kind: str
    target_title: str
    reason: str
    target_url: str = ""  # where an editor can repair the target, if it still exists
    place: Place | None = None  # the snippet or setting with the link

    @property
    def source_title(self):
        return self.page.get_admin_display_title() if self.page else self.place.title

    @property
    def source_url(self):
        if self.page:
            return reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        return self.place.edit_url


def _ids_as_text(queryset):
    """The reference index stores ids as text."""
    return queryset.annotate(id_text=Cast("pk", CharField())).values("id_text")


def _below(paths):
    """Q for rows whose tree path lies under one of these paths (or is one of them)."""
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return condition


def broken_links(linking_pages, user=None):
    """The broken links on the live pages among ``linking_pages`` (a queryset) and, given a
    user, in the snippets and settings they may change; sorted by where they are."""
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
    broken_target = Q(to_content_type=page_type) & (
        Q(to_object_id__in=_ids_as_text(unpublished_pages))
        | Q(to_object_id__in=_ids_as_text(private_pages))
        | ~Q(to_object_id__in=_ids_as_text(Page.objects.all()))
    ) | Q(to_content_type=document_type) & (
        Q(to_object_id__in=_ids_as_text(private_documents))
        | ~Q(to_object_id__in=_ids_as_text(document_model.objects.all()))
    )

    sources = linking_pages.filter(live=True)
    source_pages = Q(base_content_type=page_type, object_id__in=_ids_as_text(sources))
    object_types = content_types_user_may_change(user) if user is not None else []
    broken_references = list(
        ReferenceIndex.objects.filter(
            (source_pages | Q(base_content_type__in=object_types)) & broken_target
        ).order_by("base_content_type", "object_id", "model_path", "pk")
    )
    lost = list(
        LostReference.objects.filter(page__in=sources.values("pk")).order_by("page_id", "pk")
    )
    lost_in_objects = list(
        LostObjectReference.objects.filter(content_type__in=object_types).order_by("pk")
    )

    page_references = [ref for ref in broken_references if ref.base_content_type_id == page_type.pk]
    page_ids = {int(reference.object_id) for reference in page_references}
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
    places = {}
    if user is not None:
        places = places_for(
            user,
            [(ref.base_content_type_id, ref.object_id) for ref in broken_references]
            + [(ref.content_type_id, ref.object_id) for ref in lost_in_objects],
        )

    found = []
    for reference in broken_references:
        if reference.base_content_type_id == page_type.pk:
            source, place = pages[int(reference.object_id)], None
        else:
            source = None
            place = places.get((reference.base_content_type_id, reference.object_id))
            if place is None:  # not the editor's to change
                continue
        target_id = int(reference.to_object_id)
        if reference.to_content_type_id == page_type.pk:
            link = _page_link(source, reference, pages.get(target_id), private_page_paths)
        else:
            link = _document_link(source, reference, documents.get(target_id))
        if link is not None:
            link.place = place
            found.append(link)
    for lost_reference in lost:
        found.append(_lost_link(lost_reference, page=pages[lost_reference.page_id]))
    for lost_reference in lost_in_objects:
        place = places.get((lost_reference.content_type_id, lost_reference.object_id))
        if place is not None:
            found.append(_lost_link(lost_reference, place=place))
    found.sort(key=lambda link: (link.source_title.lower(), link.field, link.target_title))
    return found


def _lost_link(lost_reference, page=None, place=None):
    return BrokenLink(
        page=page,
        place=place,
        field=lost_reference.field,
        target_kind=lost_reference.target_kind,
        target_title=lost_reference.target_title,
        reason=DELETED,
    )


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
    if (
        target.live
        and source is not None
        and all(source.path.startswith(path) for path in restrictions_of_target)
    ):
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
