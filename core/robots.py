"""robots.txt: what crawlers may skip."""

from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


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
