"""Heavy answers (the tools' PDF, ODT and DOCX files) may not crowd out the pages.

A file costs a worker a tenth of a second or more of CPU and is never cached; thirty people (or
one script) asking at once would occupy every worker while topic pages wait. So:

- **per replica** at most HEAVY_ANSWERS_AT_ONCE files are made at the same time (a lock file per
  slot under VAR_DIR, shared by the gunicorn workers of the replica); whoever finds every slot
  taken gets 503 with Retry-After: the other workers stay free for pages;
- **per client address** at most HEAVY_ANSWERS_PER_MINUTE files a minute (counted in the shared
  cache); then 429 with Retry-After. When the cache does not answer, nobody is counted.

Both answers are the Dutch pages of core/errors.py; what the visitor typed is still in the form
of the page they came from (the browser's Back button), nothing is lost.
"""

import functools
import logging
import time

from django.conf import settings
from django.core.cache import cache

from accounts.client_address import client_address
from core.errors import static_page
from pagecache.replica_slots import replica_slot

logger = logging.getLogger(__name__)

RETRY_BUSY_SECONDS = 5
RATE_WINDOW_SECONDS = 60


def slot():
    """True inside the block when one of this replica's heavy-answer slots was free."""
    return replica_slot("heavy-answers", settings.HEAVY_ANSWERS_AT_ONCE)


def over_rate(request):
    """Counts this request for the client's address; True when it is one too many."""
    window = int(time.time() // RATE_WINDOW_SECONDS)
    key = f"vp:heavy-answers:{client_address(request)}:{window}"
    try:
        cache.add(key, 0, RATE_WINDOW_SECONDS * 2)
        count = cache.incr(key)
    except Exception:  # noqa: BLE001 - an unreachable cache counts nobody
        return False
    return count > settings.HEAVY_ANSWERS_PER_MINUTE


def _retry_later(status, seconds):
    response = static_page(status, "503_busy.html" if status == 503 else None)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "private, no-store"
    return response


def limited(view):
    """For a page's view method (self, request, ...) that makes a heavy answer."""

    @functools.wraps(view)
    def wrapper(page, request, *args, **kwargs):
        if over_rate(request):
            return _retry_later(429, RATE_WINDOW_SECONDS)
        with slot() as free:
            if not free:
                return _retry_later(503, RETRY_BUSY_SECONDS)
            return view(page, request, *args, **kwargs)

    return wrapper
