"""Who renders a page anew after a change: the first request to claim it, for a few seconds,
and only while this replica renders fewer than PAGE_CACHE_RENDERS_AT_ONCE pages anew.

The claim is an entry in the shared cache (Redis, or the file cache on one host) added only if
absent, so one request per page renders while the others are served the copy from before the
change. A claim that is never released (a worker killed mid-render) lapses by itself.

A publish makes every stored page out of date at once. Rendering them all at the same moment,
one request each, would still take every worker of the replica for a while, and requests for
cached pages would queue behind them. So a replica renders few pages anew at a time (a lock file
per slot, pagecache/replica_slots.py); a request that finds no slot free serves the copy from
before too, and the next request for that page renders it.

When the replica runs a background renderer (pagecache/background_renders.py), the request that
claims the page hands it to that process and is served the copy from before as well; the
renderer releases the claim once the new copy is stored.
"""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache

from .background_renders import ask_renderer
from .entries import STORED_ENCODINGS
from .replica_slots import replica_slot

logger = logging.getLogger(__name__)

# Longer than a page takes to render (the database gives up on a statement after 5 s), short
# enough that a lost claim delays a new copy only briefly.
CLAIM_SECONDS = 10


@contextmanager
def rendering_anew(page_key, request):
    """True inside the block when this request renders the out-of-date page; False: serve the
    copy from before the change."""
    if not claim_rendering(page_key):
        yield False
        return
    if ask_renderer(request):
        yield False  # the claim stays until the renderer has stored the page, or lapses
        return
    try:
        with replica_slot("page-renders", settings.PAGE_CACHE_RENDERS_AT_ONCE) as free:
            yield free
    finally:
        release_rendering(page_key)


def _claim_key(page_key):
    return f"{page_key}:rendering"


def claim_rendering(page_key):
    """True when this request should render the page (it holds the claim, or the cache cannot
    say: then every request renders, as without the cache)."""
    try:
        # django-redis answers None instead of raising when Redis did not answer.
        return cache.add(_claim_key(page_key), 1, timeout=CLAIM_SECONDS) is not False
    except Exception:
        logger.warning("Page cache claim not made", exc_info=True)
        return True


def release_rendering(page_key):
    try:
        cache.delete(_claim_key(page_key))
    except Exception:
        logger.warning("Page cache claim not released", exc_info=True)


def forget_page(page_key):
    try:
        cache.delete_many([f"{page_key}:{encoding}" for encoding in STORED_ENCODINGS])
    except Exception:
        logger.warning("Stale page not removed from the cache", exc_info=True)
