"""The demo's accessibility statement and Woo page (compliance/content/), as `make run` shows them."""

import datetime
import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from compliance.models import AccessibilityStatementPage, WooRequestPage
from core.models import SiteSettings
from home.models import HomePage, StandardPage
from tests.html import parse

pytestmark = pytest.mark.django_db


def test_the_demo_statement_is_b_with_its_open_items_and_linked_from_the_footer(anonymous_client):
    statement = AccessibilityStatementPage.objects.get()
    assert statement.url == "/toegankelijkheid/"
    assert statement.status(today=datetime.date(2026, 12, 1)).letter == "B"
    response = anonymous_client.get("/toegankelijkheid/")
    document = parse(response)
    article = document.find("article", attrs={"data-accessibility-statement": True})
    assert article["data-open-items"] == "2"
    assert document.find("footer").find("a", href="/toegankelijkheid/")


def test_the_demo_woo_page_links_the_library_and_is_in_the_footer(anonymous_client):
    woo = WooRequestPage.objects.get()
    main = parse(anonymous_client.get(woo.url)).find("main")
    assert main.find("a", href="/documenten/")
    footer = parse(anonymous_client.get("/")).find("footer")
    assert footer.find("a", href=woo.url)


def test_an_old_demo_standard_page_is_replaced_by_the_statement_once():
    home = HomePage.objects.get()
    AccessibilityStatementPage.objects.get().delete()
    old = StandardPage(title="Toegankelijkheid", slug="toegankelijkheid", body="[]")
    home.add_child(instance=old)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    links_before = len(site_settings.footer_links)
    call_command("load_demo_content", stdout=io.StringIO())
    page = Page.objects.get(url_path=home.url_path + "toegankelijkheid/").specific
    assert isinstance(page, AccessibilityStatementPage)
    assert not StandardPage.objects.filter(slug="toegankelijkheid").exists()
    # The Woo page was there already: its footer link is not added a second time.
    site_settings.refresh_from_db()
    assert len(site_settings.footer_links) == links_before
