"""Keeps the link checks current as editors work.

- A page or document about to be deleted: the links to it from live pages are copied to
  ``LostReference`` (Wagtail removes the reference index rows of a deleted target right after).
  Links from pages deleted along with it (its subpages) are left out.
- A page published: its old copies are dropped (the index now holds what it links to) and its
  web addresses are stored; unpublished: it no longer counts as using any address.
- A snippet or setting saved: the same as a page published; deleted: its addresses and copies go.
  Wagtail keeps the reference index of snippets and settings (objects.py) itself.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished

from .external import sync_object, sync_page
from .internal import DOCUMENT, PAGE, describe_field
from .models import LostObjectReference, LostReference
from .objects import holds_links, key_of, object_models


def _remember_links_to(target, kind, title, leaving_paths=()):
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(target)
    _remember_links_in_objects(references, target, kind, title)
    by_page = {}
    for reference in references.filter(base_content_type=page_type):
        by_page.setdefault(int(reference.object_id), []).append(reference)
    if not by_page:
        return
    live_pages = Page.objects.live().filter(pk__in=by_page).only("pk", "path")
    lost = [
        LostReference(
            page_id=page.pk,
            field=describe_field(reference),
            target_kind=kind,
            target_id=str(target.pk),
            target_title=title[:255],
        )
        for page in live_pages
        if not any(page.path.startswith(path) for path in leaving_paths)
        for reference in by_page[page.pk]
    ]
    LostReference.objects.bulk_create(lost, ignore_conflicts=True)


def _remember_links_in_objects(references, target, kind, title):
    object_types = [ContentType.objects.get_for_model(model).pk for model in object_models()]
    lost = [
        LostObjectReference(
            content_type_id=reference.base_content_type_id,
            object_id=reference.object_id,
            field=describe_field(reference),
            target_kind=kind,
            target_id=str(target.pk),
            target_title=title[:255],
        )
        for reference in references.filter(base_content_type__in=object_types)
    ]
    LostObjectReference.objects.bulk_create(lost, ignore_conflicts=True)


@receiver(pre_delete, sender=Page)
def remember_links_to_deleted_page(sender, instance, **kwargs):
    # Deleting a page deletes its subpages too: their links to it go with them.
    _remember_links_to(instance, PAGE, instance.title, leaving_paths=[instance.path])


@receiver(pre_delete, sender=get_document_model())
def remember_links_to_deleted_document(sender, instance, **kwargs):
    _remember_links_to(instance, DOCUMENT, instance.title)


@receiver(page_published)
def page_links_after_publish(sender, instance, **kwargs):
    LostReference.objects.filter(page_id=instance.pk).delete()
    sync_page(instance)


@receiver(page_unpublished)
def page_links_after_unpublish(sender, instance, **kwargs):
    sync_page(instance)


@receiver(post_save)
def object_links_after_save(sender, instance, raw=False, **kwargs):
    if raw or not holds_links(sender):
        return
    content_type_id, object_id = key_of(instance)
    LostObjectReference.objects.filter(
        content_type_id=content_type_id, object_id=object_id
    ).delete()
    sync_object(instance)


@receiver(post_delete)
def object_links_after_delete(sender, instance, **kwargs):
    if not holds_links(sender):
        return
    content_type_id, object_id = key_of(instance)
    LostObjectReference.objects.filter(
        content_type_id=content_type_id, object_id=object_id
    ).delete()
    sync_object(instance, deleted=True)
