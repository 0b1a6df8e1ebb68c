"""The accessibility statement and the Woo page, below the site's home page."""

import datetime

import wagtail_factories

from compliance.models import AccessibilityStatementPage, WooRequestPage
from tests.core.factories import stream_json
from tests.home.factories import site_home_page


def open_item(problem="Sommige pdf's hebben geen koppen.", deadline="2027-06-30", **fields):
    return {
        "problem": problem,
        "criterion": "1.3.1 Info en relaties",
        "impact": "",
        "alternative": "",
        "measure": "We maken ze opnieuw op.",
        "deadline": deadline,
        **fields,
    }


def open_items(*items):
    return stream_json(*(("item", item) for item in items))


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Toegankelijkheid"
    slug = "toegankelijkheid"
    statement_date = datetime.date(2026, 11, 2)
    open_items = "[]"
    body = "[]"

    class Meta:
        model = AccessibilityStatementPage


class WooRequestPageFactory(wagtail_factories.PageFactory):
    title = "Informatie opvragen (Woo-verzoek)"
    slug = "woo-verzoek"
    body = "[]"

    class Meta:
        model = WooRequestPage


def statement_page(**fields):
    return AccessibilityStatementPageFactory(parent=site_home_page(), **fields)


def woo_page(**fields):
    return WooRequestPageFactory(parent=site_home_page(), **fields)
