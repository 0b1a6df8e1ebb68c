"""Review records for the editorial tests: PageReviewFactory(page=..., next_review=...)."""

import datetime

import factory
from django.utils import timezone

from editorial.models import PageReview
from tests.themes.factories import TopicPageFactory


class PageReviewFactory(factory.django.DjangoModelFactory):
    """A topic page's review, due today unless said otherwise."""

    page = factory.SubFactory(TopicPageFactory)
    next_review = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = PageReview


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def publish(page):
    """Publishes the page as the editor's Publish button does (the page_published signal)."""
    page.save_revision().publish()
    return page
