"""Which practice examples to show: published ones, about a theme, or like another example.

Each method runs a fixed number of queries, however many examples there are. Theme and topic
pages reach these through the template tag in practice/templatetags/practice_tags.py, so the
themes app never imports the practice app.
"""

from django.db.models import Count, Q
from wagtail.models import PageManager, PageQuerySet


class PracticeExampleQuerySet(PageQuerySet):
    def published(self):
        return self.live().public()

    def for_cards(self):
        """With what an example card shows (organisation type, provinces) fetched up front."""
        return self.select_related("organisation_type").prefetch_related("provinces")

    def about_theme(self, theme, limit=3):
        """The newest published examples about a theme (a ThemePage)."""
        if theme is None or not theme.pk:
            return []
        examples = self.published().filter(themes=theme).for_cards()
        return list(examples.order_by("-publication_date", "title")[:limit])

    def like(self, example, themes, aggression_types, limit=3):
        """Examples that share the most themes and aggression types with this one, newest first.

        themes and aggression_types are the example's own, as the page shows them (in a preview
        these are the unsaved choices).
        """
        theme_pks = [theme.pk for theme in themes]
        aggression_pks = [kind.pk for kind in aggression_types]
        # Only the kinds the example has: a count filtered on an empty list matches no example
        # at all, so one without aggression types had no related examples.
        counts = [
            Count(relation, filter=Q(**{f"{relation}__in": pks}), distinct=True)
            for relation, pks in (("themes", theme_pks), ("aggression_types", aggression_pks))
            if pks
        ]
        if not counts:
            return []
        shared = sum(counts[1:], counts[0])
        candidates = self.published()
        if example.pk:
            candidates = candidates.exclude(pk=example.pk)
        return list(
            candidates.annotate(shared=shared)
            .filter(shared__gt=0)
            .for_cards()
            .order_by("-shared", "-publication_date", "title")[:limit]
        )


PracticeExampleManager = PageManager.from_queryset(PracticeExampleQuerySet)
