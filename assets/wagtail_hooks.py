"""Unreviewed municipal documents guarded: downloads (assets/documents.py) and the choosers."""

from wagtail import hooks

from .documents import guard_unreviewed_download, visible_in_admin
from .summary import count_what_the_lists_show

hooks.register("before_serve_document", guard_unreviewed_download)


@hooks.register("construct_document_chooser_queryset")
def hide_other_municipalities_uploads(documents, request):
    return visible_in_admin(documents, request.user)


# After Wagtail's own summary items (order 0), which it replaces.
hooks.register("construct_homepage_summary_items", count_what_the_lists_show, order=100)
