"""Editors manage the statement and the Woo page in the admin, in Dutch."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from compliance.models import AccessibilityStatementPage
from tests.home.factories import site_home_page
from tests.html import parse, texts

from .factories import open_item, statement_page, woo_page

pytestmark = pytest.mark.django_db


def statement_form(**fields):
    data = {
        "title": "Toegankelijkheid",
        "slug": "toegankelijkheid",
        "intro": "",
        "statement_date": "2026-11-02",
        "approved_by": "directeur Communicatie",
        "register_url": "",
        "evaluation_date": "2026-10-15",
        "evaluation_by": "Bureau Toegang",
        "evaluation_kind": "volledig",
        "evaluation_standard": "wcag-2.2-aa",
        "evaluation_report_url": "",
        "planned_evaluation_date": "",
        "open_items": streamfield([("item", open_item())]),
        "contact_email": "",
        "contact_phone": "",
        "response_days": "5",
        "body": streamfield([]),
        "action-publish": "publish",
        **fields,
    }
    return nested_form_data(data)


@pytest.mark.parametrize("make", [statement_page, woo_page], ids=["statement", "woo"])
def test_the_edit_form_opens_with_dutch_sections_and_help(admin_client, make):
    page = make()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    document = parse(response)
    assert document.select(".help, [id$='-helptext'], .w-field__help")
    headings = " ".join(texts(document.select("h2, h3, legend, label")))
    expected = "Onderzoek" if make is statement_page else "Waar het verzoek naartoe gaat"
    assert expected in headings


def test_an_editor_publishes_a_statement_and_its_status_follows_from_the_data(
    admin_client, anonymous_client
):
    home = site_home_page()
    url = f"/admin/pages/add/compliance/accessibilitystatementpage/{home.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, statement_form())
    assert response.status_code == 302, texts(parse(response).select(".error-message"))
    page = AccessibilityStatementPage.objects.get()
    assert page.live and page.status().letter == "B"
    article = parse(anonymous_client.get(page.url)).find("article")
    assert article["data-status"] == "B"
    assert article["data-standard"] == "wcag-2.2-aa"


def test_an_evaluation_after_the_statement_is_refused_in_dutch(admin_client):
    home = site_home_page()
    url = f"/admin/pages/add/compliance/accessibilitystatementpage/{home.pk}/"
    response = admin_client.post(url, statement_form(evaluation_date="2026-12-01"))
    assert response.status_code == 200
    assert "Het onderzoek ligt na de datum van de verklaring" in response.content.decode()
    assert not AccessibilityStatementPage.objects.exists()


def test_a_second_statement_cannot_be_added_to_the_site(admin_client):
    home = statement_page().get_parent()
    response = admin_client.get(f"/admin/pages/{home.pk}/add_subpage/")
    assert "compliance/accessibilitystatementpage" not in response.content.decode()
    url = f"/admin/pages/add/compliance/accessibilitystatementpage/{home.pk}/"
    assert admin_client.get(url).status_code in (302, 403)


def test_the_open_item_block_previews_in_the_admin(admin_client):
    block = AccessibilityStatementPage._meta.get_field("open_items").stream_block.child_blocks[
        "item"
    ]
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    html = parse(response)
    assert html.find(attrs={"data-statement-field": "deadline"})["datetime"] == "2027-06-30"
