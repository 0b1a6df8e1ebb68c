"""What the README promises BZK editors (issue 11, item 8): promoted search results, the
search-terms report and the go-live date on the Eigenschappen tab."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse

from tests.html import parse, texts
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def admin_menu(response):
    """The admin's sidebar menu; Wagtail renders it from JSON in a data attribute."""
    return parse(response).find(id="wagtail-sidebar-props").get_text()


def promote_tab(response):
    """The Eigenschappen tab of the page editor."""
    return parse(response).find("section", id="tab-eigenschappen", role="tabpanel")


def test_bzk_editor_manages_promoted_results_and_sees_the_search_terms_report(
    bzk_client, anonymous_client
):
    bzk = bzk_client
    anonymous_client.get("/zoeken/", {"q": "rapportwoordproef"})

    assert bzk.get(reverse("wagtailsearchpromotions:index")).status_code == 200
    assert bzk.get(reverse("wagtailsearchpromotions:add")).status_code == 200
    report = bzk.get(reverse("search_terms_report"))
    assert report.status_code == 200
    assert "rapportwoordproef" in parse(report).get_text()
    menu = admin_menu(bzk.get(reverse("wagtailadmin_home")))
    assert reverse("search_terms_report") in menu
    assert reverse("wagtailsearchpromotions:index") in menu


def test_municipal_editor_gets_neither(municipal_client):
    municipal = municipal_client
    for url in (reverse("wagtailsearchpromotions:index"), reverse("search_terms_report")):
        response = municipal.get(url)
        assert response.status_code in (302, 403)
        assert "/login/" not in response.headers.get("Location", "")
    menu = admin_menu(municipal.get(reverse("wagtailadmin_home")))
    assert reverse("wagtailadmin_home") in menu  # The menu is there, without the report.
    assert reverse("search_terms_report") not in menu


def test_superuser_menu_has_the_report_once(admin_client):
    menu = admin_menu(admin_client.get(reverse("wagtailadmin_home")))
    assert menu.count(reverse("search_terms_report")) == 1
    assert reverse("wagtailsearchpromotions:search_terms") not in menu


def test_go_live_date_is_on_the_eigenschappen_tab(bzk_client, home_page):
    page = ThemePageFactory(parent=home_page, title="Gepland thema", slug="gepland-thema")
    page.go_live_at = datetime.datetime(2030, 1, 2, 9, 30, tzinfo=AMSTERDAM)
    page.save_revision()

    response = bzk_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    tab = promote_tab(response)
    [label] = texts(parse(response).select("#tab-label-eigenschappen"))
    assert label.startswith("Eigenschappen")
    assert "Publicatieplanning" in texts(tab.select(".w-panel__heading"))
    assert texts(tab.select("[data-vp-go-live]")) == ["2 januari 2030, 09:30"]
    assert tab.find(attrs={"data-a11y-dialog-show": "schedule-publishing-dialog"})
    # The dialog that the button opens is on the same page.
    assert parse(response).find(id="schedule-publishing-dialog")


def test_without_a_go_live_date_the_tab_says_so(bzk_client, home_page):
    page = ThemePageFactory(parent=home_page, title="Ongepland thema", slug="ongepland-thema")
    response = bzk_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert texts(promote_tab(response).select("[data-vp-go-live]")) == [
        "Meteen als de pagina wordt gepubliceerd"
    ]
