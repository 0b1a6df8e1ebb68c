"""What every public page needs for its header and footer."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site

from pagecache.fragments import Fragment

MAIN_NAVIGATION = Fragment("main-navigation")


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def _main_navigation(request):
    root = _site_root(request)
    if root is None:
        return []
    return MAIN_NAVIGATION.get(
        request,
        lambda: list(Page.objects.child_of(root).live().public().in_menu().order_by("path")),
        root.pk,
    )


def site_chrome(request):
    # Lazy, so that pages that do not show the chrome (the admin, feeds) do not query for it.
    return {
        "site_root": SimpleLazyObject(lambda: _site_root(request)),
        "main_navigation": SimpleLazyObject(lambda: _main_navigation(request)),
    }
