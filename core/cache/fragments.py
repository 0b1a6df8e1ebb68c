"""Things every page needs (the site, its settings, the navigation), read from the database once
per generation instead of once per request. A change bumps the generation like any other."""

from django.core.cache import cache

from .generation import current_generation, request_generation
from .keys import fragment_key

TIMEOUT_SECONDS = 24 * 60 * 60
MISSING = object()

# What this process read for the newest generation it has seen, so that every request does not
# unpickle the same navigation, site and settings again. Safe because the generation is part of
# every key: after a change no old value is found. The values are shared by the requests of this
# process, so nothing may change them in place. Cleared when full (pages' own fragments add up).
_memo = {}
_memo_generation = None
MEMO_MAX_ENTRIES = 5000


def _remembered(generation, key):
    global _memo_generation
    if generation != _memo_generation:
        _memo.clear()
        _memo_generation = generation
    value = _memo.get(key, MISSING)
    if value is MISSING:
        value = cache.get(key, MISSING)
        if value is not MISSING:
            _remember(key, value)
    return value


def _remember(key, value):
    if len(_memo) >= MEMO_MAX_ENTRIES:
        _memo.clear()
    _memo[key] = value


def cached_per_generation(generation, name, compute, *parts):
    key = fragment_key(name, generation, *parts)
    value = _remembered(generation, key)
    if value is MISSING:
        value = compute()
        cache.set(key, value, TIMEOUT_SECONDS)
        _remember(key, value)
    return value


def lookup(request, name, *parts):
    """The value kept for this generation, or MISSING; for values only some of which are kept
    (see store)."""
    generation = request_generation(request)
    return _remembered(generation, fragment_key(name, generation, *parts))


def store(request, name, value, *parts):
    key = fragment_key(name, request_generation(request), *parts)
    cache.set(key, value, TIMEOUT_SECONDS)
    _remember(key, value)


def for_request(request, name, compute, *parts):
    return cached_per_generation(request_generation(request), name, compute, *parts)


def for_process(name, compute):
    """For code without a request (query sets): still one cache read, no query."""
    return cached_per_generation(current_generation(), name, compute)


def many_for_request(request, name, ids, compute_missing, *parts):
    """{id: value} for many objects at once (one cache read); compute_missing(ids) returns
    {id: value} for the ones not cached yet, in one go, and they are stored for the others."""
    generation = request_generation(request)
    keys = {fragment_key(name, generation, *parts, item_id): item_id for item_id in ids}
    found = {keys[key]: value for key, value in cache.get_many(list(keys)).items()}
    missing = [item_id for item_id in ids if item_id not in found]
    if missing:
        computed = compute_missing(missing)
        cache.set_many(
            {
                fragment_key(name, generation, *parts, item_id): computed[item_id]
                for item_id in computed
            },
            TIMEOUT_SECONDS,
        )
        found.update(computed)
    return found
