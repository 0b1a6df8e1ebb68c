"""A pointer to the visitor tools that the pages they are recommended on show."""

from django import template

from visitortools.promotion import tools_promoted_on

register = template.Library()


@register.inclusion_tag("visitortools/includes/teasers.html")
def visitor_tool_teasers(page):
    """A card for each tool whose editors chose this page in *aanbevolen op*."""
    return {"tools": tools_promoted_on(page)}
