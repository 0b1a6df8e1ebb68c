"""At most API_REQUESTS_PER_MINUTE requests a minute per client address, then 429.

Counted in the shared cache (every worker and replica sees the same count) in windows of a
minute, as the visitor tools count their files (visitortools/heavy.py). Every request to /api/
counts, also one the page cache answers: a script that asks too much is slowed down before it
reaches the database. When the cache does not answer, nobody is counted.
"""

import time

from django.conf import settings
from django.core.cache import cache

from accounts.client_address import client_address

WINDOW_SECONDS = 60
DEFAULT_REQUESTS_PER_MINUTE = 300


def limit():
    return getattr(settings, "API_REQUESTS_PER_MINUTE", DEFAULT_REQUESTS_PER_MINUTE)


def now():
    return time.time()


def seconds_left_in_window():
    return max(1, WINDOW_SECONDS - int(now() % WINDOW_SECONDS))


def over_rate(request):
    """Counts this request for the client's address; True when it is one too many."""
    window = int(now() // WINDOW_SECONDS)
    key = f"vp:api-requests:{client_address(request)}:{window}"
    try:
        cache.add(key, 0, WINDOW_SECONDS * 2)
        count = cache.incr(key)
    except Exception:  # noqa: BLE001 - an unreachable cache counts nobody
        return False
    return count is not None and count > limit()
