"""Fewer steps for municipal editors (issue 25): *Nieuw praktijkvoorbeeld* on the dashboard goes
straight to the form under the right section, and the page editor's main button sends the example
for review for those who cannot publish (*Concept opslaan* stays one click away in its menu).
"""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from .models import PracticeExampleIndexPage, PracticeExamplePage


def sections_to_add_to(user):
    """The practice sections where the user may create an example (usually one)."""
    return [
        index
        for index in PracticeExampleIndexPage.objects.all().order_by("path")
        if index.permissions_for_user(user).can_add_subpage()
    ]


class NewExamplePanel(Component):
    name = "new_practice_example"
    template_name = "practice/dashboard/new_example.html"
    order = 50  # First on the dashboard, above the review panels.

    def __init__(self, sections):
        self.sections = sections

    def get_context_data(self, parent_context):
        opts = PracticeExamplePage._meta
        return {
            "links": [
                (
                    section,
                    reverse(
                        "wagtailadmin_pages:add",
                        args=(opts.app_label, opts.model_name, section.pk),
                    ),
                )
                for section in self.sections
            ]
        }


def add_new_example_panel(request, panels):
    sections = sections_to_add_to(request.user)
    if sections:
        panels.append(NewExamplePanel(sections))


def submit_first_for_who_cannot_publish(menu_items, request, context):
    """construct_page_action_menu hook: the first item becomes the footer's main button."""
    names = [item.name for item in menu_items]
    if "action-publish" in names or "action-submit" not in names:
        return
    submit = menu_items.pop(names.index("action-submit"))
    menu_items.insert(0, submit)
