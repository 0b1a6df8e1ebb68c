"""What other apps' templates show of the practice examples."""

from django import template

from core.cache import fragments
from practice.models import PracticeExamplePage

register = template.Library()


@register.inclusion_tag("practice/includes/related_examples.html", takes_context=True)
def examples_about_theme(context, theme, heading="Ervaringen uit de praktijk"):
    """The newest examples about a theme page, as cards (nothing when there are none).

    The same on the theme page and on all its topics: read once per generation and theme."""
    request = context.get("request")
    examples = (
        fragments.for_request(
            request,
            "examples-about-theme",
            lambda: PracticeExamplePage.objects.about_theme(theme),
            theme.pk,
        )
        if request is not None and theme is not None and theme.pk
        else PracticeExamplePage.objects.about_theme(theme)
    )
    return {"examples": examples, "heading": heading}
