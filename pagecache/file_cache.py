"""The file cache (one host without Redis), tolerant of a full or read-only disk as django-redis
is of a Redis that does not answer (IGNORE_EXCEPTIONS): a value that cannot be written is not
kept, and the page is served all the same. Found by the fault test (.ci/checks/faults.py): a full
disk under var/cache gave every new search, and later every request, a 500."""

import logging

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache

logger = logging.getLogger(__name__)


class TolerantFileBasedCache(FileBasedCache):
    def set(self, *args, **kwargs):
        try:
            super().set(*args, **kwargs)
        except OSError as error:
            logger.warning("Not kept in the file cache: %s", error)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # Django's add() writes through set(), which here swallows the error: write directly, so
        # that a value that was not written is never reported as added.
        if self.has_key(key, version):
            return False
        try:
            FileBasedCache.set(self, key, value, timeout, version)
        except OSError as error:
            logger.warning("Not added to the file cache: %s", error)
            return None  # unknown, as django-redis answers: callers then do the work themselves
        return True

    def touch(self, *args, **kwargs):
        try:
            return super().touch(*args, **kwargs)
        except OSError as error:
            logger.warning("Not touched in the file cache: %s", error)
            return False
