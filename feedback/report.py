"""Rapporten > Reacties van bezoekers: the answers per page and month, and one page's answers with
its comments; both exported as CSV or Excel. Only pages the editor may edit."""

import datetime

from django.conf import settings
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from .access import editable_pages, may_see_feedback
from .export import FormulaSafeCsvMixin
from .models import PageFeedback


def label_months(rows):
    """Adds "month_label" (december 2026, for the screen) and "month_iso" (2026-12, for
    spreadsheets) to rows of PageFeedbackQuerySet.per_month()."""
    for row in rows:
        month = (
            timezone.localtime(row["month"]) if timezone.is_aware(row["month"]) else row["month"]
        )
        row["month_label"] = format_date(month, "F Y")
        row["month_iso"] = format_date(month, "Y-m")
    return rows


def counted_as(singular, plural):
    """A paginator whose "1 ..." / "12 ..." under the list names what a row is."""
    return type(
        "Paginator", (WagtailPaginator,), {"verbose_name": singular, "verbose_name_plural": plural}
    )


class FeedbackReportView(FormulaSafeCsvMixin, ReportView):
    paginator_class = counted_as("pagina in een maand", "pagina's per maand")
    page_title = "Reacties van bezoekers"
    header_icon = "comment"
    index_url_name = "feedback_admin:report"
    index_results_url_name = "feedback_admin:report_results"
    columns = [
        TitleColumn(
            "title",
            label="Pagina",
            accessor="page__title",
            get_url=lambda row: reverse("feedback_admin:page", args=[row["page"]]),
        ),
        Column("month_label", label="Maand"),
        Column("yes", label="Ja"),
        Column("no", label="Nee"),
        Column("comments", label="Toelichtingen"),
    ]
    list_export = ["page__title", "month_iso", "yes", "no", "comments"]
    export_headings = {
        "page__title": "Pagina",
        "month_iso": "Maand",
        "yes": "Ja",
        "no": "Nee",
        "comments": "Toelichtingen",
    }

    def get_filename(self):
        return f"reacties-van-bezoekers-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return PageFeedback.objects.for_pages(editable_pages(self.request.user)).per_month()

    def decorate_paginated_queryset(self, rows):
        return label_months(list(rows))


FORBIDDEN = "Je mag deze pagina niet bewerken, dus ook de reacties van bezoekers niet zien."


class GivenAtColumn(Column):
    def get_value(self, instance):
        return format_date(timezone.localtime(instance.given_at), "j F Y, H:i")


class PageFeedbackView(FormulaSafeCsvMixin, ReportView):
    """One page: its yes and no per month above, its comments (newest first) below."""

    paginator_class = counted_as("toelichting", "toelichtingen")
    page_title = "Reacties van bezoekers"
    header_icon = "comment"
    template_name = "feedback/admin/page_feedback.html"
    columns = [
        GivenAtColumn("given_at", label="Gegeven op"),
        Column("comment", label="Toelichting"),
    ]
    list_export = ["given_at", "comment"]
    export_headings = {"given_at": "Gegeven op", "comment": "Toelichting"}
    # In the site's time zone (Wagtail's XLSX export would write UTC).
    custom_field_preprocess = {
        "given_at": {
            ReportView.FORMAT_CSV: lambda value: f"{timezone.localtime(value):%Y-%m-%d %H:%M}",
            ReportView.FORMAT_XLSX: lambda value: timezone.make_naive(value),
        }
    }

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific_deferred
        if not may_see_feedback(request.user, self.page):
            # A plain 403, as for review dates (editorial/views.py), not Wagtail's redirect.
            return HttpResponseForbidden(FORBIDDEN)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_index_url(self):
        return reverse("feedback_admin:page", args=[self.page.pk])

    def get_index_results_url(self):
        return reverse("feedback_admin:page_results", args=[self.page.pk])

    def get_filename(self):
        return f"reacties-{self.page.slug}-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return PageFeedback.objects.filter(page=self.page).with_comment().order_by("-given_at")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["feedback_page"] = self.page
        context["months"] = label_months(
            list(PageFeedback.objects.filter(page=self.page).per_month())
        )
        context["retention_days"] = settings.FEEDBACK_COMMENT_RETENTION_DAYS
        return context
