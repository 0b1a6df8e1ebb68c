"""What other apps' templates show of the practice examples."""

from django import template

from practice import related
from practice.models import PracticeExamplePage

register = template.Library()


@register.inclusion_tag("practice/includes/related_examples.html", takes_context=True)
def examples_about_theme(context, theme, heading="Ervaringen uit de praktijk"):
    """The newest examples about a theme page, as cards (nothing when there are none).

    The same on the theme page and on all its topics: read once per generation and theme."""
    examples = related.examples_about_theme(
        PracticeExamplePage.objects, theme, context.get("request")
    )
    return {"examples": examples, "heading": heading}
