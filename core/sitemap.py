"""/sitemap.xml: every live public page once, with its canonical address and last change."""

from urllib.parse import urlsplit

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .seo import absolute_url


class CanonicalSitemap(Sitemap):
    """Wagtail's sitemap, with every address on the public host (as in the canonical tags).

    Pages give their own addresses (news items their dated one) through get_sitemap_urls.
    """

    def items(self):
        # Wagtail loads every page as its specific type: a query per page type. Only types that
        # make their own addresses (news items, by date) need that; the others are plain pages.
        pages = list(super().items().defer_streamfields().specific(defer=True))
        own_addresses = {}
        for page in pages:
            if _makes_own_address(type(page)):
                own_addresses.setdefault(type(page), []).append(page.pk)
        specific = {}
        for model, pks in own_addresses.items():
            specific.update(model.objects.filter(pk__in=pks).defer_streamfields().in_bulk())
        return [specific.get(page.pk, page) for page in pages]

    def _urls(self, page, protocol, domain):
        # As Wagtail's, over the list that items() gives instead of a query set.
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        for url_info in urls:
            parts = urlsplit(url_info["location"])
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            url_info["location"] = absolute_url(path)
        return urls


def _makes_own_address(model):
    return any(
        getattr(model, name) is not getattr(Page, name)
        for name in ("get_url_parts", "get_sitemap_urls")
    )
