"""Things pages need (the site, its settings, the navigation, related items), read from the
database once per generation instead of once per request. A change bumps the generation like any
other, so nothing here is ever out of date.

One way in: each kept part is declared once, by name, where it is computed::

    THEME_SECTION = Fragment("theme-section")
    theme, topics = THEME_SECTION.get(request, compute, theme_path, host)

``compute`` is called (without arguments) only when this generation has no value yet; the parts
after it tell values of the same fragment apart (a page id, a host). A second declaration of a
name fails at import, so two apps never share a key by accident. Page models call functions that
use fragments; they hold none themselves.
"""

import hashlib

from django.core.cache import cache

from .generation import current_generation, request_generation
from .keys import fragment_key

TIMEOUT_SECONDS = 24 * 60 * 60
MISSING = object()

# Every declared fragment by name (see Fragment).
REGISTRY = {}

# What this process read for the newest generation it has seen, so that every request does not
# unpickle the same navigation, site and settings again. Safe because the generation is part of
# every key: after a change no old value is found. The values are shared by the requests of this
# process, so nothing may change them in place. Cleared when full (pages' own fragments add up).
_memo = {}
_memo_generation = None
MEMO_MAX_ENTRIES = 5000


def _remembered_in_memory(generation, key):
    """This process' copy only (MISSING without one); a new generation empties the memo."""
    global _memo_generation
    if generation != _memo_generation:
        _memo.clear()
        _memo_generation = generation
    return _memo.get(key, MISSING)


def _remembered(generation, key):
    value = _remembered_in_memory(generation, key)
    if value is MISSING:
        value = cache.get(key, MISSING)
        if value is not MISSING:
            _remember(key, value)
    return value


def _remember(key, value):
    if len(_memo) >= MEMO_MAX_ENTRIES:
        _memo.clear()
    _memo[key] = value


def text_part(text):
    """Any text (a search, a filter set) as a short, cache-safe part of a fragment's key."""
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _generation(request):
    """The request's own generation (read once per request), or the current one without one."""
    return request_generation(request) if request is not None else current_generation()


class Fragment:
    """A named part of pages kept per generation, in the shared cache and this process' memory."""

    def __init__(self, name, in_memory=True):
        """in_memory=False: values of get_many() are not kept in this process' memory too (for
        large values, such as whole page texts, of which the memo would hold thousands)."""
        if name in REGISTRY:
            raise ValueError(f"The page-cache fragment {name!r} is declared twice.")
        self.name = name
        self.in_memory = in_memory
        REGISTRY[name] = self

    def __repr__(self):
        return f"Fragment({self.name!r})"

    def _key(self, generation, parts):
        return fragment_key(self.name, generation, *parts)

    def get(self, request, compute, *parts):
        """The value for this generation; computed (and kept) when there is none yet. Without a
        request (a query set, a command) the current generation is read."""
        generation = _generation(request)
        key = self._key(generation, parts)
        value = _remembered(generation, key)
        if value is MISSING:
            value = compute()
            cache.set(key, value, TIMEOUT_SECONDS)
            _remember(key, value)
        return value

    def lookup(self, request, *parts):
        """The kept value, or MISSING; for fragments of which only some values are kept."""
        generation = _generation(request)
        return _remembered(generation, self._key(generation, parts))

    def store(self, request, value, *parts):
        key = self._key(_generation(request), parts)
        cache.set(key, value, TIMEOUT_SECONDS)
        _remember(key, value)

    def get_many(self, request, ids, compute_missing, *parts):
        """{id: value} for many objects at once (one cache read); compute_missing(ids) returns
        {id: value} for the ones not kept yet, in one go, and they are kept for the others."""
        generation = _generation(request)
        keys = {self._key(generation, (*parts, item_id)): item_id for item_id in ids}
        found = {}
        unread = []
        for key, item_id in keys.items():
            value = _remembered_in_memory(generation, key) if self.in_memory else MISSING
            if value is MISSING:
                unread.append(key)
            else:
                found[item_id] = value
        if unread:
            for key, value in cache.get_many(unread).items():
                found[keys[key]] = value
                if self.in_memory:
                    _remember(key, value)
        missing = [item_id for item_id in ids if item_id not in found]
        if missing:
            computed = compute_missing(missing)
            stored = {
                self._key(generation, (*parts, item_id)): value
                for item_id, value in computed.items()
            }
            cache.set_many(stored, TIMEOUT_SECONDS)
            if self.in_memory:
                for key, value in stored.items():
                    _remember(key, value)
            found.update(computed)
        return found


class KeptSlices:
    """A sequence for Django's paginator whose slices are kept per generation in a fragment:
    one page of a listing or search is computed once, by the first visitor after a change.

    ``make_sequence`` builds the real (expensive) sequence only when a slice is not kept yet;
    ``keep`` turns the slice's items into what is kept (small and picklable: ids, or the results
    as shown); ``count`` is known beforehand, so the paginator does not count."""

    def __init__(self, fragment, request, make_sequence, count, *parts, keep=None):
        self.fragment = fragment
        self.request = request
        self.make_sequence = make_sequence
        self.total = count
        self.parts = parts
        self.keep = keep or list

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("Only slices are supported.")
        return self.fragment.get(
            self.request,
            lambda: self.keep(self.make_sequence()[key]),
            *self.parts,
            key.start,
            key.stop,
        )
