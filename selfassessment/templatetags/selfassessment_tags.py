"""A pointer to the self-assessment that other apps' templates can show."""

from django import template

from core.promotion import tool_promoted_on
from selfassessment.models import SelfAssessmentPage

register = template.Library()


@register.inclusion_tag("selfassessment/includes/teaser.html")
def selfassessment_teaser(page):
    """A card linking to the self-assessment on the pages its editors chose (one query)."""
    return {"assessment": tool_promoted_on(SelfAssessmentPage, page)}
