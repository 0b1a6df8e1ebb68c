"""Once a minute, exactly: whoever starts a job first in a minute claims that minute.

Kubernetes may start a CronJob twice for the same minute, and nothing stops a second scheduler
container; both then find the minute claimed and do nothing. The claim is one UPDATE on one row,
which the database serialises: of two schedulers at the same moment, exactly one changes the row.
"""

from datetime import timedelta

from django.utils import timezone

from .models import ScheduledRun


def claim_minute(job, now=None):
    """True for the first caller in the current minute, False for everyone after it."""
    minute = (now or timezone.now()).replace(second=0, microsecond=0)
    ScheduledRun.objects.get_or_create(job=job, defaults={"minute": minute - timedelta(minutes=1)})
    return ScheduledRun.objects.filter(job=job, minute__lt=minute).update(minute=minute) == 1
