"""Health endpoints for the orchestrator, answered first in the middleware chain.

/healthz: the process runs (200, touches nothing). /readyz: the database answers (200), else 503.
A shared cache (Redis) only speeds pages up: when it does not answer, the replica serves pages
uncached, so it stays ready; every replica shares that Redis, and taking them all out of service
for it would turn a slow site into no site. /readyz then still answers 200 and names what is
degraded ("ok; verminderd: cache default"), for operators and their monitoring. Both come before the host check, the https
redirect, sessions and logging middleware, so a probe over plain HTTP to the pod's address works,
and they are never cached, never set a cookie and are not in the sitemap (they are no pages).
Django logs a 503 at warning level, which is what an unready instance deserves; a 200 is not
logged by Django at all.
"""

import logging

from django.core.cache import caches
from django.db import DatabaseError, connections
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

# Per-process caches say nothing about shared infrastructure; only other backends are probed.
LOCAL_CACHE_BACKENDS = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return _plain(200, "ok")
        if request.path == "/readyz":
            problems = _database_problems()
            if problems:
                logger.warning("Not ready: %s", ", ".join(problems))
                return _plain(503, "niet gereed: " + ", ".join(problems))
            degraded = _cache_problems()
            if degraded:
                logger.warning("Ready, degraded: %s", ", ".join(degraded))
                return _plain(200, "ok; verminderd: " + ", ".join(degraded))
            return _plain(200, "ok")
        return self.get_response(request)


def _database_problems():
    problems = []
    for alias in connections:
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except DatabaseError:
            problems.append(f"database {alias}")
    return problems


def _cache_problems():
    problems = []
    for alias in caches:
        cache = caches[alias]
        backend = f"{type(cache).__module__}.{type(cache).__name__}"
        if backend in LOCAL_CACHE_BACKENDS:
            continue
        try:
            cache.set("readyz", "1", 5)
            if cache.get("readyz") != "1":
                problems.append(f"cache {alias}")
        except Exception:  # noqa: BLE001 - any cache failure means not ready
            problems.append(f"cache {alias}")
    return problems


def _plain(status, text):
    response = HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")
    add_never_cache_headers(response)
    response["X-Content-Type-Options"] = "nosniff"
    return response
