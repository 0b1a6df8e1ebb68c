"""The admin as our editors see it: nothing from other hosts."""

from urllib.parse import urlsplit

from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static


@hooks.register("construct_help_menu")
def keep_help_on_this_site(request, menu_items):
    """Drop Wagtail's help links to guide.wagtail.org: English, and on another host."""
    menu_items[:] = [item for item in menu_items if not urlsplit(item.url or "").netloc]


@hooks.register("insert_global_admin_css")
def admin_corrections_css():
    """Our few corrections of Wagtail's admin layout (core/static/core/admin.css)."""
    return format_html('<link rel="stylesheet" href="{}">', versioned_static("core/admin.css"))
