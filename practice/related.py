"""Related practice examples, for theme and topic pages and for the examples themselves.

Each function runs a fixed number of queries, however many examples there are.
"""

from django.db.models import Count, Q

from .models import PracticeExamplePage


def published_examples():
    return PracticeExamplePage.objects.live().public()


def examples_for_theme(theme, limit=3):
    """The newest examples about a theme (a ThemePage)."""
    if theme is None or not theme.pk:
        return []
    return list(
        published_examples().filter(themes=theme).order_by("-publication_date", "title")[:limit]
    )


def related_examples(example, themes, aggression_types, limit=3):
    """Examples that share the most themes and aggression types with this one, newest first.

    themes and aggression_types are the example's own, as the page shows them (in a preview
    these are the unsaved choices).
    """
    theme_pks = [theme.pk for theme in themes]
    aggression_pks = [kind.pk for kind in aggression_types]
    if not theme_pks and not aggression_pks:
        return []
    shared = Count("themes", filter=Q(themes__in=theme_pks), distinct=True) + Count(
        "aggression_types", filter=Q(aggression_types__in=aggression_pks), distinct=True
    )
    candidates = published_examples()
    if example.pk:
        candidates = candidates.exclude(pk=example.pk)
    return list(
        candidates.annotate(shared=shared)
        .filter(shared__gt=0)
        .select_related("organisation_type")
        .prefetch_related("provinces")
        .order_by("-shared", "-publication_date", "title")[:limit]
    )
