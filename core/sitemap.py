"""/sitemap.xml: every live public page once, with its canonical address and last change."""

from urllib.parse import urlsplit

from wagtail.contrib.sitemaps import Sitemap

from .seo import absolute_url


class CanonicalSitemap(Sitemap):
    """Wagtail's sitemap, with every address on the public host (as in the canonical tags).

    Pages give their own addresses (news items their dated one) through get_sitemap_urls.
    """

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url_info in urls:
            parts = urlsplit(url_info["location"])
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            url_info["location"] = absolute_url(path)
        return urls
