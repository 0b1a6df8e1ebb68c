"""The Site and its SiteSettings, attached to the request from the cache before the view runs.

Wagtail looks for both on the request first (request._wagtail_site and the settings' cache
attribute), so every later Site.find_for_request() and SiteSettings.for_request() costs nothing.
"""

from functools import partial

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry
from wagtail.models import Site

from .fragments import Fragment
from .policy import is_admin_request

SITES = Fragment("site")
SITE_SETTINGS = Fragment("site-settings")


def _site_with_specific_root(request):
    site = Site.find_for_request(request)
    if site is not None:
        # Routing starts at the root page's specific type; keep that, it saves a query per page.
        site.root_page = site.root_page.specific
    return site


def site_setting_models():
    """Every per-site setting registered with Wagtail (this app names none)."""
    return [model for model in registry if issubclass(model, BaseSiteSetting)]


def attach_site_objects(request):
    if is_admin_request(request):
        return  # the admin edits these objects: it reads them itself
    host = request.get_host()
    site = SITES.get(request, lambda: _site_with_specific_root(request), host)
    request._wagtail_site = site
    if site is not None:
        for model in site_setting_models():
            site_settings = SITE_SETTINGS.get(
                request, partial(model.for_site, site), model._meta.label_lower, site.pk
            )
            setattr(request, model.get_cache_attr_name(), site_settings)
