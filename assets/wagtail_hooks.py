"""Downloads of unreviewed municipal documents guarded (assets/documents.py)."""

from wagtail import hooks

from .documents import guard_unreviewed_download

hooks.register("before_serve_document", guard_unreviewed_download)
