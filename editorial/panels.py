"""Dashboard panel "Te beoordelen": the editor's due and overdue pages, with the one-click button."""

from django.db.models import Case, IntegerField, Value, When
from django.middleware.csrf import get_token
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .access import editable_pages
from .models import PageReview

SHOWN_ON_DASHBOARD = 10


def due_reviews_for(user, limit=SHOWN_ON_DASHBOARD):
    """The editor's own pages first (owner), then the other pages they may edit; soonest first."""
    reviews = (
        PageReview.objects.for_pages(editable_pages(user))
        .due()
        .select_related("page", "owner")
        .annotate(
            not_mine=Case(
                When(owner=user, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("not_mine", "next_review", "page__title")
    )
    return list(reviews[:limit]), reviews.count()


class DueReviewsPanel(Component):
    name = "due_reviews"
    template_name = "editorial/dashboard/due_reviews.html"
    order = 150  # High on the dashboard: a page past its date may say something wrong.

    def __init__(self, request, reviews, total):
        self.request = request
        self.reviews = reviews
        self.total = total

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        today = timezone.localdate()
        for review in self.reviews:
            review.overdue = review.is_overdue(today)
        context.update(
            reviews=self.reviews,
            total=self.total,
            csrf_token=get_token(self.request),
            next=self.request.get_full_path(),
        )
        return context
