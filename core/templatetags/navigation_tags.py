from django import template

from core.ancestors import trail_above

register = template.Library()


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
