"""The readability check and the jargon list through the real admin views, as editors use them."""

import pytest
from django.urls import reverse

from readability.models import JargonTerm
from readability.page_text import page_paragraphs
from tests.conftest import logged_in
from tests.core.factories import stream_json
from tests.core.test_admin_language import ENGLISH, FORMAL_ADDRESS, visible_text
from tests.html import parse
from tests.practice.factories import PracticeExamplePageFactory, site_practice_index
from tests.themes.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

LONG_SENTENCE = (
    "Het is voor iedere organisatie met medewerkers die een publieke taak uitvoeren belangrijk "
    "dat er duidelijke afspraken zijn over wat er moet gebeuren na een incident."
)


def readability_url(page):
    return reverse("readability_page", args=[page.pk])


@pytest.fixture
def topic(home_page):
    return TopicPageFactory(
        title="Grenzen stellen",
        intro="Wij faciliteren teams die grenzen willen stellen.",
        body=stream_json(
            ("heading", {"text": "Wat kunt u doen", "level": "h2"}),
            ("text", f"<p>{LONG_SENTENCE}</p><ul><li>Bel 112</li><li>Ga weg</li></ul>"),
            ("text", "<p>De melding wordt door de leidinggevende besproken.</p>"),
        ),
    )


def test_the_page_text_is_read_as_a_visitor_reads_it(topic):
    assert page_paragraphs(topic) == [
        "Grenzen stellen",
        "Wij faciliteren teams die grenzen willen stellen.",
        "Wat kunt u doen",
        LONG_SENTENCE,
        "Bel 112",
        "Ga weg",
        "De melding wordt door de leidinggevende besproken.",
    ]


def test_a_bzk_editor_sees_score_long_sentences_passive_and_jargon(topic, bzk_editor):
    response = logged_in(bzk_editor).get(readability_url(topic))
    assert response.status_code == 200
    html = parse(response)
    assert html.select_one("[data-readability-score]").get_text(strip=True)
    assert "moeilijker dan B1" in html.select_one("[data-readability-verdict]").get_text()
    lists = {
        heading["id"]: heading.find_next(["ul", "table"]).get_text(" ", strip=True)
        for heading in html.select("h2[id]")
    }
    assert LONG_SENTENCE in lists["lange-zinnen"]
    assert "De melding wordt door de leidinggevende besproken." in lists["lijdende-vorm"]
    assert "faciliteren helpen, mogelijk maken 1" in lists["jargon"]  # the shipped list
    text = " ".join(visible_text(response.content.decode()))
    assert not ENGLISH.search(text)
    assert not FORMAL_ADDRESS.search(text.replace("Wat kunt u doen", ""))


def test_the_latest_saved_draft_is_measured_not_the_published_version(topic, bzk_editor):
    draft = topic.get_latest_revision_as_object()
    draft.intro = "Wij monitoren alles."
    draft.save_revision(user=bzk_editor)
    html = parse(logged_in(bzk_editor).get(readability_url(topic)))
    assert "concept" in html.select_one(".nice-padding p").get_text()
    assert "monitoren" in html.select_one("#jargon").find_next("table").get_text()


def test_the_page_menu_offers_the_check_and_only_editors_of_the_page_may_see_it(
    topic, bzk_editor, municipal_editor
):
    edit = logged_in(bzk_editor).get(reverse("wagtailadmin_pages:edit", args=[topic.pk]))
    assert readability_url(topic) in edit.content.decode()
    assert logged_in(municipal_editor).get(readability_url(topic)).status_code == 403
    own = PracticeExamplePageFactory(
        parent=site_practice_index(), title="Voorbeeld Proefdorp", owner=municipal_editor
    )
    assert logged_in(municipal_editor).get(readability_url(own)).status_code == 200


def test_a_page_without_words_says_there_is_no_text_yet(home_page, bzk_editor):
    topic = TopicPageFactory(title="112", intro="112", body=stream_json())
    response = logged_in(bzk_editor).get(readability_url(topic))
    assert response.status_code == 200
    assert "nog geen tekst" in response.content.decode()


def test_bzk_editors_manage_the_jargon_list_and_a_word_is_listed_once(bzk_editor):
    client = logged_in(bzk_editor)
    listing = client.get(reverse("wagtailsnippets_readability_jargonterm:list"))
    assert listing.status_code == 200 and "faciliteren" in listing.content.decode()
    add = reverse("wagtailsnippets_readability_jargonterm:add")
    response = client.post(add, {"word": "Pro-actief", "alternative": "op tijd", "note": ""})
    assert response.status_code == 302
    assert JargonTerm.objects.filter(word="Pro-actief").exists()
    again = client.post(add, {"word": "FACILITEREN", "alternative": "helpen", "note": ""})
    assert again.status_code == 200
    assert "Dit woord staat al in de jargonlijst." in again.content.decode()


def test_municipal_editors_do_not_manage_the_jargon_list(municipal_editor):
    response = logged_in(municipal_editor).get(
        reverse("wagtailsnippets_readability_jargonterm:list")
    )
    assert response.status_code in (302, 403)
