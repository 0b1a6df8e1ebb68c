import datetime
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from tests.core.factories import stream_json as body
from tests.home.factories import StandardPageFactory, site_home_page
from tests.html import parse, texts
from tests.themes.factories import DocumentLibraryPageFactory, ThemePageFactory, TopicPageFactory
from themes.models import DocumentLibraryPage, ThemePage, TopicPage

STEP_TITLES = ["Blijf kalm", "Schrijf het op", "Reageer", "Doe aangifte", "Herstel de schade"]


@pytest.fixture(scope="module")
def tree(module_db):
    """A theme whose five topics are numbered steps, and a theme with a plain list of topics."""
    theme = ThemePageFactory(
        title="Handelen bij een incident", slug="handelen", numbered_steps=True
    )
    steps = [
        TopicPageFactory(
            parent=theme,
            title=title,
            summary=body(("point", "Blijf rustig."), ("point", "Zoek hulp.")),
            last_reviewed=datetime.date(2026, 10, 1),
        )
        for title in STEP_TITLES
    ]
    plain = ThemePageFactory(title="Nazorg", slug="nazorg")
    TopicPageFactory.create_batch(2, parent=plain)
    return SimpleNamespace(theme=theme, steps=steps, plain=plain)


@pytest.fixture
def theme(tree):
    return ThemePage.objects.get(pk=tree.theme.pk)


@pytest.fixture
def topic(tree):
    return TopicPage.objects.get(pk=tree.steps[2].pk)


def section_navigation(response):
    return parse(response).find("nav", class_="vp-section-nav")


def pager_links(response):
    document = parse(response)
    return {rel: document.find("a", rel=rel) for rel in ("prev", "next")}


@pytest.mark.django_db
def test_tree_rules(home_page, theme, topic):
    assert ThemePage.can_exist_under(home_page)
    assert not ThemePage.can_exist_under(theme)
    assert TopicPage.can_exist_under(theme)
    assert not TopicPage.can_exist_under(home_page)
    assert not TopicPage.can_exist_under(topic)  # topics have no children
    assert TopicPage.subpage_types == []
    assert DocumentLibraryPage.can_exist_under(home_page)
    assert not DocumentLibraryPage.can_exist_under(theme)
    assert DocumentLibraryPage.can_create_at(home_page)
    DocumentLibraryPageFactory()
    assert not DocumentLibraryPage.can_create_at(home_page)  # one library only
    assert not StandardPage.can_exist_under(theme)
    assert not HomePage.can_exist_under(theme)


@pytest.mark.django_db
def test_theme_page_shows_numbered_steps_in_order(anonymous_client, theme):
    document = parse(anonymous_client.get(theme.url))
    steps = document.find("ol", class_="vp-topic-list--steps")
    assert texts(steps.select("a.vp-topic-list__link")) == STEP_TITLES
    assert texts(steps.select(".vp-visually-hidden"))[0] == "Stap 1:"


@pytest.mark.django_db
def test_theme_without_order_shows_a_plain_list(anonymous_client, tree):
    document = parse(anonymous_client.get(tree.plain.url))
    assert document.find("ul", class_="vp-topic-list")
    assert not document.find("ol", class_="vp-topic-list--steps")
    assert len(document.select("a.vp-topic-list__link")) == 2


@pytest.mark.django_db
def test_topic_page_has_section_navigation_summary_and_step_links(anonymous_client, tree, topic):
    response = anonymous_client.get(topic.url)
    nav = section_navigation(response)
    links = nav.select("li a")
    assert [link["href"] for link in links] == [step.url for step in tree.steps]
    assert [link.get("aria-current") for link in links] == [None, None, "page", None, None]
    text = parse(response).get_text(" ")
    assert "In het kort" in text
    assert "Stap 3 van 5" in text
    assert pager_links(response)["prev"]["href"] == tree.steps[1].url
    assert pager_links(response)["next"]["href"] == tree.steps[3].url
    assert "Laatst gecontroleerd op" in text


@pytest.mark.django_db
def test_first_and_last_topic_have_one_neighbour(anonymous_client, tree):
    first = pager_links(anonymous_client.get(tree.steps[0].url))
    last = pager_links(anonymous_client.get(tree.steps[-1].url))
    assert first["prev"] is None and first["next"]["href"] == tree.steps[1].url
    assert last["next"] is None and last["prev"]["href"] == tree.steps[-2].url


@pytest.mark.django_db
def test_unpublished_topic_disappears_from_overview_and_navigation(anonymous_client, tree, topic):
    topic.unpublish()
    response = anonymous_client.get(tree.steps[3].url)
    hrefs = [link["href"] for link in section_navigation(response).select("li a")]
    assert topic.url not in hrefs and len(hrefs) == 4
    assert "Stap 3 van 4" in parse(response).get_text(" ")
    overview = parse(anonymous_client.get(tree.theme.url)).select("a.vp-topic-list__link")
    assert "Reageer" not in texts(overview)


PREVIEWED = {
    "theme": lambda tree: tree.theme,
    "topic": lambda tree: tree.steps[2],
    "document library": lambda tree: DocumentLibraryPageFactory(),
    "service page": lambda tree: StandardPageFactory(title="Privacy"),
    "home": lambda tree: site_home_page(),
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", PREVIEWED)
def test_preview_renders(tree, kind):
    page = PREVIEWED[kind](tree).specific
    response = page.make_preview_request()
    assert response.status_code == 200
    assert page.title in parse(response).find("h1").get_text()


@pytest.mark.django_db
def test_admin_can_create_and_publish_a_topic_with_a_streamfield_body(admin_client, theme):
    data = nested_form_data(
        {
            "title": "Een nieuw onderwerp",
            "slug": "een-nieuw-onderwerp",
            "intro": "Waarom dit onderwerp belangrijk is.",
            "summary": streamfield([("point", "Eerste punt")]),
            "body": streamfield(
                [
                    ("heading", {"text": "Wat doet u?", "level": "h2"}),
                    ("text", rich_text("<p>Praat met uw collega.</p>")),
                    ("checklist", {"title": "Na afloop", "items": streamfield([("item", "Bel")])}),
                ]
            ),
            "related_links": streamfield([]),
            "downloads": streamfield([]),
            "last_reviewed": "2026-11-01",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/themes/topicpage/{theme.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    page = TopicPage.objects.get(slug="een-nieuw-onderwerp")
    assert page.live
    assert [block.block_type for block in page.body] == ["heading", "text", "checklist"]
    document = parse(admin_client.get(page.url))
    assert document.find("h2", id="wat-doet-u").get_text(strip=True) == "Wat doet u?"
    assert "Praat met uw collega." in document.get_text()


@pytest.mark.django_db
def test_admin_shows_a_dutch_error_for_a_link_with_both_page_and_url(admin_client, theme, topic):
    data = nested_form_data(
        {
            "title": "Onderwerp met foute link",
            "slug": "foute-link",
            "intro": "Inleiding.",
            "summary": streamfield([]),
            "body": streamfield([("text", rich_text("<p>Tekst.</p>"))]),
            "related_links": streamfield(
                [("link", {"text": "Beide", "page": topic.pk, "url": "https://example.nl/"})]
            ),
            "downloads": streamfield([]),
            "last_reviewed": "",
        }
    )
    response = admin_client.post(f"/admin/pages/add/themes/topicpage/{theme.pk}/", data)
    assert response.status_code == 200  # the form comes back with the error
    assert "niet allebei" in response.content.decode()
    assert not TopicPage.objects.filter(slug="foute-link").exists()


@pytest.mark.django_db
def test_editor_rich_text_cannot_inject_script(anonymous_client, theme):
    nasty = (
        '<p>Hallo<script>alert(1)</script><img src=x onerror="alert(2)">'
        '<a href="javascript:alert(3)">klik</a></p>'
    )
    page = TopicPageFactory(parent=theme, slug="nasty", body=body(("text", nasty)))
    page.save_revision().publish()
    html = anonymous_client.get(page.url).content.decode()
    article = parse(html).find("article")
    assert "Hallo" in article.get_text()
    assert not article.find("script")
    assert not article.find(onerror=True)
    assert not article.find(href=lambda href: href and "javascript:" in href)
    assert "javascript:" not in str(article)


def queries_of_a_page_view(client, url):
    """The queries of a GET, after a first GET filled the caches every request shares."""
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.django_db
def test_query_count_of_a_theme_page_does_not_grow_with_topics(anonymous_client):
    theme = ThemePageFactory(slug="groeiend-thema")
    TopicPageFactory(parent=theme)
    few = queries_of_a_page_view(anonymous_client, theme.url)
    TopicPageFactory.create_batch(15, parent=theme)
    assert queries_of_a_page_view(anonymous_client, theme.url) == few


@pytest.mark.django_db
def test_query_count_of_a_topic_page_does_not_grow_with_siblings(anonymous_client):
    theme = ThemePageFactory(slug="ander-thema", numbered_steps=True)
    topic = TopicPageFactory(parent=theme)
    TopicPageFactory(parent=theme)
    few = queries_of_a_page_view(anonymous_client, topic.url)
    TopicPageFactory.create_batch(12, parent=theme)
    assert queries_of_a_page_view(anonymous_client, topic.url) == few


@pytest.mark.django_db
def test_admin_can_create_a_theme_page_with_a_streamfield_body(admin_client, home_page):
    data = nested_form_data(
        {
            "title": "Weerbaarheid online",
            "slug": "weerbaarheid-online",
            "intro": "Wat u doet tegen agressie op sociale media.",
            "colour": "paars",
            "icon": "kompas",
            "numbered_steps": "",
            "body": streamfield(
                [
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Bewaar alles",
                            "text": rich_text("<p>Maak schermafbeeldingen.</p>"),
                        },
                    )
                ]
            ),
            "downloads": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/themes/themepage/{home_page.pk}/", data)
    assert response.status_code == 302
    page = ThemePage.objects.get(slug="weerbaarheid-online")
    assert page.live and page.colour == "paars"
    text = parse(admin_client.get(page.url)).get_text(" ")
    assert "Tip" in text and "Maak schermafbeeldingen." in text


@pytest.mark.django_db
def test_admin_can_create_a_service_page_with_a_streamfield_body(admin_client, home_page):
    data = nested_form_data(
        {
            "title": "Spelregels",
            "slug": "spelregels",
            "intro": "Wat u van ons mag verwachten.",
            "body": streamfield(
                [
                    ("heading", {"text": "Reactietermijn", "level": "h2"}),
                    (
                        "accordion",
                        {
                            "title": "",
                            "items": streamfield(
                                [
                                    (
                                        "item",
                                        {
                                            "question": "Hoe snel?",
                                            "answer": rich_text("<p>Binnen vijf werkdagen.</p>"),
                                        },
                                    )
                                ]
                            ),
                        },
                    ),
                ]
            ),
            "last_reviewed": "",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/home/standardpage/{home_page.pk}/", data)
    assert response.status_code == 302
    details = parse(admin_client.get("/spelregels/")).find("details")
    assert "Hoe snel?" in details.get_text() and "Binnen vijf werkdagen." in details.get_text()


@pytest.mark.django_db
def test_admin_can_edit_the_document_library(admin_client):
    library = DocumentLibraryPageFactory()
    data = nested_form_data(
        {
            "title": "Documenten en hulpmiddelen",
            "slug": library.slug,
            "intro": "Alles om te downloaden.",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{library.pk}/edit/", data)
    assert response.status_code == 302
    document = parse(admin_client.get(library.url))
    assert document.find("h1").get_text(strip=True) == "Documenten en hulpmiddelen"
