"""The error pages: Dutch, for every status Django or a view can answer with.

All but the 404 render without a request context, so they work when the database does not
(templates/includes/static_error_page.html). Django's handlers (handler400, handler403,
handler404, handler500, CSRF_FAILURE_VIEW) come here, and ErrorPageMiddleware gives a Dutch page
to an empty error answer a view made itself (405 Method Not Allowed, 413, 429).
"""

import sys

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpResponse
from django.template import loader
from django.views.defaults import page_not_found as django_page_not_found

from pagecache.outage import is_database_outage, outage_response

# Error answers that get a page of ours when the view left them empty.
STATIC_PAGES = {400: "400.html", 403: "403.html", 405: "405.html", 413: "413.html", 429: "429.html"}


def static_page(status, template_name=None, response=None):
    """The Dutch page for `status`, filled into `response` (keeping its headers, such as Allow
    and Retry-After) or into a new one."""
    content = loader.get_template(template_name or STATIC_PAGES[status]).render()
    if response is None:
        response = HttpResponse(status=status)
    response.content = content
    response["Content-Type"] = "text/html; charset=utf-8"
    response.headers.pop("Content-Length", None)
    return response


def bad_request(request, exception=None):
    # Too large a body or too many fields is Django's SuspiciousOperation, answered with 400;
    # for the sender it means "too much", which is what 413 says.
    if isinstance(exception, RequestDataTooBig | TooManyFieldsSent):
        return static_page(413)
    return static_page(400)


def permission_denied(request, exception=None):
    return static_page(403)


def csrf_failure(request, reason=""):
    return static_page(403, "403_csrf.html")


def page_not_found(request, exception=None):
    return django_page_not_found(request, exception, template_name="404.html")


def server_error(request):
    # Rendered without a request context: this page must work when the database does not.
    # Django calls this while handling the exception, so sys.exc_info() tells what went wrong.
    if is_database_outage(sys.exc_info()[1]):
        return outage_response()
    return static_page(500, "500.html")


class ErrorPageMiddleware:
    """A view's own empty error answer (Django's require_POST gives an empty 405) gets the page.

    Answers with content (the admin's, the lockout page, a JSON error) are left as they are."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code in STATIC_PAGES and not response.streaming and not response.content:
            return static_page(response.status_code, response=response)
        return response
