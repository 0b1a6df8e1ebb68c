"""The readability check in the admin: an item in every page's menu, and the jargon list."""

from django.urls import path
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import JargonTerm


@hooks.register("register_admin_urls")
def register_readability_urls():
    return [
        path(
            "leesbaarheid/pagina/<int:page_id>/",
            views.page_readability,
            name="readability_page",
        )
    ]


class ReadabilityMenuItem(PageMenuItem):
    label = "Leesbaarheid"
    icon_name = "doc-full"
    url_name = "readability_page"
    priority = 68  # after "Beoordelingsdatum"


@hooks.register("register_page_header_buttons")
def readability_in_page_menu(page, user, view_name, next_url=None):
    if page.depth > 1 and views.may_check(user, page):
        yield ReadabilityMenuItem(page=page)


class JargonViewSet(SnippetViewSet):
    model = JargonTerm
    icon = "list-ul"
    menu_label = "Jargonlijst"
    menu_name = "jargon"
    add_to_settings_menu = True
    list_display = ["word", "alternative", "note"]
    search_fields = ["word"]


register_snippet(JargonViewSet)
