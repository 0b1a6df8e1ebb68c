from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import VIEW_SEARCH_TERMS, EditorsSearchTermsReportView

WAGTAIL_REPORT_MENU_NAME = "search-terms"


@hooks.register("register_admin_urls")
def register_search_terms_report():
    return [
        path(
            "reports/zoektermen/",
            EditorsSearchTermsReportView.as_view(),
            name="search_terms_report",
        ),
        path(
            "reports/zoektermen/results/",
            EditorsSearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_SEARCH_TERMS)


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        "Zoektermen",
        reverse("search_terms_report"),
        name="search-terms-report",
        icon_name="search",
        order=1300,
    )


@hooks.register("construct_reports_menu")
def hide_wagtails_superuser_only_report(request, menu_items):
    # Ours replaces it; otherwise superusers would see the same report twice.
    menu_items[:] = [item for item in menu_items if item.name != WAGTAIL_REPORT_MENU_NAME]


@hooks.register("register_permissions")
def register_search_terms_permission():
    # So that administrators can also give it to other groups under Instellingen > Groepen.
    app_label, codename = VIEW_SEARCH_TERMS.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
