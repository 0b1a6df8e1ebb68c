"""Rapporten > Beoordelingsdatum: the due and overdue pages the editor may edit, with export."""

import datetime

import django_filters
from django.contrib.auth import get_user_model
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_type_label
from wagtail.models import get_page_content_types

from .access import editable_pages
from .models import PageReview

OVERDUE, SOON = "te-laat", "binnenkort"


class ReviewStatusFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=[(OVERDUE, "Te laat"), (SOON, "Binnenkort")],
        empty_label="Te laat en binnenkort",
        method="filter_status",
    )
    owner = django_filters.ModelChoiceFilter(
        label="Eigenaar",
        empty_label="Iedereen",
        queryset=lambda request: (
            get_user_model()
            .objects.filter(owned_page_reviews__isnull=False)
            .distinct()
            .order_by("first_name", "username")
        ),
    )
    content_type = ContentTypeFilter(
        label="Paginatype",
        field_name="page__content_type",
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )

    class Meta:
        model = PageReview
        fields = []

    def filter_status(self, queryset, name, value):
        today = timezone.localdate()
        if value == OVERDUE:
            return queryset.filter(next_review__lt=today)
        return queryset.filter(next_review__gte=today)


class ReviewActionsColumn(Column):
    cell_template_name = "editorial/review_actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        context["csrf_token"] = get_token(request)
        # Back to the full report with the same filters, also when the filters fetched only the
        # results part.
        context["next"] = f"{reverse('editorial:report')}?{request.GET.urlencode()}".rstrip("?")
        return context


class OwnerColumn(Column):
    empty_value_display = "niemand"


class ReviewDatesReportView(ReportView):
    page_title = "Beoordelingsdatum"
    header_icon = "calendar-alt"
    index_url_name = "editorial:report"
    index_results_url_name = "editorial:report_results"
    filterset_class = ReviewStatusFilterSet
    columns = [
        TitleColumn(
            "title",
            label="Pagina",
            accessor="page.get_admin_display_title",
            get_url=lambda review: reverse("wagtailadmin_pages:edit", args=[review.page_id]),
        ),
        Column("page_type", label="Type"),
        OwnerColumn("owner_name", label="Eigenaar"),
        Column("next_review", label="Volgende beoordeling"),
        Column("last_reviewed", label="Laatst beoordeeld"),
        ReviewActionsColumn("actions", label="Actie"),
    ]
    list_export = ["page.title", "page_type", "owner_name", "next_review", "last_reviewed"]
    export_headings = {
        "page.title": "Pagina",
        "page_type": "Type",
        "owner_name": "Eigenaar",
        "next_review": "Volgende beoordeling",
        "last_reviewed": "Laatst beoordeeld",
    }

    def get_filename(self):
        return f"beoordelingsdata-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return (
            PageReview.objects.for_pages(editable_pages(self.request.user))
            .due()
            .select_related("page", "owner")
            .order_by("next_review", "page__title")
        )

    def decorate_paginated_queryset(self, reviews):
        for review in reviews:
            review.page_type = get_content_type_label(review.page.cached_content_type)
        return reviews
