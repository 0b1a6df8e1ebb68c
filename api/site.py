"""The site's published pages, as the website shows them to an anonymous visitor.

The API answers for the site of the request's host (as the pages do) and shows only what a
visitor may see: live pages outside every private section. Every address it gives is absolute,
on the public host (CANONICAL_BASE_URL), as in the sitemap and the feeds.
"""

import re

from wagtail.models import Site

from core.seo import absolute_url, canonical_url

from .problems import Problem
from .versions import V1_PREFIX

SLUG = re.compile(r"[-\w]{1,255}", re.ASCII)


def site_root(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Problem(404, "Onder dit adres staat geen website.")
    return site.root_page


def published(model, request):
    """The live, public pages of a type on the request's site."""
    return model.objects.live().public().descendant_of(site_root(request))


def page_url(page, request):
    """The page's address on the website."""
    return canonical_url(page, request)


def api_link(path):
    """{"href": ...} for an address in version 1 of the API, e.g. api_link("themes/nazorg")."""
    return {"href": absolute_url(V1_PREFIX + path)}


def is_slug(value):
    """Whether a value from an address can be a page's slug at all; anything else (a NUL byte,
    which PostgreSQL refuses in a query) is not looked up."""
    return bool(SLUG.fullmatch(value))
