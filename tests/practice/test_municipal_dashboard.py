"""The municipal editor's shortest way to a submitted example (issue 25)."""

import pytest
from django.contrib.auth.models import Permission

from tests.core.factories import DocumentFactory, UserFactory
from tests.html import parse
from tests.practice.conftest import text
from tests.practice.test_editorial import add_url

pytestmark = pytest.mark.django_db


def main_action(response):
    """The footer's main button: the first action the page editor renders."""
    return parse(response).select('footer [name^="action-"]')[0]["name"]


def test_the_dashboard_starts_a_new_example_under_the_section(municipal_client, index_page):
    dashboard = parse(municipal_client.get("/admin/"))
    [button] = [a for a in dashboard.select("main a") if text(a) == "Nieuw praktijkvoorbeeld"]
    assert button["href"] == add_url(index_page)
    assert municipal_client.get(button["href"]).status_code == 200


def test_no_button_for_who_cannot_add_examples(index_page, client):
    reader = UserFactory(username="alleen-lezen")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    dashboard = parse(client.get("/admin/"))
    assert not [a for a in dashboard.select("main a") if text(a) == "Nieuw praktijkvoorbeeld"]


def test_submitting_is_the_main_button_for_municipal_editors(municipal_client, index_page):
    assert main_action(municipal_client.get(add_url(index_page))) == "action-submit"


def test_publishing_editors_keep_their_main_button(bzk_client, index_page):
    assert main_action(bzk_client.get(add_url(index_page))) != "action-submit"


def test_the_dashboard_counts_the_documents_the_editor_can_see(municipal_client, bzk_client):
    for number in range(3):
        DocumentFactory(title=f"Protocol {number}")
    counts = {}
    for name, client in (("gemeente", municipal_client), ("bzk", bzk_client)):
        summary = parse(client.get("/admin/")).select_one('a[href="/admin/documents/"]')
        listed = parse(client.get("/admin/documents/")).select("tbody tr")
        counts[name] = (text(summary).split()[0], len(listed))
    # The municipal editor may choose the BZK's documents, but not change them: not listed.
    assert counts["gemeente"] == ("0", 0)
    assert counts["bzk"] == ("3", 3)
