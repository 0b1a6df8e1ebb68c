"""No CSRF cookie for the manager's calendar form, so that no answer sets a cookie.

The same reasoning as the protocol tool's (protocol/middleware.py): the form is POSTed so that
the incident's date and label stay out of addresses, browser history and access logs; Django's
CSRF protection would need a cookie for that; and it is not needed here, because a POST only
returns a calendar file built from what its sender posted, changes nothing on the server and
involves no session or login. Only the public serving of the manager's page (and its
sub-addresses) is exempted; every other POST keeps the full check.

Other methods than GET, HEAD and POST get 405 (with its Dutch page), not a CSRF refusal.
Must come before django.middleware.csrf.CsrfViewMiddleware.
"""

from django.http import HttpResponseNotAllowed
from wagtail import views as wagtail_views
from wagtail.models import Page

ALLOWED_METHODS = ("GET", "HEAD", "POST")


class CalendarFormCsrfExemptMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in ("GET", "HEAD") or view_func is not wagtail_views.serve:
            return None
        if not view_args:
            return None
        from .models import WhatNowManagerPage  # models need the app registry

        # Wagtail keeps this route on the request; serving the page does not look it up again.
        route = Page.route_for_request(request, view_args[0])
        if route is None or not isinstance(route[0], WhatNowManagerPage):
            return None
        if request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        request._dont_enforce_csrf_checks = True
        return None
