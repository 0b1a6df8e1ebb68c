"""Cache keys: one entry per public address (host, scheme, path and query string)."""

import hashlib
from urllib.parse import urlencode

# Longer query strings are not cached: no visitor types them, and they would only fill the cache.
MAX_QUERY_STRING_LENGTH = 512


def normalised_query(request):
    # ?a=1&b=2 and ?b=2&a=1 are the same page; the order of repeated values does matter.
    return urlencode(sorted(request.GET.lists()), doseq=True)


def page_key(request, host):
    address = f"{request.scheme}://{host}{request.path}?{normalised_query(request)}"
    return "vp:page:" + hashlib.sha256(address.encode()).hexdigest()


def fragment_key(name, generation, *parts):
    """A rendered part of every page (navigation, footer), valid for one generation."""
    return ":".join(["vp:fragment", name, generation, *map(str, parts)])
