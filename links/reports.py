"""Rapporten > Kapotte interne links and Rapporten > Externe links: what the editor may repair,
that is the links on pages, snippets and settings they may edit. Both export to CSV and Excel."""

import datetime

import django_filters
from django.db.models import Prefetch, Q
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from .internal import broken_links
from .models import BROKEN_AFTER, ExternalLink, ExternalLinkObjectUse, ExternalLinkUse
from .objects import content_types_user_may_change, places_for


class TargetColumn(Column):
    cell_template_name = "links/target_cell.html"


class AddressColumn(Column):
    cell_template_name = "links/address_cell.html"


class PagesColumn(Column):
    cell_template_name = "links/pages_cell.html"


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


class BrokenInternalLinksReportView(ReportView):
    page_title = "Kapotte interne links"
    header_icon = "warning"
    index_url_name = "links:internal"
    index_results_url_name = "links:internal_results"
    no_results_message = (
        "Geen kapotte interne links: alle pagina's en documenten waar je pagina's, fragmenten "
        "en instellingen naar linken, zijn gepubliceerd en voor iedereen te zien."
    )
    columns = [
        TitleColumn("source_title", label="Staat op", get_url=lambda link: link.source_url),
        Column("field", label="Veld"),
        TargetColumn("target_title", label="Linkt naar"),
        Column("target_kind", label="Soort"),
        Column("reason", label="Waarom kapot"),
    ]
    list_export = ["source_title", "field", "target_title", "target_kind", "reason"]
    export_headings = {
        "source_title": "Staat op",
        "field": "Veld",
        "target_title": "Linkt naar",
        "target_kind": "Soort",
        "reason": "Waarom kapot",
    }

    def get_filename(self):
        return f"kapotte-interne-links-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return broken_links(editable_pages(self.request.user), user=self.request.user)


BROKEN, FAILING, WORKING, UNCHECKED = "kapot", "mislukt", "werkt", "nog-niet"


class ExternalLinkFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=[
            (BROKEN, f"Kapot ({BROKEN_AFTER} keer op rij mislukt)"),
            (FAILING, "Mislukt"),
            (WORKING, "Werkt"),
            (UNCHECKED, "Nog niet gecontroleerd"),
        ],
        empty_label="Alle",
        method="filter_status",
    )

    class Meta:
        model = ExternalLink
        fields = []

    def filter_status(self, queryset, name, value):
        if value == BROKEN:
            return queryset.broken()
        if value == FAILING:
            return queryset.failing()
        if value == UNCHECKED:
            return queryset.unchecked()
        return queryset.filter(failures_in_a_row=0, last_checked__isnull=False)


class ExternalLinksReportView(ReportView):
    page_title = "Externe links"
    header_icon = "link-external"
    index_url_name = "links:external"
    index_results_url_name = "links:external_results"
    filterset_class = ExternalLinkFilterSet
    no_results_message = (
        "Geen externe links gevonden op pagina's, fragmenten en instellingen die je mag bewerken."
    )
    columns = [
        AddressColumn("url", label="Adres"),
        Column("status_label", label="Status"),
        Column("answer", label="Antwoord"),
        DateColumn("last_checked", label="Laatst gecontroleerd"),
        DateColumn("first_failed", label="Mislukt sinds"),
        PagesColumn("pages", label="Gebruikt op"),
    ]
    list_export = ["url", "status_label", "answer", "last_checked", "first_failed", "page_titles"]
    export_headings = {
        "url": "Adres",
        "status_label": "Status",
        "answer": "Antwoord",
        "last_checked": "Laatst gecontroleerd",
        "first_failed": "Mislukt sinds",
        "page_titles": "Gebruikt op",
    }

    def get_filename(self):
        return f"externe-links-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        pages = editable_pages(self.request.user).values("pk")
        object_types = content_types_user_may_change(self.request.user)
        uses = (
            ExternalLinkUse.objects.filter(page__in=pages)
            .select_related("page")
            .order_by("page__title", "field")
        )
        object_uses = ExternalLinkObjectUse.objects.filter(content_type__in=object_types).order_by(
            "content_type", "object_id", "field"
        )
        return (
            ExternalLink.objects.filter(
                Q(uses__page__in=pages) | Q(object_uses__content_type__in=object_types)
            )
            .distinct()
            .prefetch_related(
                Prefetch("uses", queryset=uses, to_attr="shown_uses"),
                Prefetch("object_uses", queryset=object_uses, to_attr="object_uses_in_reach"),
            )
            .order_by("-failures_in_a_row", "host", "url")
        )

    def decorate_paginated_queryset(self, links):
        # The snippets and settings on this page of results, read together; those the editor
        # may not change (a setting of another site) are left out.
        places = places_for(
            self.request.user,
            [
                (use.content_type_id, use.object_id)
                for link in links
                for use in link.object_uses_in_reach
            ],
        )
        for link in links:
            link.shown_places = [
                (places[key], use.field)
                for use in link.object_uses_in_reach
                if (key := (use.content_type_id, use.object_id)) in places
            ]
            link.page_titles = ", ".join(
                [place.title for place, _ in link.shown_places]
                + [use.page.get_admin_display_title() for use in link.shown_uses]
            )
        return links
