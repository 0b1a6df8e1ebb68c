"""Things every page needs (the site, its settings, the navigation), read from the database once
per generation instead of once per request. A change bumps the generation like any other."""

from django.core.cache import cache

from .generation import current_generation, request_generation
from .keys import fragment_key

TIMEOUT_SECONDS = 24 * 60 * 60
MISSING = object()


def cached_per_generation(generation, name, compute, *parts):
    key = fragment_key(name, generation, *parts)
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        cache.set(key, value, TIMEOUT_SECONDS)
    return value


def for_request(request, name, compute, *parts):
    return cached_per_generation(request_generation(request), name, compute, *parts)


def for_process(name, compute):
    """For code without a request (query sets): still one cache read, no query."""
    return cached_per_generation(current_generation(), name, compute)
