"""Redirects for old addresses: on the old agressievrijwerk.nl hosts and on the site itself."""

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.http.request import split_domain_port

from legacy.paths import legacy_hosts, split_suffix
from legacy.resolver import DatabaseSource, Target, resolve

# Files a client asks a host for by name; they keep their path on the new host.
SAME_PATH_FILES = {"/robots.txt", "/sitemap.xml"}
# Browsers keep a 301 forever unless told otherwise; a day lets a corrected map take effect.
REDIRECT_MAX_AGE = 86400


class LegacyHostRedirectMiddleware:
    """Answers every request to a legacy host with one 301 to the canonical host.

    It comes first in MIDDLEWARE, before SecurityMiddleware, so that http://agressievrijwerk.nl/x
    goes straight to the canonical https address instead of first to https://agressievrijwerk.nl/x.
    It also runs before sessions and CSRF, so these responses never set a cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.hosts = legacy_hosts()

    def __call__(self, request):
        if not self.hosts or not self._is_legacy_host(request):
            return self.get_response(request)
        if request.path_info in SAME_PATH_FILES:
            target = Target(path=request.path_info)
        else:
            target = resolve(request.path_info, DatabaseSource(), legacy_host=True)
        response = HttpResponsePermanentRedirect(target.location())
        response["Cache-Control"] = f"max-age={REDIRECT_MAX_AGE}"
        return response

    def _is_legacy_host(self, request):
        # get_host() refuses hosts that ALLOWED_HOSTS does not list, as Django would anyway.
        domain, _port = split_domain_port(request.get_host())
        return domain.lower() in self.hosts


class OldPathRedirectMiddleware:
    """Redirects old paths on the site's own host, but only where no page answers (a 404).

    Takes the place of Wagtail's RedirectMiddleware: the same Redirect table, matched in the same
    forgiving way as on the legacy hosts and followed to the end, so there is never a chain.
    Query strings play no part in the match.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        target = resolve(request.path_info, DatabaseSource(), legacy_host=False)
        if target is None or _same_address(request, target):
            return response
        redirect_class = HttpResponsePermanentRedirect if target.permanent else HttpResponseRedirect
        # A relative address keeps the visitor on the host they use (a test or preview host).
        return redirect_class(target.location(base_url=""))


def _same_address(request, target):
    return not target.url and split_suffix(target.path)[0] == request.path_info
