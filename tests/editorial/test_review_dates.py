"""Review dates: the period per page type, the date a page gets on first publication, and the
records that existing pages get."""

import datetime

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.models import Page, get_page_models

from editorial.filling import GRACE_DAYS_FOR_EXISTING_PAGES
from editorial.models import PageReview
from editorial.periods import REVIEW_PERIOD_MONTHS, add_months
from tests.editorial.factories import days_from_today, publish
from tests.news.factories import NewsPageFactory
from tests.practice.factories import PracticeExamplePageFactory
from tests.themes.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def test_every_period_names_a_page_type_and_every_page_type_has_one():
    labels = {model._meta.label_lower for model in get_page_models()} - {"wagtailcore.page"}
    assert set(REVIEW_PERIOD_MONTHS) == labels
    for label in REVIEW_PERIOD_MONTHS:
        assert apps.get_model(label)


def test_months_are_added_as_on_a_calendar():
    assert add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2026, 12, 5), 12) == datetime.date(2027, 12, 5)
    assert add_months(datetime.date(2026, 11, 30), 24) == datetime.date(2028, 11, 30)


def test_first_publication_sets_the_date_of_its_type_and_the_owner(home_page, bzk_editor):
    topic = TopicPageFactory(owner=bzk_editor)
    example = PracticeExamplePageFactory()
    news = NewsPageFactory()
    for page in (topic, example, news):
        publish(page)

    topic_review = PageReview.objects.get(page=topic)
    assert topic_review.next_review == add_months(days_from_today(0), 12)
    assert topic_review.owner == bzk_editor
    assert PageReview.objects.get(page=example).next_review == add_months(days_from_today(0), 24)
    assert PageReview.objects.get(page=news).next_review is None


def test_publishing_again_keeps_the_date_an_editor_set(home_page):
    topic = publish(TopicPageFactory())
    PageReview.objects.filter(page=topic).update(next_review=days_from_today(3))
    publish(topic)
    assert PageReview.objects.get(page=topic).next_review == days_from_today(3)


def test_existing_pages_get_a_date_from_their_publication_but_not_within_a_month(home_page):
    long_ago = TopicPageFactory(
        last_published_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    recent = TopicPageFactory(last_published_at=datetime.datetime.now(tz=datetime.UTC))
    PageReview.objects.all().delete()

    call_command("fill_review_dates", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert PageReview.objects.get(page=long_ago).next_review == days_from_today(
        GRACE_DAYS_FOR_EXISTING_PAGES
    )
    assert PageReview.objects.get(page=recent).next_review == add_months(days_from_today(0), 12)
    # The tree's root is no page of the site; a second run creates nothing.
    assert not PageReview.objects.filter(page=Page.get_first_root_node()).exists()
    count = PageReview.objects.count()
    call_command("fill_review_dates", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert PageReview.objects.count() == count


def test_every_content_type_in_the_periods_is_a_page_content_type():
    for label in REVIEW_PERIOD_MONTHS:
        app_label, model = label.split(".")
        assert ContentType.objects.get_by_natural_key(app_label, model)
