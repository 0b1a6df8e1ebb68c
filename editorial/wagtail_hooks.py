"""Review dates in the admin: the dashboard panel, the report, the page's own menu item, the
logged action."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from . import views
from .access import may_handle_review
from .models import REVIEWED_ACTION
from .panels import DueReviewsPanel, due_reviews_for
from .report import ReviewDatesReportView

urlpatterns = [
    path("rapport/", ReviewDatesReportView.as_view(), name="report"),
    path(
        "rapport/resultaten/",
        ReviewDatesReportView.as_view(results_only=True),
        name="report_results",
    ),
    path("pagina/<int:page_id>/gecontroleerd/", views.mark_reviewed, name="mark_reviewed"),
    path("pagina/<int:page_id>/", views.edit_review, name="edit_review"),
]


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [path("beoordeling/", include((urlpatterns, "editorial"), namespace="editorial"))]


class ReviewDatesMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


@hooks.register("register_reports_menu_item")
def register_review_dates_report():
    return ReviewDatesMenuItem(
        "Beoordelingsdatum",
        reverse("editorial:report"),
        name="review-dates-report",
        icon_name="calendar-alt",
        order=1250,
    )


@hooks.register("construct_homepage_panels")
def add_due_reviews_panel(request, panels):
    reviews, total = due_reviews_for(request.user)
    if reviews:
        panels.append(DueReviewsPanel(request, reviews, total))


class ReviewDateMenuItem(PageMenuItem):
    label = "Beoordelingsdatum"
    icon_name = "calendar-alt"
    url_name = "editorial:edit_review"
    priority = 67  # just after Wagtail's "Geschiedenis"


@hooks.register("register_page_header_buttons")
def review_date_in_page_menu(page, user, view_name, next_url=None):
    if page.depth > 1 and may_handle_review(user, page):
        yield ReviewDateMenuItem(page=page)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        REVIEWED_ACTION, "Gecontroleerd, niets gewijzigd", "Gecontroleerd, niets gewijzigd"
    )
