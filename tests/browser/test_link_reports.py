"""The link reports in a real browser, as a BZK editor: a page that links to an unpublished page
shows up under Rapporten > Kapotte interne links, with the way to the page to repair; so does a
footer link in the site settings, for an editor who may change them (issue 25)."""

import json
from functools import partial

import pytest
from django.contrib.auth.models import Permission
from playwright.sync_api import expect
from wagtail.models import Page, Site

from core.models import SiteSettings
from practice.roles import BZK_EDITORS
from tests.browser.editor_sessions import editor_browser_page, in_the_servers_view, session_of
from tests.browser.test_start_page_again import admin_server  # noqa: F401 - fixture
from tests.core.factories import UserFactory, stream_json
from tests.editorial.factories import publish
from tests.themes.factories import TopicPageFactory
from themes.models import ThemePage

EDITOR = "linkcontrole-bzk"
SLUGS = ["linktest-doel", "linktest-bron"]


def broken_link_for_editor():
    editor = UserFactory(username=EDITOR, groups=[BZK_EDITORS])
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="core", codename="change_sitesettings")
    )
    theme = ThemePage.objects.live().order_by("path").first()
    target = TopicPageFactory(parent=theme, title="Verlopen regeling", slug=SLUGS[0])
    link = f'<p>Zie <a linktype="page" id="{target.pk}">de regeling</a>.</p>'
    source = TopicPageFactory(
        parent=theme, title="Pagina met oude link", slug=SLUGS[1], body=stream_json(("text", link))
    )
    publish(source)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    old_footer = json.dumps(list(site_settings.footer_links.raw_data))
    site_settings.footer_links.append(("link", {"text": "Regeling", "page": target, "url": ""}))
    site_settings.save()
    target.unpublish()
    return source.pk, session_of(editor), old_footer


def undo(old_footer):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.footer_links = old_footer
    site_settings.save()
    for slug in reversed(SLUGS):  # the linking page first: nothing is left to note as lost
        Page.objects.filter(slug=slug).delete()
    UserFactory._meta.model.objects.filter(username=EDITOR).delete()


@pytest.fixture
def editor_page(browser, admin_server):  # noqa: F811 - the imported fixture
    source_id, session, old_footer = in_the_servers_view(broken_link_for_editor)
    with editor_browser_page(browser, admin_server, session, partial(undo, old_footer)) as page:
        yield page, source_id


def test_a_bzk_editor_finds_the_broken_link_in_the_report(editor_page):
    page, source_id = editor_page
    page.goto("/admin/")
    page.get_by_role("button", name="Rapporten").click()
    page.get_by_role("link", name="Kapotte interne links").click()

    expect(page.get_by_role("heading", name="Kapotte interne links").first).to_be_visible()
    row = page.locator("tr", has=page.get_by_role("link", name="Pagina met oude link"))
    expect(row).to_contain_text("Verlopen regeling")
    expect(row).to_contain_text("Niet gepubliceerd")
    expect(row).to_contain_text("Inhoud → Tekst")

    footer = page.locator("tr", has=page.get_by_role("link", name="Instelling: Site-instellingen"))
    expect(footer).to_contain_text("Verlopen regeling")
    expect(footer).to_contain_text("Servicelinks in de footer → Link")

    row.get_by_role("link", name="Pagina met oude link").click()
    page.wait_for_url(f"**/admin/pages/{source_id}/edit/")
