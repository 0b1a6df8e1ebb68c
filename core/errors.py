"""The branded error pages."""

from django.http import HttpResponseServerError
from django.template import loader
from django.views.defaults import page_not_found as django_page_not_found


def page_not_found(request, exception=None):
    return django_page_not_found(request, exception, template_name="404.html")


def server_error(request):
    # Rendered without a request context: this page must work when the database does not.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render())
