"""The two link reports under Rapporten."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem

from .reports import BrokenInternalLinksReportView, ExternalLinksReportView

urlpatterns = [
    path("intern/", BrokenInternalLinksReportView.as_view(), name="internal"),
    path(
        "intern/resultaten/",
        BrokenInternalLinksReportView.as_view(results_only=True),
        name="internal_results",
    ),
    path("extern/", ExternalLinksReportView.as_view(), name="external"),
    path(
        "extern/resultaten/",
        ExternalLinksReportView.as_view(results_only=True),
        name="external_results",
    ),
]


@hooks.register("register_admin_urls")
def register_link_report_urls():
    return [path("links/", include((urlpatterns, "links"), namespace="links"))]


class PageEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


@hooks.register("register_reports_menu_item")
def register_broken_internal_links_report():
    return PageEditorsMenuItem(
        "Kapotte interne links",
        reverse("links:internal"),
        name="broken-internal-links-report",
        icon_name="warning",
        order=1260,
    )


@hooks.register("register_reports_menu_item")
def register_external_links_report():
    return PageEditorsMenuItem(
        "Externe links",
        reverse("links:external"),
        name="external-links-report",
        icon_name="link-external",
        order=1270,
    )
