"""Cache headers for browsers and CDNs.

Anonymous pages may be kept briefly by browsers and a little longer by shared caches; our own
page cache is purged exactly, a CDN in front is not, so its time stays short too. When the site is
down, a CDN may keep serving what it has for a day (stale-if-error).
"""

from django.utils.cache import patch_vary_headers

PUBLIC_CACHE_CONTROL = (
    "public, max-age=60, s-maxage=120, stale-while-revalidate=60, stale-if-error=86400"
)
PRIVATE_CACHE_CONTROL = "private, no-store"
# The only request headers an anonymous page depends on: its encoding, and whether a cookie
# (a session: an editor) is sent. Anonymous visitors send no cookie, so they all share one copy.
PUBLIC_VARY = "Accept-Encoding, Cookie"


def mark_public(response):
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    response["Vary"] = PUBLIC_VARY
    response.headers.pop("Expires", None)
    return response


def mark_private(response):
    response["Cache-Control"] = PRIVATE_CACHE_CONTROL
    response.headers.pop("Expires", None)
    patch_vary_headers(response, ("Cookie",))
    return response
