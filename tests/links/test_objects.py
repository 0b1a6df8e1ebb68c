"""Links in snippets and settings (issue 25): the footer links and contact addresses of the site
settings and web addresses in snippets are found, named by their place ("Instelling: ...",
"Fragment: ...") with the way to their edit screen, and kept current as they are saved and
deleted; editors see those they may change."""

import io

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, ReferenceIndex, Site

from core.models import SiteSettings
from links.external import collect_all
from links.extract import addresses_in_object
from links.internal import DELETED, PAGE, UNPUBLISHED, broken_links
from links.models import ExternalLink, ExternalLinkObjectUse, LostObjectReference
from readability.models import JargonTerm
from tests.conftest import logged_in
from tests.core.factories import stream_json
from tests.editorial.factories import publish
from tests.html import parse
from tests.themes.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

FOOTER = "Servicelinks in de footer"
SETTINGS_PLACE = "Instelling: Site-instellingen"


def site_settings():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def settings_edit_url():
    return f"/admin/settings/core/sitesettings/{Site.objects.get(is_default_site=True).pk}/"


def save_footer(*links, security_contact=""):
    """Saves the site settings as an editor does, with these footer links: (text, page, url)."""
    current = site_settings()
    current.footer_links = stream_json(
        *[
            ("link", {"text": text, "page": page.pk if page else None, "url": url})
            for text, page, url in links
        ]
    )
    current.security_contact = security_contact
    current.save()
    return current


def rows(user):
    return [
        (link.source_title, link.source_url, link.field, link.target_title, link.reason)
        for link in broken_links(Page.objects.none(), user=user)
    ]


def test_addresses_in_settings_come_from_the_footer_links_and_whole_address_fields(home_page):
    current = site_settings()
    current.footer_links = stream_json(
        ("link", {"text": "Privacy", "page": None, "url": "https://www.example.nl/privacy"}),
        ("link", {"text": "Home", "page": home_page.pk, "url": ""}),
    )
    current.security_contact = "https://www.example.nl/melden"
    current.contact_email = "vragen@example.nl"
    current.postal_address = "Zie https://www.example.nl/post voor het adres"
    assert addresses_in_object(current) == [
        ("https://www.example.nl/privacy", FOOTER),
        ("https://www.example.nl/melden", "Contact voor beveiligingsmeldingen"),
    ]


def test_saving_a_setting_stores_its_addresses_and_fixing_them_removes_them(home_page):
    save_footer(("Privacy", None, "https://www.example.nl/privacy"))
    (use,) = ExternalLinkObjectUse.objects.all()
    assert (use.link.url, use.field) == ("https://www.example.nl/privacy", FOOTER)
    assert use.object_id == str(site_settings().pk)

    save_footer(("Privacy", None, "https://www.example.nl/privacyverklaring"))
    assert list(ExternalLinkObjectUse.objects.values_list("link__url", flat=True)) == [
        "https://www.example.nl/privacyverklaring"
    ]
    assert not ExternalLink.objects.filter(url="https://www.example.nl/privacy").exists()


def test_a_deleted_snippet_no_longer_uses_its_address(home_page):
    term = JargonTerm.objects.create(
        word="portaal", alternative="website", note="https://www.example.nl/portaal"
    )
    assert ExternalLink.objects.filter(url="https://www.example.nl/portaal").exists()
    term.delete()
    assert not ExternalLinkObjectUse.objects.exists()
    assert not ExternalLink.objects.filter(url="https://www.example.nl/portaal").exists()


def test_the_scheduled_run_finds_addresses_saved_without_signals(home_page):
    save_footer()
    SiteSettings.objects.update(
        footer_links=stream_json(
            ("link", {"text": "Over", "page": None, "url": "https://www.example.nl/over"})
        )
    )
    assert not ExternalLinkObjectUse.objects.exists()
    collect_all()
    assert ExternalLinkObjectUse.objects.get().link.url == "https://www.example.nl/over"


def test_a_footer_link_to_an_unpublished_page_is_broken_until_published_again(
    home_page, admin_user
):
    target = publish(TopicPageFactory(title="Privacyverklaring"))
    save_footer(("Privacy", target, ""))
    assert rows(admin_user) == []

    Page.objects.get(pk=target.pk).unpublish()
    assert rows(admin_user) == [
        (
            SETTINGS_PLACE,
            settings_edit_url(),
            f"{FOOTER} → Link",
            "Privacyverklaring",
            UNPUBLISHED,
        )
    ]
    publish(Page.objects.get(pk=target.pk).specific)
    assert rows(admin_user) == []


def test_a_footer_link_to_a_deleted_page_is_reported_until_the_setting_is_saved_without_it(
    home_page, admin_user
):
    target = publish(TopicPageFactory(title="Oude privacyverklaring"))
    save_footer(("Privacy", target, ""), ("Over", None, "https://www.example.nl/over"))
    Page.objects.get(pk=target.pk).delete()
    assert LostObjectReference.objects.get().target_kind == PAGE
    assert [(row[0], row[3], row[4]) for row in rows(admin_user)] == [
        (SETTINGS_PLACE, "Oude privacyverklaring", DELETED)
    ]
    save_footer(("Over", None, "https://www.example.nl/over"))
    assert rows(admin_user) == []
    assert not LostObjectReference.objects.exists()


def test_settings_saved_before_the_link_checks_are_indexed_by_the_scheduled_run(
    home_page, admin_user
):
    target = publish(TopicPageFactory(title="Contact"))
    save_footer(("Contact", target, ""))
    ReferenceIndex.objects.all().delete()  # as on a site where the setting was never indexed
    Page.objects.get(pk=target.pk).unpublish()
    assert rows(admin_user) == []
    call_command("check_external_links", limit=0, stdout=io.StringIO())
    assert [row[0] for row in rows(admin_user)] == [SETTINGS_PLACE]


def test_only_editors_who_may_change_the_setting_see_its_links(
    home_page, bzk_editor, municipal_editor
):
    target = publish(TopicPageFactory(title="Toegankelijkheid"))
    save_footer(("Toegankelijkheid", target, ""))
    Page.objects.get(pk=target.pk).unpublish()
    assert rows(bzk_editor) == []
    assert rows(municipal_editor) == []
    bzk_editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="core", codename="change_sitesettings")
    )
    bzk_editor = type(bzk_editor).objects.get(pk=bzk_editor.pk)  # permissions read afresh
    assert [row[0] for row in rows(bzk_editor)] == [SETTINGS_PLACE]


# The reports through the real admin views.

INTERNAL = "/admin/links/intern/"
EXTERNAL = "/admin/links/extern/"


@pytest.fixture
def settings_editor(bzk_editor):
    """A BZK editor who may also change the site settings (the group alone may not)."""
    bzk_editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="core", codename="change_sitesettings")
    )
    return bzk_editor


def report_rows(client, url, query=""):
    response = client.get(url + query)
    assert response.status_code == 200
    return parse(response).select("tbody tr")


def test_a_broken_footer_link_shows_in_the_report_with_the_way_to_the_settings(
    home_page, settings_editor
):
    client = logged_in(settings_editor)
    target = publish(TopicPageFactory(title="Cookieverklaring"))
    save_footer(("Cookies", target, ""))
    Page.objects.get(pk=target.pk).unpublish()

    (row,) = report_rows(client, INTERNAL)
    cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
    assert cells[:5] == [
        SETTINGS_PLACE,
        f"{FOOTER} → Link",
        "Cookieverklaring (pagina)",
        "Pagina",
        UNPUBLISHED,
    ]
    edit = row.select_one("td a").get("href")
    assert edit == settings_edit_url()
    assert client.get(edit).status_code == 200

    save_footer(("Cookies", None, "https://www.example.nl/cookies"))  # the editor repairs it
    assert report_rows(client, INTERNAL) == []


def test_external_addresses_of_settings_and_snippets_show_their_place(home_page, settings_editor):
    client = logged_in(settings_editor)
    save_footer(("Privacy", None, "https://www.example.nl/privacy"))
    term = JargonTerm.objects.create(
        word="portaal", alternative="website", note="https://www.example.nl/privacy"
    )
    link = ExternalLink.objects.get(url="https://www.example.nl/privacy")
    for _ in range(3):
        link.record(404, "", link.url)

    (row,) = report_rows(client, EXTERNAL, "?status=kapot")
    used_on = {
        item.select_one("a").get_text(strip=True): item.select_one("a")["href"]
        for item in row.select("td ul li")
    }
    snippet_edit = reverse(term.snippet_viewset.get_url_name("edit"), args=[term.pk])
    assert used_on == {
        SETTINGS_PLACE: settings_edit_url(),
        "Fragment: portaal → website": snippet_edit,
    }
    assert "(Servicelinks in de footer)" in row.get_text(" ", strip=True)
    assert client.get(snippet_edit).status_code == 200

    content = b"".join(client.get(EXTERNAL + "?export=csv").streaming_content).decode()
    assert SETTINGS_PLACE in content and "Fragment: portaal" in content

    term.delete()
    save_footer()
    assert report_rows(client, EXTERNAL) == []


def test_a_municipal_editor_sees_no_settings_or_snippets(home_page, municipal_client):
    save_footer(("Privacy", None, "https://www.example.nl/privacy"))
    JargonTerm.objects.create(word="portaal", alternative="website", note="https://x.example/")
    assert report_rows(municipal_client, EXTERNAL) == []


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [INTERNAL, EXTERNAL])
def test_the_queries_do_not_grow_with_the_snippets_and_settings_links(
    home_page, settings_editor, url
):
    client = logged_in(settings_editor)
    targets = [publish(TopicPageFactory(title=f"Doel {n}")) for n in range(8)]

    def more_links(count):
        for n in range(JargonTerm.objects.count(), JargonTerm.objects.count() + count):
            JargonTerm.objects.create(
                word=f"woord{n}", alternative="ander", note=f"https://site{n}.example/"
            )
        footer_pages = targets[: len(site_settings().footer_links) + count]
        save_footer(*[(page.title, page, "") for page in footer_pages])
        for page in footer_pages:
            Page.objects.filter(pk=page.pk).update(live=False)

    more_links(2)
    queries_for(client, url)  # caches warm (content types, permissions of the group)
    few = queries_for(client, url)
    more_links(5)
    assert len(report_rows(client, url)) >= 7
    assert queries_for(client, url) == few
