"""At most N of one kind of expensive work at the same time on this replica (one machine or pod):
a lock file per slot under VAR_DIR, shared by all gunicorn workers and their threads.

Used for the heavy answers of the visitor tools (visitortools/heavy.py) and for rendering pages
anew after a change (pagecache/rendering_claims.py). flock() locks belong to the open file, so
two threads of one worker exclude each other as two workers do; a lock dies with its process.
"""

import fcntl
import logging
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)


@contextmanager
def replica_slot(kind, at_once):
    """True inside the block when one of the `at_once` slots of `kind` was free, False when all
    were taken. Without a writable folder nothing is limited (True: the work is still done)."""
    try:
        folder = Path(settings.VAR_DIR) / kind
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        logger.warning("No folder for the %s slots; not limited", kind, exc_info=True)
        yield True
        return
    for number in range(at_once):
        handle = open(folder / f"slot-{number}", "a")  # noqa: SIM115 - held for the block
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            continue
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()
        return
    yield False
