"""What other apps' templates show of the practice examples."""

from django import template

from practice.models import PracticeExamplePage

register = template.Library()


@register.inclusion_tag("practice/includes/related_examples.html")
def examples_about_theme(theme, heading="Ervaringen uit de praktijk"):
    """The newest examples about a theme page, as cards (nothing when there are none)."""
    return {"examples": PracticeExamplePage.objects.about_theme(theme), "heading": heading}
