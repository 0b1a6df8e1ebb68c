import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from tests.core.factories import stream_json as body
from tests.themes.factories import ThemePageFactory, TopicPageFactory
from themes.models import DocumentLibraryPage, ThemePage, TopicPage


@pytest.fixture
def theme(home_page):
    return Page.objects.get(slug="handelen-bij-een-incident").specific


@pytest.fixture
def topic(theme):
    return Page.objects.get(slug="reageer").specific


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
    assert not DocumentLibraryPage.can_create_at(home_page)  # one library only
    assert not StandardPage.can_exist_under(theme)
    assert not HomePage.can_exist_under(theme)


@pytest.mark.django_db
def test_theme_page_shows_numbered_steps_in_order(anonymous_client, theme):
    html = anonymous_client.get(theme.url).content.decode()
    assert '<ol class="vp-topic-list vp-topic-list--steps">' in html
    order = [html.index(t.title) for t in theme.topics()]
    assert order == sorted(order)
    assert "Stap 1: " in html


@pytest.mark.django_db
def test_theme_without_order_shows_a_plain_list(anonymous_client):
    html = anonymous_client.get("/nazorg/").content.decode()
    assert '<ul class="vp-topic-list">' in html


@pytest.mark.django_db
def test_topic_page_has_section_navigation_summary_and_step_links(anonymous_client, topic):
    html = anonymous_client.get(topic.url).content.decode()
    nav = html.split('class="vp-section-nav"')[1].split("</nav>")[0]
    assert f'href="{topic.url}" aria-current="page"' in nav
    assert nav.count("<li") == 5
    assert "In het kort" in html
    assert "Stap 3 van 5" in html
    assert 'rel="prev" ' in html or 'rel="prev">' in html
    assert (
        "/handelen-bij-een-incident/registreer-het-incident/" in html.split('rel="prev"')[0][-200:]
    )
    assert (
        "/handelen-bij-een-incident/doe-een-melding-of-aangifte/"
        in html.split('rel="next"')[0][-200:]
    )
    assert "Laatst gecontroleerd op" in html


@pytest.mark.django_db
def test_first_and_last_topic_have_one_neighbour(anonymous_client):
    first = anonymous_client.get("/handelen-bij-een-incident/de-escaleer-bij-emotie/").content
    last = anonymous_client.get("/handelen-bij-een-incident/verhaal-de-schade/").content
    assert b'rel="prev"' not in first and b'rel="next"' in first
    assert b'rel="next"' not in last and b'rel="prev"' in last


@pytest.mark.django_db
def test_unpublished_topic_disappears_from_overview_and_navigation(anonymous_client, theme):
    Page.objects.get(slug="reageer").unpublish()
    html = anonymous_client.get("/handelen-bij-een-incident/registreer-het-incident/").content
    assert b"/handelen-bij-een-incident/reageer/" not in html
    assert b"Stap 2 van 4" in html


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["preventie", "reageer", "documenten", "privacy", "home"])
def test_preview_renders(slug):
    page = Page.objects.get(slug=slug).specific
    response = page.make_preview_request()
    assert response.status_code == 200
    assert page.title.encode() in response.content


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
    html = admin_client.get(page.url).content.decode()
    assert '<h2 id="wat-doet-u"' in html and "Praat met uw collega." in html


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
    article = html.split("<article")[1]
    assert "<script>alert" not in article
    assert "onerror" not in article
    assert "javascript:" not in article


@pytest.mark.django_db
def test_query_count_of_a_theme_page_does_not_grow_with_topics(
    anonymous_client, home_page, django_assert_max_num_queries
):
    theme = ThemePageFactory(parent=home_page, slug="groeiend-thema")
    TopicPageFactory(parent=theme)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert anonymous_client.get(theme.url).status_code == 200
    for _ in range(15):
        TopicPageFactory(parent=theme)
    with CaptureQueriesContext(connection) as many:
        assert anonymous_client.get(theme.url).status_code == 200
    assert len(many) == len(few)


@pytest.mark.django_db
def test_query_count_of_a_topic_page_does_not_grow_with_siblings(anonymous_client, home_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    theme = ThemePageFactory(parent=home_page, slug="ander-thema", numbered_steps=True)
    topic = TopicPageFactory(parent=theme)
    TopicPageFactory(parent=theme)
    with CaptureQueriesContext(connection) as few:
        anonymous_client.get(topic.url)
    for _ in range(12):
        TopicPageFactory(parent=theme)
    with CaptureQueriesContext(connection) as many:
        anonymous_client.get(topic.url)
    assert len(many) == len(few)


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
    html = admin_client.get(page.url).content.decode()
    assert "Tip" in html and "Maak schermafbeeldingen." in html


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
    html = admin_client.get("/spelregels/").content.decode()
    assert "<details" in html and "Binnen vijf werkdagen." in html


@pytest.mark.django_db
def test_admin_can_edit_the_document_library(admin_client):
    library = DocumentLibraryPage.objects.get()
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
    assert (
        admin_client.get("/documenten/").content.decode().count("Documenten en hulpmiddelen") >= 1
    )
