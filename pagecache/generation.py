"""The site-wide generation: a token that changes whenever anything public changes.

A stored page is valid only while the generation it was rendered under is the current one. The
token lives in the shared cache, so every gunicorn worker sees a bump at once. If the cache loses
the token, a new one is made: every stored page is then out of date, which is safe.
"""

import uuid

from django.core.cache import cache

GENERATION_KEY = "vp:page-cache:generation"


def _new_token():
    return uuid.uuid4().hex


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _new_token(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    if generation is None:
        # The shared cache is unreachable (a down Redis reads as empty): a token of this moment
        # only, so nothing stored earlier is taken for current and pages are rendered anew.
        generation = "unshared-" + _new_token()
    return generation


def request_generation(request):
    """The generation this request renders under: read once, so that a page rendered while an
    editor publishes is stored under the old generation and never served after the change."""
    if not hasattr(request, "_vp_generation"):
        request._vp_generation = current_generation()
    return request._vp_generation


def bump_generation():
    cache.set(GENERATION_KEY, _new_token(), timeout=None)
