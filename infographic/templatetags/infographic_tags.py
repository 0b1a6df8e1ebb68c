from django import template

from infographic.models import InfographicPage

register = template.Library()


@register.inclusion_tag("infographic/compact.html", takes_context=True)
def compact_infographic(context):
    """The infographic in short: its phases with their steps, each a link to that step.

    Renders nothing when there is no live infographic. A fixed number of queries: the page, its
    view restrictions and the pages its steps link to.
    """
    infographic = InfographicPage.objects.live().public().first()
    if infographic is None:
        return {"phases": []}
    return {
        "infographic_url": infographic.get_url(context.get("request")),
        "phases": infographic.diagram_phases(),
    }
