"""{% feedback_form %}: "Was deze informatie nuttig?" under a content page (templates/base.html).

The same form for every visitor, so the page cache and Varnish keep serving one copy of the page:
it holds only the page's id, asks the database nothing and sets no cookie.
"""

from django import template
from django.template.loader import render_to_string

from pagecache.restrictions import may_skip_restriction_check

register = template.Library()


def asks_for_feedback(page, request):
    """A live, public content page as read (GET): not a tool's answer to a POST, not a preview,
    and not a page in a private section (the form could not post about it)."""
    return (
        getattr(page, "asks_for_feedback", False)
        and page.pk is not None
        and page.live
        and request is not None
        and request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
        and may_skip_restriction_check(page)
    )


@register.simple_tag(takes_context=True)
def feedback_form(context):
    page = context.get("page")
    if not asks_for_feedback(page, context.get("request")):
        return ""
    return render_to_string("feedback/includes/form.html", {"page": page})
