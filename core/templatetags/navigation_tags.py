from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.ancestors import trail_above
from core.models import SiteSettings
from pagecache.fragments import Fragment

register = template.Library()

FOOTERS = Fragment("footer")


@register.simple_tag(takes_context=True)
def is_current_section(context, nav_page):
    """True when the page being shown is nav_page or lies below it."""
    page = context.get("page")
    if page is None or not getattr(page, "path", None):
        return False
    return page.path.startswith(nav_page.path)


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    return {"ancestors": trail_above(page, context.get("request")), "page": page}


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, the same on every page: rendered once per cache generation and site (its
    service links would otherwise fetch their pages on every request)."""
    request = context.get("request")
    if request is None:
        return ""
    site_settings = SiteSettings.for_request(request)

    def render():
        return render_to_string("includes/footer.html", {"site_settings": site_settings})

    return mark_safe(FOOTERS.get(request, render, site_settings.site_id))  # noqa: S308
