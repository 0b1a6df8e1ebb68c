"""Once a minute, exactly: whoever starts a job first in a minute claims that minute.

Kubernetes may start a CronJob twice for the same minute, and nothing stops a second scheduler
container; both then find the minute claimed and do nothing. The claim is one UPDATE on one row,
which the database serialises: of two schedulers at the same moment, exactly one changes the row.
"""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page, Revision

from .models import ScheduledRun


def claim_minute(job, now=None):
    """True for the first caller in the current minute, False for everyone after it."""
    minute = (now or timezone.now()).replace(second=0, microsecond=0)
    ScheduledRun.objects.get_or_create(job=job, defaults={"minute": minute - timedelta(minutes=1)})
    return ScheduledRun.objects.filter(job=job, minute__lt=minute).update(minute=minute) == 1


def claim_day(job, from_hour=0, now=None):
    """True for the first caller of the local day once the clock has passed ``from_hour``; a
    daily job run by the every-minute scheduler (same row, same one UPDATE as claim_minute)."""
    now = timezone.localtime(now or timezone.now())
    if now.hour < from_hour:
        return False
    day = now.replace(hour=from_hour, minute=0, second=0, microsecond=0)
    ScheduledRun.objects.get_or_create(job=job, defaults={"minute": day - timedelta(days=1)})
    return ScheduledRun.objects.filter(job=job, minute__lt=day).update(minute=day) == 1


def scheduled_now():
    """The titles of the pages that Wagtail's publish_scheduled publishes and unpublishes now,
    read just before it runs: ([to publish], [to unpublish])."""
    now = timezone.now()
    due = Revision.objects.filter(approved_go_live_at__lt=now)
    to_publish = sorted({title for title in due.values_list("object_str", flat=True) if title})
    to_unpublish = sorted(
        Page.objects.filter(live=True, expire_at__lt=now).values_list("title", flat=True)
    )
    return to_publish, to_unpublish
