"""Anonymous visitors get public pages from the shared cache, before sessions, authentication
and CSRF run; everyone else gets the headers that keep their pages out of shared caches."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError

from .background_renders import is_renderer_request
from .entries import make_entries, response_from_entry, stored_encoding
from .generation import GENERATION_KEY, current_generation
from .http import mark_private
from .keys import page_key
from .policy import is_admin_request, is_editor, may_answer_from_cache, may_store, start_page
from .rendering_claims import forget_page, release_rendering, rendering_anew
from .site_objects import attach_site_objects

logger = logging.getLogger(__name__)

# Long, because purging is by generation, not by time; a page that is not asked for makes room.
ENTRY_TIMEOUT_SECONDS = 24 * 60 * 60


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_answer_from_cache(request):
            return self._uncached(request, self._render(request))
        try:
            key = page_key(request, request.get_host())
            encoding = stored_encoding(request)
            generation, entry = self._lookup(f"{key}:{encoding}")
        except Exception:  # a bad Host header, or the cache itself is unreachable
            logger.warning("Page cache skipped", exc_info=True)
            return self._uncached(request, self.get_response(request))
        request._vp_generation = generation
        if entry is not None and entry["generation"] == generation:
            return response_from_entry(request, entry, "HIT")
        if is_renderer_request(request):
            # The replica's background renderer, asked by the request that claimed the page.
            try:
                return self._render_and_store(request, key, encoding, generation, entry)
            finally:
                release_rendering(key)
        if entry is None or not settings.PAGE_CACHE_SERVE_STALE:
            return self._render_and_store(request, key, encoding, generation, entry)
        # After a change, one request renders the page anew (or hands it to the replica's
        # background renderer), and a replica renders few pages at once; everyone else
        # meanwhile gets the copy from before the change (no stampede).
        with rendering_anew(key, request) as ours:
            if not ours:
                return response_from_entry(request, entry, "STALE")
            return self._render_and_store(request, key, encoding, generation, entry)

    def _render_and_store(self, request, key, encoding, generation, stale_entry):
        response = self._render(request)
        if getattr(response, "database_unavailable", False) and stale_entry is not None:
            # An older copy beats an error page while the database is down.
            return response_from_entry(request, stale_entry, "STALE")
        if not may_store(request, response):
            if stale_entry is not None:
                # Unpublished, made private, or not whole now: the old copy must not be served
                # to anyone while a next request renders the page again.
                forget_page(key)
            response["X-Cache"] = "MISS"
            return self._uncached(request, response)
        entries = make_entries(response, generation)
        try:
            cache.set_many(
                {f"{key}:{name}": entry for name, entry in entries.items()}, ENTRY_TIMEOUT_SECONDS
            )
        except Exception:
            logger.warning("Page not stored in the cache", exc_info=True)
        return response_from_entry(request, entries[encoding], "MISS")

    def _render(self, request):
        start_page()
        try:
            attach_site_objects(request)
        except DatabaseError:
            pass  # the view meets the same error and answers it (core.errors)
        except DisallowedHost:
            pass  # answered with a 400 by Django itself
        return self.get_response(request)

    def _lookup(self, key):
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or current_generation()
        return generation, found.get(key)

    def _uncached(self, request, response):
        if is_admin_request(request) or is_editor(request) or response.cookies:
            mark_private(response)
        return response
