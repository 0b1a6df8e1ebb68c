"""Visitors' answers for the feedback tests: PageFeedbackFactory(page=..., useful=..., ...)."""

import factory
from django.utils import timezone

from feedback.models import PageFeedback
from tests.themes.factories import TopicPageFactory


class PageFeedbackFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(TopicPageFactory)
    useful = True
    given_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = PageFeedback


def in_month(year, month, day=15):
    return timezone.make_aware(timezone.datetime(year, month, day, 12))
