"""The stored answers: contact details out of comments, one comment per "Nee", the counts per month,
and comments deleted after the retention period by the daily scheduler (issue 25)."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from feedback.models import COMMENT_MAX_LENGTH, PageFeedback
from feedback.scrub import EMAIL_MARKER, NUMBER_MARKER, without_contact_details
from tests.feedback.factories import PageFeedbackFactory, in_month
from tests.themes.factories import TopicPageFactory


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mail jan.de-vries+web@proefdorp.nl.", f"Mail {EMAIL_MARKER}."),
        ("Of j.jansen (at) gemeente.nl", f"Of {EMAIL_MARKER}"),
        ("Bel 06-12345678 of 06 1234 5678", f"Bel {NUMBER_MARKER} of {NUMBER_MARKER}"),
        ("Mijn nummer: (020) 123 45 67.", f"Mijn nummer: {NUMBER_MARKER}."),
        ("Bel +31 6 12 34 56 78 of 0031201234567", f"Bel {NUMBER_MARKER} of {NUMBER_MARKER}"),
        # Dates, years, article numbers and short service numbers are no phone numbers.
        (
            "Op 12-03-2024 om 14:00 (artikel 3.2, sinds 2023) 0800-1234 gebeld",
            "Op 12-03-2024 om 14:00 (artikel 3.2, sinds 2023) 0800-1234 gebeld",
        ),
    ],
)
def test_contact_details_are_taken_out(text, expected):
    assert without_contact_details(text) == expected


@pytest.mark.django_db
def test_a_comment_is_stored_without_contact_details_however_it_is_saved(home_page):
    feedback = PageFeedbackFactory(useful=False, comment="  Bel mij: 0612345678 of mail a@b.nl  ")
    feedback.refresh_from_db()
    assert feedback.comment == f"Bel mij: {NUMBER_MARKER} of mail {EMAIL_MARKER}"


@pytest.mark.django_db
def test_a_no_takes_one_comment_and_a_yes_none(home_page):
    no = PageFeedbackFactory(useful=False)
    assert no.add_comment("De tekst is te lang.") is True
    assert no.add_comment("Nog iets.") is False  # the form sent again changes nothing
    assert PageFeedback.objects.get(pk=no.pk).comment == "De tekst is te lang."

    yes = PageFeedbackFactory(useful=True)
    assert yes.add_comment("Goed zo.") is False
    assert PageFeedback.objects.get(pk=yes.pk).comment == ""

    blank = PageFeedbackFactory(useful=False)
    assert blank.add_comment("   ") is False


@pytest.mark.django_db
def test_a_comment_longer_than_the_maximum_is_cut_off(home_page):
    feedback = PageFeedbackFactory(useful=False, comment="x" * (COMMENT_MAX_LENGTH + 50))
    assert len(PageFeedback.objects.get(pk=feedback.pk).comment) == COMMENT_MAX_LENGTH


@pytest.mark.django_db
def test_answers_are_counted_per_page_and_month(home_page):
    topic, other = TopicPageFactory(title="Grenzen"), TopicPageFactory(title="Nazorg")
    PageFeedbackFactory(page=topic, useful=True, given_at=in_month(2026, 10))
    PageFeedbackFactory(page=topic, useful=False, comment="Te vaag.", given_at=in_month(2026, 10))
    PageFeedbackFactory(page=topic, useful=False, given_at=in_month(2026, 10, 31))
    PageFeedbackFactory(page=topic, useful=True, given_at=in_month(2026, 11, 1))
    PageFeedbackFactory(page=other, useful=True, given_at=in_month(2026, 11))

    rows = [
        (
            row["page__title"],
            timezone.localtime(row["month"]).month,
            row["yes"],
            row["no"],
            row["comments"],
        )
        for row in PageFeedback.objects.per_month()
    ]
    assert rows == [
        ("Grenzen", 11, 1, 0, 0),
        ("Nazorg", 11, 1, 0, 0),
        ("Grenzen", 10, 1, 2, 1),
    ]


@pytest.mark.django_db
def test_comments_are_deleted_after_the_retention_period_and_the_answers_stay(home_page, settings):
    settings.FEEDBACK_COMMENT_RETENTION_DAYS = 30
    now = timezone.now()
    old = PageFeedbackFactory(
        useful=False, comment="Oud.", given_at=now - datetime.timedelta(days=31)
    )
    recent = PageFeedbackFactory(
        useful=False, comment="Nieuw.", given_at=now - datetime.timedelta(days=29)
    )
    assert PageFeedback.objects.delete_old_comments(now) == 1
    assert PageFeedback.objects.get(pk=old.pk).comment == ""
    assert PageFeedback.objects.get(pk=old.pk).useful is False
    assert PageFeedback.objects.get(pk=recent.pk).comment == "Nieuw."


@pytest.mark.django_db
def test_the_scheduler_deletes_old_comments_once_a_day(home_page, settings, monkeypatch, capsys):
    settings.FEEDBACK_COMMENT_RETENTION_DAYS = 30
    morning = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(9)))
    old = PageFeedbackFactory(
        useful=False, comment="Oud.", given_at=morning - datetime.timedelta(days=40)
    )
    for minute in range(2):
        now = morning + datetime.timedelta(minutes=minute)
        monkeypatch.setattr("core.scheduling.timezone.now", lambda now=now: now)
        call_command("publish_scheduled_once")
    output = capsys.readouterr().out
    assert output.count("toelichting(en) van bezoekers verwijderd") == 1
    assert "1 toelichting(en) van bezoekers verwijderd (ouder dan 30 dagen)." in output
    assert PageFeedback.objects.get(pk=old.pk).comment == ""
