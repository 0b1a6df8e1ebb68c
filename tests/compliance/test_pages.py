"""The accessibility statement and the Woo page as visitors (and programs) read them."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from compliance.models import AccessibilityStatementPage, WooRequestPage
from core.launch import address_problems
from core.models import SiteSettings
from home.models import HomePage
from tests.core.factories import stream_json
from tests.html import parse, texts
from tests.sample_site import build_sample_site
from tests.themes.factories import DocumentLibraryPageFactory

from .factories import open_item, open_items, statement_page, woo_page

pytestmark = pytest.mark.django_db

RECENT = datetime.date(2026, 10, 15)


def statement_of(response):
    return parse(response).find("article", attrs={"data-accessibility-statement": True})


def field(article, name):
    return article.find(attrs={"data-statement-field": name})


def test_the_statement_shows_the_status_its_data_support_with_machine_readable_facts(
    anonymous_client,
):
    page = statement_page(
        evaluation_date=RECENT,
        evaluation_by="Bureau Toegang",
        evaluation_report_url="https://rapporten.rijksoverheid.nl/toegang-2026.pdf",
        open_items=open_items(open_item(), open_item("De video heeft geen ondertitels.")),
        approved_by="directeur Communicatie",
    )
    response = anonymous_client.get(page.url)
    assert response.status_code == 200
    article = statement_of(response)
    assert article["data-status"] == "B"
    assert article["data-statement-date"] == "2026-11-02"
    assert article["data-evaluation-date"] == "2026-10-15"
    assert article["data-standard"] == "wcag-2.1-aa"
    assert article["data-open-items"] == "2"
    assert field(article, "status").get_text() == "B"
    assert field(article, "status-label").get_text() == "voldoet gedeeltelijk"
    assert field(article, "statement-date")["datetime"] == "2026-11-02"
    assert field(article, "evaluation-date")["datetime"] == "2026-10-15"
    assert field(article, "evaluation-by").get_text() == "Bureau Toegang"
    assert "WCAG-EM" in field(article, "evaluation-method").get_text()
    assert field(article, "evaluation-report")["href"].endswith("toegang-2026.pdf")
    items = article.find_all(attrs={"data-statement-item": True})
    assert texts([field(item, "problem") for item in items]) == [
        "Sommige pdf's hebben geen koppen.",
        "De video heeft geen ondertitels.",
    ]
    assert [field(item, "deadline")["datetime"] for item in items] == ["2027-06-30"] * 2
    assert "30 juni 2027" in texts([field(items[0], "deadline")])[0]


def test_without_open_items_the_same_evaluation_gives_a(anonymous_client):
    page = statement_page(evaluation_date=RECENT, evaluation_by="Bureau Toegang")
    article = statement_of(anonymous_client.get(page.url))
    assert article["data-status"] == "A"
    assert "geen onderdelen die niet voldoen" in article.get_text()


def test_without_an_evaluation_the_statement_says_so_and_is_d(anonymous_client):
    page = statement_page()
    article = statement_of(anonymous_client.get(page.url))
    assert article["data-status"] == "D"
    assert not article.has_attr("data-evaluation-date")
    assert field(article, "evaluation-date").get_text() == "Nog geen onderzoek"
    assert page.status().label == "voldoet niet"


def test_a_partial_evaluation_does_not_give_a(anonymous_client):
    page = statement_page(
        evaluation_date=RECENT, evaluation_by="Webteam", evaluation_kind="automatisch"
    )
    assert statement_of(anonymous_client.get(page.url))["data-status"] == "D"


def test_the_contact_comes_from_the_page_or_else_the_site_settings(anonymous_client):
    home = statement_page().get_parent()
    site_settings = SiteSettings.for_site(Site.objects.get(root_page=home))
    site_settings.contact_email = "webteam@minbzk.nl"
    site_settings.save()
    page = AccessibilityStatementPage.objects.get()
    article = statement_of(anonymous_client.get(page.url))
    assert field(article, "contact-email")["href"] == "mailto:webteam@minbzk.nl"
    page.contact_email = "toegankelijkheid@minbzk.nl"
    page.save_revision().publish()
    article = statement_of(anonymous_client.get(page.url))
    assert field(article, "contact-email")["href"] == "mailto:toegankelijkheid@minbzk.nl"
    assert "binnen 5 werkdagen" in article.get_text()


@pytest.mark.parametrize(
    ("fields", "wrong"),
    [
        ({"evaluation_date": datetime.date(2026, 12, 1), "evaluation_by": "X"}, "evaluation_date"),
        ({"evaluation_date": RECENT}, "evaluation_by"),
        ({"planned_evaluation_date": datetime.date(2026, 1, 1)}, "planned_evaluation_date"),
        ({"register_url": "https://example.org/register/1"}, "register_url"),
    ],
)
def test_inconsistent_data_is_refused_at_its_field_in_dutch(fields, wrong):
    page = AccessibilityStatementPage(
        title="Toegankelijkheid", slug="t", statement_date=datetime.date(2026, 11, 2), **fields
    )
    with pytest.raises(ValidationError) as caught:
        page.clean()
    assert list(caught.value.message_dict) == [wrong]


def test_a_register_address_is_accepted_and_linked(anonymous_client):
    page = statement_page(register_url="https://www.toegankelijkheidsverklaring.nl/register/1234")
    page.clean()
    article = statement_of(anonymous_client.get(page.url))
    assert article["data-register-url"].endswith("/register/1234")
    assert field(article, "register-url")["href"].endswith("/register/1234")


def test_an_open_item_needs_a_measure_a_date_and_a_criterion_starting_with_its_number():
    block = AccessibilityStatementPage._meta.get_field("open_items").stream_block.child_blocks[
        "item"
    ]
    with pytest.raises(ValidationError):
        block.clean(block.to_python(open_item(criterion="Contrast")))
    with pytest.raises(ValidationError):
        block.clean(block.to_python(open_item(deadline=None)))
    with pytest.raises(ValidationError):
        block.clean(block.to_python(open_item(measure="")))
    value = block.clean(block.to_python(open_item(criterion="2.4.11 Focus niet bedekt")))
    assert value["deadline"] == datetime.date(2027, 6, 30)


def test_one_statement_and_one_woo_page_per_site_and_only_below_the_home_page():
    home = statement_page().get_parent().specific
    woo_page()
    assert not AccessibilityStatementPage.can_create_at(home)
    assert not WooRequestPage.can_create_at(home)
    assert AccessibilityStatementPage.parent_page_types == ["home.HomePage"]
    assert isinstance(home, HomePage)


def test_every_page_links_to_the_statement_in_its_footer(anonymous_client):
    site = build_sample_site()
    statement = statement_page()
    pages = [site.home, site.prevention, site.steps[0], site.library, site.privacy, statement]
    for page in [*pages, site.news[0], site.example]:
        footer = parse(anonymous_client.get(page.url)).find("footer")
        links = footer.find_all("a", attrs={"data-accessibility-statement-link": True})
        assert [link["href"] for link in links] == [statement.url], page.url
    # Also on an error page, which has no page of its own.
    footer = parse(anonymous_client.get("/bestaat-niet/")).find("footer")
    assert footer.find("a", href=statement.url)


def test_the_footer_links_the_statement_once_and_skips_links_to_deleted_pages(anonymous_client):
    site = build_sample_site()
    statement = statement_page()
    site_settings = SiteSettings.for_site(Site.objects.get(root_page=site.home))
    gone = site.privacy
    site_settings.footer_links = stream_json(
        ("link", {"text": "", "page": statement.pk, "url": ""}),
        ("link", {"text": "", "page": gone.pk, "url": ""}),
    )
    site_settings.save()
    gone.delete()
    footer = parse(anonymous_client.get("/")).find("footer")
    hrefs = [link["href"] for link in footer.find_all("a")]
    assert hrefs.count(statement.url) == 1
    assert "" not in hrefs


def test_without_a_live_statement_the_footer_has_no_link_to_one(anonymous_client):
    statement = statement_page()
    statement.unpublish()
    footer = parse(anonymous_client.get("/")).find("footer")
    assert not footer.find("a", attrs={"data-accessibility-statement-link": True})


def test_the_woo_page_gives_the_address_from_its_fields_or_the_site_settings(anonymous_client):
    home = woo_page().get_parent()
    site_settings = SiteSettings.for_site(Site.objects.get(root_page=home))
    site_settings.contact_email = "info@minbzk.nl"
    site_settings.postal_address = "Postbus 20011\n2500 EA Den Haag"
    site_settings.save()
    page = WooRequestPage.objects.get()
    response = anonymous_client.get(page.url)
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    main = parse(response).find("main")
    assert len(main.find_all("h1")) == 1
    assert (
        main.find("a", attrs={"data-statement-field": "woo-email"})["href"]
        == "mailto:info@minbzk.nl"
    )
    assert "Postbus 20011" in main.get_text() and "2500 EA Den Haag" in main.get_text()
    page.request_email = "woo@minbzk.nl"
    page.save_revision().publish()
    main = parse(anonymous_client.get(page.url)).find("main")
    assert main.find("a", href="mailto:woo@minbzk.nl")
    assert not main.find("a", href="mailto:info@minbzk.nl")


def test_the_woo_page_links_to_the_live_document_library(anonymous_client):
    home = woo_page().get_parent()
    library = DocumentLibraryPageFactory(parent=home, title="Documenten", slug="documenten")
    page = WooRequestPage.objects.get()
    page.document_library = library
    page.save_revision().publish()
    main = parse(anonymous_client.get(page.url)).find("main")
    assert main.find("a", href=library.url)
    library.unpublish()
    main = parse(anonymous_client.get(page.url)).find("main")
    assert not main.find("a", href=library.url)


def test_an_example_address_on_the_woo_page_stops_the_launch():
    page = woo_page()
    assert not any("Woo-verzoek" in problem for problem in address_problems())
    page.request_email = "woo@example.nl"
    page.save_revision().publish()
    assert any("Woo-verzoek" in problem for problem in address_problems())
