"""A full disk under the file cache (one host without Redis): pages are served all the same.

The disk filling up is played by the file cache's temporary file failing with ENOSPC, as the
kernel answers then; the fault test in CI fills a real tmpfs (.ci/checks/faults.py).
"""

import errno

import pytest
from django.core.cache import caches
from django.core.cache.backends import filebased
from django.test import Client

from pagecache.generation import current_generation
from pagecache.rendering_claims import claim_rendering

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_disk(settings, tmp_path, monkeypatch):
    settings.CACHES = {
        "default": {
            "BACKEND": "pagecache.file_cache.TolerantFileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    }
    caches["default"].clear()

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(filebased.tempfile, "mkstemp", no_space)
    return settings


def test_pages_searches_and_documents_answer_while_nothing_can_be_kept(full_disk, home_page):
    settings = full_disk
    settings.PAGE_CACHE_ENABLED = True
    visitor = Client()
    for url in ("/", "/zoeken/?q=agressie", "/robots.txt", "/sitemap.xml"):
        first, second = visitor.get(url), visitor.get(url)
        assert (first.status_code, second.status_code) == (200, 200), url
        assert second["X-Cache"] in {"MISS", None}  # rendered again: nothing could be kept


def test_the_cache_says_unknown_rather_than_taken_so_callers_do_the_work(full_disk):
    cache = caches["default"]
    cache.set("vp:test", 1)  # no error
    assert cache.get("vp:test") is None
    assert cache.add("vp:test", 1) is None
    assert claim_rendering("vp:page:test")  # nobody holds the claim: this request renders
    assert current_generation().startswith("unshared-")
