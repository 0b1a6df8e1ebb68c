"""A pointer to the self-assessment that other apps' templates can show."""

from django import template

from selfassessment.models import SelfAssessmentPage

register = template.Library()


@register.inclusion_tag("selfassessment/includes/teaser.html")
def selfassessment_teaser(page):
    """A card linking to the self-assessment on the pages its editors chose (one query)."""
    if page is None or not getattr(page, "pk", None):
        return {"assessment": None}
    assessment = (
        SelfAssessmentPage.objects.live()
        .public()
        .filter(promoted_on=page)
        .only("title", "url_path", "intro")
        .first()
    )
    return {"assessment": assessment}
