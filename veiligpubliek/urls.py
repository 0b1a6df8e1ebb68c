import re
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts import reports
from assets import media
from core import robots, security_txt, workflow_actions
from core.sitemap import CanonicalSitemap
from infographic.widget import approach_widget
from search import views as search_views

urlpatterns = [
    *reports.urlpatterns,
    *workflow_actions.urlpatterns,
    path("admin/passkeys/", include("accounts.passkeys")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": CanonicalSitemap}}, name="sitemap"),
    path("robots.txt", robots.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", security_txt.security_txt, name="security_txt"),
    path("zoeken/", search_views.search, name="search"),
    # "Was deze informatie nuttig?" under the content pages posts here (feedback/views.py).
    path("reactie/", include("feedback.urls")),
    # The open API, read-only JSON (api/; docs/developers/api.md).
    path("api/", include("api.urls")),
    # Made to be framed on intranets (core/framing.py); the practice examples' widget is a route of
    # their listing page (/ervaringen-uit-de-praktijk/widget/).
    path("widgets/aanpak/", approach_widget, name="approach_widget"),
]

if settings.SERVE_MEDIA and not urlsplit(settings.MEDIA_URL).netloc:
    media_prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns.append(re_path(rf"^{media_prefix}(?P<path>.+)$", media.serve_media, name="media"))

urlpatterns += [path("", include(wagtail_urls))]

handler400 = "core.errors.bad_request"
handler403 = "core.errors.permission_denied"
handler404 = "core.errors.page_not_found"
handler500 = "core.errors.server_error"
