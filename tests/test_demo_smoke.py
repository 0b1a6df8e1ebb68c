"""The demo content as a whole: every live page answers an anonymous visitor.

The one module outside the demo loader's own tests that reads the demo (see DEMO_MODULES in
tests/conftest.py); everything else builds its own data.
"""

import pytest
from django.test import Client
from wagtail.models import Page, Site

from tests.html import parse

pytestmark = pytest.mark.django_db


def test_every_live_page_of_the_demo_answers_with_one_h1_in_dutch():
    site = Site.objects.get(is_default_site=True)
    pages = Page.objects.live().public().in_site(site).specific().order_by("path")
    assert pages.count() > 1  # more than the home page: the demo is there
    client = Client()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        document = parse(response)
        assert document.html["lang"] == "nl", page.url
        assert len(document.find_all("h1")) == 1, page.url
        assert not response.cookies, page.url
