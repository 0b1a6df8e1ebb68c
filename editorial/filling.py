"""Review records for pages that have none: on first publication, and once for existing pages.

The functions take the models as arguments so that the data migration can pass its historical
ones.
"""

import datetime

from django.utils import timezone

from .periods import add_months, review_period_months

# Existing pages get at least this much time: the first day must not mail every owner at once.
GRACE_DAYS_FOR_EXISTING_PAGES = 30


def first_review(page_review_model, page, content_type, today=None):
    """The review record a newly published page gets; its Wagtail owner owns it."""
    today = today or timezone.localdate()
    months = review_period_months(content_type)
    return page_review_model(
        page=page,
        owner_id=page.owner_id,
        next_review=None if months is None else add_months(today, months),
    )


def fill_missing_reviews(page_model, page_review_model, content_type_model, today=None):
    """Creates the missing records for live pages (not the tree's root); returns how many.

    The date counts from the page's last publication, but lies at least GRACE_DAYS ahead.
    """
    today = today or timezone.localdate()
    earliest = today + datetime.timedelta(days=GRACE_DAYS_FOR_EXISTING_PAGES)
    content_types = {ct.pk: ct for ct in content_type_model.objects.all()}
    pages = page_model.objects.filter(live=True, depth__gt=1, review__isnull=True).only(
        "pk", "owner_id", "content_type_id", "last_published_at"
    )
    new_reviews = []
    for page in pages.iterator():
        content_type = content_types[page.content_type_id]
        published = page.last_published_at
        start = timezone.localdate(published) if published else today
        review = first_review(page_review_model, page, content_type, today=start)
        if review.next_review is not None:
            review.next_review = max(review.next_review, earliest)
        new_reviews.append(review)
    page_review_model.objects.bulk_create(new_reviews, batch_size=500)
    return len(new_reviews)
