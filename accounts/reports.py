"""Reports that list pages show an editor only what they may see.

Wagtail's *Paginatypegebruik* (page types usage) names, for every page type, the page edited
last and when, whoever may edit it: a municipal editor would see the titles and edit times of BZK
pages. It is for editors who may publish (the BZK editors); the reports that list pages
themselves (*Verouderde pagina's*, *Vergrendelde pagina's*) already show only pages the editor
may edit.
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

PUBLISHERS_ONLY = ["publish"]


class PublishersPageTypesUsageReportView(PageTypesUsageReportView):
    any_permission_required = PUBLISHERS_ONLY


def may_publish_pages(user):
    return policy_registry.get_by_type(Page).user_has_any_permission(user, PUBLISHERS_ONLY)


# In front of Wagtail's own addresses (veiligpubliek/urls.py), so that they answer first; with
# the admin's own login check, as every address under /admin/ has.
urlpatterns = [
    path(
        "admin/reports/page-types-usage/",
        require_admin_access(PublishersPageTypesUsageReportView.as_view()),
    ),
    path(
        "admin/reports/page-types-usage/results/",
        require_admin_access(PublishersPageTypesUsageReportView.as_view(results_only=True)),
    ),
]


def hide_page_types_usage_from_non_publishers(request, menu_items):
    """construct_reports_menu hook (accounts/wagtail_hooks.py)."""
    if not may_publish_pages(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
