"""The admin as our editors see it: nothing from other hosts."""

from urllib.parse import urlsplit

from wagtail import hooks


@hooks.register("construct_help_menu")
def keep_help_on_this_site(request, menu_items):
    """Drop Wagtail's help links to guide.wagtail.org: English, and on another host."""
    menu_items[:] = [item for item in menu_items if not urlsplit(item.url or "").netloc]
