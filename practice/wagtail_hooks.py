"""The practice taxonomies in the admin: one menu item with the four lists editors manage; the
reviewer's latest comment where the editor looks (practice/review.py)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .municipal_dashboard import add_new_example_panel, submit_first_for_who_cannot_publish
from .review import (
    ResubmissionsPanel,
    ReviewCommentsPanel,
    latest_review_comments_for,
    resubmissions_for,
    show_changes_since_review,
    show_latest_review_comment,
)
from .taxonomies import AggressionType, OrganisationType, Province, WorkSetting


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class OrganisationTypeViewSet(TaxonomyViewSet):
    model = OrganisationType
    icon = "group"


class ProvinceViewSet(TaxonomyViewSet):
    model = Province
    icon = "site"


class AggressionTypeViewSet(TaxonomyViewSet):
    model = AggressionType
    icon = "warning"


class WorkSettingViewSet(TaxonomyViewSet):
    model = WorkSetting
    icon = "home"


class PracticeTaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Indeling praktijkvoorbeelden"
    menu_icon = "tag"
    menu_order = 250
    items = (OrganisationTypeViewSet, ProvinceViewSet, AggressionTypeViewSet, WorkSettingViewSet)


register_snippet(PracticeTaxonomyGroup)


hooks.register("before_edit_page", show_latest_review_comment)
hooks.register("before_edit_page", show_changes_since_review)


@hooks.register("construct_homepage_panels")
def add_review_comments_panel(request, panels):
    comments = latest_review_comments_for(request.user)
    if comments:
        panels.append(ReviewCommentsPanel(comments))


@hooks.register("construct_homepage_panels")
def add_resubmissions_panel(request, panels):
    resubmissions = resubmissions_for(request.user)
    if resubmissions:
        panels.append(ResubmissionsPanel(resubmissions))


hooks.register("construct_homepage_panels", add_new_example_panel)
hooks.register("construct_page_action_menu", submit_first_for_who_cannot_publish)
