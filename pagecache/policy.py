"""Which requests the page cache answers, and which responses it keeps."""

from contextvars import ContextVar

from django.conf import settings
from django.utils.cache import get_max_age

from .keys import MAX_QUERY_STRING_LENGTH

CACHEABLE_METHODS = ("GET", "HEAD")
# The admin and previews are for editors only; documents can be large files (and may be private).
NEVER_CACHED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/media/", "/static/")
# Stored responses: pages, feeds, the sitemap and the small text files. No downloads.
STORED_CONTENT_TYPES = (
    "text/html",
    "text/plain",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/json",
)
MAX_STORED_BYTES = 2 * 1024 * 1024

# Set while a page renders when a part of it could not be made now (an image whose storage did
# not answer): the page is served, but not kept, so the next visitor gets it whole again.
_page_incomplete = ContextVar("vp_page_incomplete", default=False)


def start_page():
    _page_incomplete.set(False)


def mark_page_incomplete():
    _page_incomplete.set(True)


def is_admin_request(request):
    return request.path.startswith(("/admin/", "/django-admin/"))


def has_session(request):
    """A visitor with a session cookie may be an editor: never served from the shared cache."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def is_editor(request):
    user = getattr(request, "user", None)
    return has_session(request) or bool(user is not None and user.is_authenticated)


def may_answer_from_cache(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in CACHEABLE_METHODS
        and not has_session(request)
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(NEVER_CACHED_PREFIXES)
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING_LENGTH
    )


def _forbids_shared_caching(response):
    cache_control = response.get("Cache-Control", "").lower()
    return any(word in cache_control for word in ("private", "no-store", "no-cache")) or (
        get_max_age(response) == 0
    )


def may_store(request, response):
    content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not is_editor(request)
        and not getattr(request, "is_preview", False)
        and not _page_incomplete.get()
        and not _forbids_shared_caching(response)
        and not response.has_header("Content-Encoding")
        and content_type in STORED_CONTENT_TYPES
        and len(response.content) <= MAX_STORED_BYTES
    )
