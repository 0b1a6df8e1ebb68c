"""Scheduled publishing runs once a minute, however many schedulers start it."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.scheduling import claim_minute
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db

NOON = datetime.datetime(2026, 12, 1, 12, 0, 10, tzinfo=datetime.UTC)


def test_the_first_claim_of_a_minute_wins_every_later_one_loses():
    assert claim_minute("job", now=NOON) is True
    assert claim_minute("job", now=NOON + datetime.timedelta(seconds=40)) is False
    assert claim_minute("other job", now=NOON) is True
    assert claim_minute("job", now=NOON + datetime.timedelta(minutes=1)) is True
    # A scheduler whose clock lags behind does not run a minute that is already past.
    assert claim_minute("job", now=NOON) is False


def test_a_second_scheduler_in_the_same_minute_publishes_nothing(home_page, capsys, monkeypatch):
    # Both runs in one minute, even when the test happens to straddle the turn of a minute.
    this_minute = timezone.now()
    monkeypatch.setattr("core.scheduling.timezone.now", lambda: this_minute)
    page = ThemePageFactory(parent=home_page, title="Later live", live=False)
    revision = page.save_revision(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    page.refresh_from_db()
    assert not page.live

    call_command("publish_scheduled_once")
    page.refresh_from_db()
    assert page.live and page.live_revision_id == revision.pk
    assert "Gepubliceerd volgens planning: Later live" in capsys.readouterr().out

    call_command("publish_scheduled_once")
    assert "al gedaan" in capsys.readouterr().out


def test_an_expired_page_is_named_when_it_is_unpublished(home_page, capsys):
    page = ThemePageFactory(parent=home_page, title="Oude actie")
    page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save()
    call_command("publish_scheduled_once")
    page.refresh_from_db()
    assert not page.live
    assert "Gedepubliceerd, want verlopen: Oude actie" in capsys.readouterr().out


def test_a_run_with_nothing_scheduled_says_so(home_page, capsys):
    call_command("publish_scheduled_once")
    assert "Niets te publiceren of te depubliceren." in capsys.readouterr().out
