"""What the README promises BZK editors (issue 11, item 8): promoted search results, the
search-terms report and the go-live date on the Eigenschappen tab."""

import datetime
import zoneinfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from practice.roles import BZK_EDITORS, MUNICIPAL_EDITORS
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x")
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return client


def test_bzk_editor_manages_promoted_results_and_sees_the_search_terms_report(anonymous_client):
    bzk = member_of(BZK_EDITORS, "bzkzoek")
    anonymous_client.get("/zoeken/", {"q": "rapportwoordproef"})

    assert bzk.get(reverse("wagtailsearchpromotions:index")).status_code == 200
    assert bzk.get(reverse("wagtailsearchpromotions:add")).status_code == 200
    report = bzk.get(reverse("search_terms_report"))
    assert report.status_code == 200
    assert "rapportwoordproef" in report.content.decode()
    dashboard = bzk.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("search_terms_report") in dashboard
    assert reverse("wagtailsearchpromotions:index") in dashboard


def test_municipal_editor_gets_neither():
    municipal = member_of(MUNICIPAL_EDITORS, "gemeentezoek")
    for url in (reverse("wagtailsearchpromotions:index"), reverse("search_terms_report")):
        response = municipal.get(url)
        assert response.status_code in (302, 403)
        assert "/login/" not in response.headers.get("Location", "")
    dashboard = municipal.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("search_terms_report") not in dashboard


def test_superuser_menu_has_the_report_once(admin_client):
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("search_terms_report") in dashboard
    assert reverse("wagtailsearchpromotions:search_terms") not in dashboard


def test_go_live_date_is_on_the_eigenschappen_tab(home_page):
    bzk = member_of(BZK_EDITORS, "bzkplanning")
    page = ThemePageFactory(parent=home_page, title="Gepland thema", slug="gepland-thema")
    page.go_live_at = datetime.datetime(2030, 1, 2, 9, 30, tzinfo=AMSTERDAM)
    page.save_revision()

    html = bzk.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    promote_tab = html.split('id="tab-eigenschappen"')[1]
    assert "Eigenschappen" in html
    assert "Publicatieplanning" in promote_tab
    assert "2 januari 2030, 09:30" in promote_tab
    assert 'data-a11y-dialog-show="schedule-publishing-dialog"' in promote_tab
    # The dialog that the button opens is on the same page.
    assert 'id="schedule-publishing-dialog"' in html


def test_without_a_go_live_date_the_tab_says_so(home_page):
    bzk = member_of(BZK_EDITORS, "bzkzonder")
    page = ThemePageFactory(parent=home_page, title="Ongepland thema", slug="ongepland-thema")
    html = bzk.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    promote_tab = html.split('id="tab-eigenschappen"')[1]
    assert "Meteen als de pagina wordt gepubliceerd" in promote_tab
