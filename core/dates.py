"""Dates as the site shows and publishes them."""

import datetime

from django.utils import timezone


def start_of_day(date):
    """The start of a calendar day in Dutch time: what a publication date means as a moment,
    for feeds and structured data."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))
