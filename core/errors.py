"""The branded error pages."""

import sys

from django.http import HttpResponseServerError
from django.template import loader
from django.views.defaults import page_not_found as django_page_not_found

from pagecache.outage import is_database_outage, outage_response


def page_not_found(request, exception=None):
    return django_page_not_found(request, exception, template_name="404.html")


def server_error(request):
    # Rendered without a request context: this page must work when the database does not.
    # Django calls this while handling the exception, so sys.exc_info() tells what went wrong.
    if is_database_outage(sys.exc_info()[1]):
        return outage_response()
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render())
