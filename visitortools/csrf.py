"""No CSRF cookie for a visitor tool's forms, so that no step sets a cookie (protocol tool, the
manager's calendar form of "Wat nu?").

The forms are POSTed so that what a reader types stays out of addresses, browser history and
access logs. Django's CSRF protection would need a cookie (or a session) for that, and the tools
promise neither. The protection is also not needed: a POST to a tool changes nothing on the
server and involves no session or login, so a forged POST can only show its sender a page built
from what that sender posted. Exempting is limited to the public serving of the tool's own page
(and its sub-addresses); every other POST, the admin included, keeps the full CSRF check.

Other methods than GET, HEAD and POST get 405 Method Not Allowed (and its Dutch page,
core/errors.py), not a CSRF refusal that would say the form is out of date.

Each tool subclasses ToolFormCsrfExemptMiddleware with its page model; the subclass must come
before django.middleware.csrf.CsrfViewMiddleware.
"""

from django.http import HttpResponseNotAllowed
from wagtail import views as wagtail_views
from wagtail.models import Page

ALLOWED_METHODS = ("GET", "HEAD", "POST")


class ToolFormCsrfExemptMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def page_model(self):
        """The tool's page type (imported late: models need the app registry)."""
        raise NotImplementedError

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in ("GET", "HEAD") or view_func is not wagtail_views.serve:
            return None
        if not view_args:
            return None
        # Wagtail keeps this route on the request; serving the page does not look it up again.
        route = Page.route_for_request(request, view_args[0])
        if route is None or not isinstance(route[0], self.page_model()):
            return None
        if request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        request._dont_enforce_csrf_checks = True
        return None
