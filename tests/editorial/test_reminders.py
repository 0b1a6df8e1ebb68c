"""One mail per page when it falls due, in Dutch, to the owner or the team; never twice for the
same date; sent once a day by the every-minute scheduler."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from core.scheduling import claim_day
from editorial.models import PageReview
from tests.core.factories import UserFactory
from tests.editorial.factories import PageReviewFactory, days_from_today
from tests.themes.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def send_reminders():
    call_command("send_review_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def owner(db):
    return UserFactory(username="eigenaar", first_name="Fatima", email="fatima@example.nl")


def test_each_due_page_mails_its_owner_once(home_page, owner):
    PageReviewFactory(page=TopicPageFactory(title="Agressie melden"), owner=owner)
    PageReviewFactory(
        page=TopicPageFactory(title="Nazorg"), owner=owner, next_review=days_from_today(-10)
    )
    PageReviewFactory(
        page=TopicPageFactory(title="Later"), owner=owner, next_review=days_from_today(1)
    )
    PageReviewFactory(
        page=TopicPageFactory(title="Van het team"),
        team_name="Redactie BZK",
        team_email="redactie@example.nl",
    )

    send_reminders()
    assert sorted((message.subject, *message.to) for message in mail.outbox) == [
        ("Controleer je pagina 'Agressie melden'", "fatima@example.nl"),
        ("Controleer je pagina 'Nazorg'", "fatima@example.nl"),
        ("Controleer je pagina 'Van het team'", "redactie@example.nl"),
    ]
    body = mail.outbox[0].body
    assert body.startswith("Hallo Fatima,") and "Gecontroleerd, niets gewijzigd" in body
    assert "/admin/pages/" in body

    send_reminders()
    assert len(mail.outbox) == 3


def test_a_new_date_mails_again(home_page, owner):
    review = PageReviewFactory(owner=owner)
    send_reminders()
    PageReview.objects.filter(pk=review.pk).update(next_review=days_from_today(-1))
    send_reminders()
    assert len(mail.outbox) == 2


def test_a_page_without_an_address_waits_for_an_owner(home_page, owner):
    review = PageReviewFactory(owner=None)
    send_reminders()
    assert mail.outbox == []
    PageReview.objects.filter(pk=review.pk).update(owner=owner)
    send_reminders()
    assert [message.to for message in mail.outbox] == [["fatima@example.nl"]]


def test_unpublished_pages_are_not_reminded(home_page, owner):
    PageReviewFactory(page=TopicPageFactory(live=False), owner=owner)
    send_reminders()
    assert mail.outbox == []


def test_the_day_is_claimed_once_and_not_before_the_hour():
    early = timezone.make_aware(datetime.datetime(2026, 12, 7, 6, 59))
    assert claim_day("job", from_hour=7, now=early) is False
    assert claim_day("job", from_hour=7, now=early + datetime.timedelta(minutes=1)) is True
    assert claim_day("job", from_hour=7, now=early + datetime.timedelta(hours=5)) is False
    assert claim_day("job", from_hour=7, now=early + datetime.timedelta(days=1)) is False
    assert claim_day("job", from_hour=7, now=early + datetime.timedelta(days=1, minutes=1)) is True


def test_the_scheduler_sends_the_reminders_once_a_day(home_page, owner, monkeypatch):
    PageReviewFactory(owner=owner)
    morning = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(9)))
    for minute in range(2):
        now = morning + datetime.timedelta(minutes=minute)
        monkeypatch.setattr("core.scheduling.timezone.now", lambda now=now: now)
        call_command("publish_scheduled_once", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    assert PageReview.objects.get().reminded_for == timezone.localdate()
