"""Visitors' feedback in the admin: the report under Rapporten, and a page's own answers from the
menu of its edit view."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from .access import may_see_feedback
from .report import FeedbackReportView, PageFeedbackView

urlpatterns = [
    path("rapport/", FeedbackReportView.as_view(), name="report"),
    path(
        "rapport/resultaten/", FeedbackReportView.as_view(results_only=True), name="report_results"
    ),
    path("pagina/<int:page_id>/", PageFeedbackView.as_view(), name="page"),
    path(
        "pagina/<int:page_id>/resultaten/",
        PageFeedbackView.as_view(results_only=True),
        name="page_results",
    ),
]


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [path("reacties/", include((urlpatterns, "feedback"), namespace="feedback_admin"))]


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


@hooks.register("register_reports_menu_item")
def register_feedback_report():
    return FeedbackReportMenuItem(
        "Reacties van bezoekers",
        reverse("feedback_admin:report"),
        name="visitor-feedback-report",
        icon_name="comment",
        order=1260,
    )


class PageFeedbackMenuItem(PageMenuItem):
    label = "Reacties van bezoekers"
    icon_name = "comment"
    url_name = "feedback_admin:page"
    priority = 68  # after "Beoordelingsdatum"


@hooks.register("register_page_header_buttons")
def feedback_in_page_menu(page, user, view_name, next_url=None):
    asks = getattr(page.specific_class, "asks_for_feedback", False)
    if page.depth > 1 and asks and may_see_feedback(user, page):
        yield PageFeedbackMenuItem(page=page)
