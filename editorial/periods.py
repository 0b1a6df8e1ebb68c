"""How long a page of each type stays right before someone looks at it again: the one place.

Keyed by model label ("app_label.modelname", lower case) so that this app, below the page apps,
needs none of them. ``None``: never up for review (news is of its day; an index page lists
what is under it). A type not listed gets DEFAULT_MONTHS.
"""

import calendar
import datetime

DEFAULT_MONTHS = 12

REVIEW_PERIOD_MONTHS = {
    "home.homepage": 12,
    "home.standardpage": 12,
    "themes.themepage": 12,
    "themes.topicpage": 12,
    "themes.documentlibrarypage": 12,
    "practice.practiceexampleindexpage": None,
    "practice.practiceexamplepage": 24,
    "infographic.infographicpage": 12,
    "news.newsindexpage": None,
    "news.newspage": None,
    "selfassessment.selfassessmentpage": 12,
    "protocol.protocoltoolpage": 12,
    "whatnow.whatnowpage": 12,
    "whatnow.whatnowmanagerpage": 12,
    "whatnow.incidentnotepage": 12,
    # The model asks the statement to be looked at again every year.
    "compliance.accessibilitystatementpage": 12,
    "compliance.woorequestpage": 12,
}

# "Due" on the dashboard and in the report: overdue, or up for review within this many days.
DUE_SOON_DAYS = 30


def review_period_months(content_type):
    """Months between reviews for a page of this content type, or None for never."""
    return REVIEW_PERIOD_MONTHS.get(
        f"{content_type.app_label}.{content_type.model}", DEFAULT_MONTHS
    )


def add_months(day, months):
    """The same day ``months`` later; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_review_after(day, content_type):
    """The next review date counted from ``day``, or None when the type is never reviewed."""
    months = review_period_months(content_type)
    return None if months is None else add_months(day, months)
