"""The Site and its SiteSettings, attached to the request from the cache before the view runs.

Wagtail looks for both on the request first (request._wagtail_site and the settings' cache
attribute), so every later Site.find_for_request() and SiteSettings.for_request() costs nothing.
"""

from wagtail.models import Site

from . import fragments
from .policy import is_admin_request


def _site_with_specific_root(request):
    site = Site.find_for_request(request)
    if site is not None:
        # Routing starts at the root page's specific type; keep that, it saves a query per page.
        site.root_page = site.root_page.specific
    return site


def attach_site_objects(request):
    if is_admin_request(request):
        return  # the admin edits these objects: it reads them itself
    from core.models import SiteSettings

    host = request.get_host()
    site = fragments.for_request(request, "site", lambda: _site_with_specific_root(request), host)
    request._wagtail_site = site
    if site is not None:
        site_settings = fragments.for_request(
            request, "site-settings", lambda: SiteSettings.for_site(site), site.pk
        )
        setattr(request, SiteSettings.get_cache_attr_name(), site_settings)
