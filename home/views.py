"""Site-wide views: error pages and robots.txt."""

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.defaults import page_not_found as django_page_not_found


def page_not_found(request, exception=None):
    return django_page_not_found(request, exception, template_name="404.html")


def server_error(request):
    # Rendered without a request context: this page must work when the database does not.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render())


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # Search results: endless combinations of words, never worth crawling (they also send
        # noindex). The second rule catches a search query added to any other address.
        "Disallow: /zoeken/",
        "Disallow: /*?q=",
        # Filter combinations in listings (?soort=...&thema=...) are not blocked here: robots.txt
        # cannot say "two filters or more", and a blocked address hides its own noindex from
        # crawlers. The listings send <meta name="robots" content="noindex, follow"> for every
        # filtered view instead.
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
