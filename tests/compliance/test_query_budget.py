"""The statement and the Woo page stay within the query budget of every page (at most 10, with
the page cache off, on the second request), however many items the statement lists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.themes.factories import DocumentLibraryPageFactory

from .factories import open_item, open_items, statement_page, woo_page

pytestmark = pytest.mark.django_db

BUDGET = 10


def queries_for(client, url):
    client.get(url)  # fills what every page shares: site root paths, navigation, footer
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("items", [1, 20])
def test_the_statement_stays_within_the_budget(anonymous_client, settings, items):
    settings.PAGE_CACHE_ENABLED = False
    page = statement_page(
        open_items=open_items(*[open_item(f"Probleem {n}") for n in range(items)])
    )
    assert queries_for(anonymous_client, page.url) <= BUDGET


def test_the_woo_page_stays_within_the_budget(anonymous_client, settings):
    settings.PAGE_CACHE_ENABLED = False
    page = woo_page()
    page.document_library = DocumentLibraryPageFactory(parent=page.get_parent())
    page.save_revision().publish()
    assert queries_for(anonymous_client, page.url) <= BUDGET
