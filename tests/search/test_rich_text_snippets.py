"""Search snippets of rich text are plain text with the searched words marked (issue 11, item 3).

The bodies are made through the admin form: the editor's rich text arrives as Draftail content
and is stored as HTML with data-block-key attributes, links and entities.
"""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from core.text import html_to_text
from practice.models import PracticeExamplePage
from tests.html import parse
from tests.practice.conftest import example_form_data
from tests.practice.factories import site_practice_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def index_page(home_page):
    return site_practice_index()


def publish_example_through_the_admin(client, index_page, theme, **fields):
    url = reverse("wagtailadmin_pages:add", args=("practice", "practiceexamplepage", index_page.pk))
    data = example_form_data(theme, **fields)
    data["action-publish"] = "Publiceren"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return PracticeExamplePage.objects.get(slug=data["slug"])


def test_rich_text_from_the_editor_gives_a_plain_text_snippet(
    admin_client, anonymous_client, index_page, theme
):
    page = publish_example_through_the_admin(
        admin_client,
        index_page,
        theme,
        approach=rich_text(
            "<p>De balie kreeg een <b>nieuwe <i>indeling</i></b> &amp; een "
            '<a href="https://example.org/a?b=1&amp;c=2">heldere</a> route.</p>'
            "<ul><li>Zoekwoord: kwartelkoning.</li><li>Café &lt;open&gt; tot vijf.</li></ul>"
        ),
    )
    # What the editor stored is HTML with the editor's own attributes.
    assert "data-block-key" in page.approach

    response = anonymous_client.get("/zoeken/", {"q": "kwartelkoning"})
    [excerpt] = parse(response).select(".vp-search-result__excerpt")
    # The excerpt's markup as the browser gets it, entities kept escaped.
    snippet = excerpt.decode_contents()
    assert "<mark>kwartelkoning</mark>" in snippet
    # No markup of the page survives, escaped or not; entities are read as the characters.
    without_marks = snippet.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in without_marks.replace("&lt;open&gt;", "")
    assert "data-block-key" not in snippet and "&lt;/p&gt;" not in snippet
    assert "nieuwe indeling &amp; een heldere route." in " ".join(without_marks.split())
    assert "Café &lt;open&gt; tot vijf." in without_marks


def test_html_to_text_drops_tags_attributes_and_decodes_entities():
    markup = (
        '<p data-block-key="a1b2c">Eerst <a href="/x" title="a &gt; b">dit</a>,</p>'
        '<h2 data-block-key="d3">dan&nbsp;dat &#8211; &eacute;&eacute;n</h2>'
        "<p>niet<br/>aan elkaar</p><script>alert(1)</script>"
    )
    assert " ".join(html_to_text(markup).split()) == "Eerst dit , dan dat – één niet aan elkaar"
