"""The admin as our editors see it: Dutch, nothing from other hosts, review comments in sight;
and downloads of unreviewed municipal documents guarded."""

from urllib.parse import urlsplit

from wagtail import hooks

from .documents import guard_unreviewed_download
from .review import ReviewCommentsPanel, latest_review_comments_for, show_latest_review_comment


@hooks.register("construct_help_menu")
def keep_help_on_this_site(request, menu_items):
    """Drop Wagtail's help links to guide.wagtail.org: English, and on another host."""
    menu_items[:] = [item for item in menu_items if not urlsplit(item.url or "").netloc]


hooks.register("before_serve_document", guard_unreviewed_download)
hooks.register("before_edit_page", show_latest_review_comment)


@hooks.register("construct_homepage_panels")
def add_review_comments_panel(request, panels):
    comments = latest_review_comments_for(request.user)
    if comments:
        panels.append(ReviewCommentsPanel(comments))
