"""What keeps the feedback form honest without a cookie: same-origin posts only, and a limit per
client address.

Django's CSRF check needs a cookie or a session, which the public pages never set (they are
served from the shared page cache to everyone alike). A forged answer could only add a "Ja" or a
"Nee" to a page, but it would still skew what editors read, so the browser's own word is checked
instead: a browser that sends Sec-Fetch-Site or Origin (every current one does on a POST) must
say the form came from this site. A client that sends neither (an old browser, a script) is let
through and counted like everyone else.
"""

import time

from django.conf import settings
from django.core.cache import cache

from accounts.client_address import client_address

SAME_SITE_FETCHES = {"same-origin", "none"}


def comes_from_this_site(request):
    # Sec-Fetch-Site is set by the browser alone (no page can write it) and says it straight; the
    # Origin may be "null" for a same-origin form under a strict Referrer-Policy.
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in SAME_SITE_FETCHES
    # An older browser: its Origin, when it sends one ("null" from a sandboxed frame is refused).
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    own_origin = f"{request.scheme}://{request.get_host()}"
    return origin in (own_origin, *settings.CSRF_TRUSTED_ORIGINS)


def seconds_left_in_window(now=None):
    window = settings.FEEDBACK_RATE_WINDOW_SECONDS
    return max(1, window - int((now or time.time()) % window))


def over_rate(request):
    """Counts this answer for the client's address; True when it is one too many. Counted in the
    shared cache as the visitor tools count their files (visitortools/heavy.py); when the cache
    does not answer, nobody is counted."""
    window_seconds = settings.FEEDBACK_RATE_WINDOW_SECONDS
    window = int(time.time() // window_seconds)
    key = f"vp:feedback:{client_address(request)}:{window}"
    try:
        cache.add(key, 0, window_seconds * 2)
        count = cache.incr(key)
    except Exception:  # noqa: BLE001 - an unreachable cache counts nobody
        return False
    return count is not None and count > settings.FEEDBACK_ANSWERS_PER_WINDOW
