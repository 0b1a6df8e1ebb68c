"""Unreviewed municipal documents guarded: downloads (assets/documents.py) and the choosers."""

from wagtail import hooks

from .documents import guard_unreviewed_download, visible_in_admin

hooks.register("before_serve_document", guard_unreviewed_download)


@hooks.register("construct_document_chooser_queryset")
def hide_other_municipalities_uploads(documents, request):
    return visible_in_admin(documents, request.user)
