"""The visitor's side: the form under content pages, the cookie-free POST and its answers within
the page, with and without JavaScript; the guards (origin, rate limit) and bad input (issue 25)."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from feedback.models import PageFeedback
from feedback.scrub import EMAIL_MARKER, NUMBER_MARKER
from tests.html import parse
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.pagecache.conftest import HOST, cache_site, get, visitor  # noqa: F401 - fixtures
from tests.protocol.factories import ProtocolToolPageFactory
from tests.themes.factories import TopicPageFactory
from tests.whatnow.factories import WhatNowManagerPageFactory, WhatNowPageFactory
from themes.models import TopicPage

pytestmark = pytest.mark.django_db

FEEDBACK_URL = "/reactie/"
AS_SCRIPT = {"HTTP_X_REQUESTED_WITH": "fetch"}


@pytest.fixture
def topic(home_page):
    return TopicPageFactory(title="Grenzen stellen")


def feedback_form(response):
    return parse(response).select_one("[data-feedback] form")


def post(client, data, **headers):
    return client.post(FEEDBACK_URL, data, **headers)


def answer_text(response):
    return " ".join(parse(response).select_one("[data-feedback-answer]").get_text(" ").split())


def comment_token(response):
    return parse(response).select_one("input[name=reactie]")["value"]


def test_a_content_page_asks_whether_it_was_useful(topic, anonymous_client):
    form = feedback_form(anonymous_client.get(topic.url))
    assert form["method"] == "post" and form["action"] == FEEDBACK_URL
    assert form.select_one("input[name=pagina]")["value"] == str(topic.pk)
    buttons = [(button["name"], button["value"], button.get_text()) for button in form("button")]
    assert buttons == [("antwoord", "ja", "Ja"), ("antwoord", "nee", "Nee")]
    heading = parse(anonymous_client.get(topic.url)).select_one("[data-feedback] h2")
    assert heading.get_text() == "Was deze informatie nuttig?"


def test_the_home_page_listings_and_tools_do_not_ask(home_page, anonymous_client):
    news_index = NewsIndexPageFactory(parent=home_page, slug="actueel")
    news_item = NewsPageFactory(parent=news_index)
    tool = ProtocolToolPageFactory(parent=home_page)
    assert feedback_form(anonymous_client.get("/")) is None
    assert feedback_form(anonymous_client.get(news_index.url)) is None
    assert feedback_form(anonymous_client.get(tool.url)) is None
    assert feedback_form(anonymous_client.get(news_item.get_url())) is not None


def test_a_page_answering_a_tools_post_does_not_ask(home_page, anonymous_client):
    manager_page = WhatNowManagerPageFactory(parent=WhatNowPageFactory(parent=home_page))
    assert feedback_form(anonymous_client.get(manager_page.url)) is not None
    # The calendar form sent with a mistake: the page again, now built from what was typed.
    response = anonymous_client.post(f"{manager_page.url}agenda/", {"datum": "gisteren"})
    assert response.status_code == 200
    assert parse(response).select(".vp-whatnow-errors")
    assert feedback_form(response) is None


def test_a_page_in_a_private_section_neither_asks_nor_takes_answers(
    topic, anonymous_client, admin_client
):
    assert feedback_form(admin_client.get(topic.url)) is not None
    PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.LOGIN)
    # Who may read it (logged in) is not asked: the form could not post about it.
    response = admin_client.get(topic.url)
    assert response.status_code == 200 and feedback_form(response) is None
    response = post(anonymous_client, {"pagina": topic.pk, "antwoord": "ja"})
    assert response.status_code == 404
    assert topic.title not in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_yes_without_javascript_answers_with_a_thank_you_page_and_a_way_back(
    topic, anonymous_client
):
    response = post(anonymous_client, {"pagina": topic.pk, "antwoord": "ja"})
    assert response.status_code == 200  # the answer itself, no redirect
    html = parse(response)
    assert html.select_one("h1").get_text() == "Reactie op ‘Grenzen stellen’"
    assert answer_text(response) == "Bedankt voor uw reactie."
    assert html.select_one(f"main a[href='{topic.url}']").get_text() == (
        "Terug naar de pagina ‘Grenzen stellen’"
    )
    assert html.select_one("meta[name=robots]")["content"] == "noindex"
    assert response["Cache-Control"] == "private, no-store"
    assert "Set-Cookie" not in response and not response.cookies
    assert list(PageFeedback.objects.values_list("page", "useful", "comment")) == [
        (topic.pk, True, "")
    ]


def test_no_then_a_comment_with_javascript_answers_with_fragments(topic, anonymous_client):
    response = post(anonymous_client, {"pagina": topic.pk, "antwoord": "nee"}, **AS_SCRIPT)
    assert response.status_code == 200
    assert parse(response).select_one("html, h1, header") is None  # only the part to replace
    assert "Wat kunnen we verbeteren? (niet verplicht)" in answer_text(response)
    assert "X-Requested-With" in response["Vary"]
    assert not response.cookies

    comment = "De stap over melden mist. Mail me op jan@proefdorp.nl of bel 06-12345678."
    response = post(
        anonymous_client, {"reactie": comment_token(response), "toelichting": comment}, **AS_SCRIPT
    )
    assert answer_text(response) == (
        "Bedankt voor uw toelichting. Daarmee maken we deze pagina beter."
    )
    assert parse(response).select_one("textarea") is None
    stored = PageFeedback.objects.get()
    assert stored.useful is False
    assert stored.comment == (
        f"De stap over melden mist. Mail me op {EMAIL_MARKER} of bel {NUMBER_MARKER}."
    )


def test_no_without_javascript_offers_the_comment_on_a_page_of_its_own(topic, anonymous_client):
    response = post(anonymous_client, {"pagina": topic.pk, "antwoord": "nee"})
    html = parse(response)
    assert html.select_one("h1") is not None
    comment_form = html.select_one("[data-feedback-answer] form")
    assert comment_form["action"] == FEEDBACK_URL
    assert html.select_one("label[for=feedback-comment]") is not None
    # Sending it empty is fine: the "Nee" is kept, nothing more.
    response = post(anonymous_client, {"reactie": comment_token(response), "toelichting": ""})
    assert answer_text(response) == "Bedankt voor uw reactie."
    assert list(PageFeedback.objects.values_list("useful", "comment")) == [(False, "")]


@pytest.mark.parametrize(
    "data, status, message",
    [
        ({}, 400, "het formulier was niet compleet"),
        ({"pagina": "abc", "antwoord": "ja"}, 400, "het formulier was niet compleet"),
        ({"pagina": 1, "antwoord": "misschien"}, 400, "het formulier was niet compleet"),
        ({"pagina": 999999, "antwoord": "ja"}, 404, "deze pagina bestaat niet (meer)"),
        ({"reactie": "vervalst", "toelichting": "Hallo"}, 400, "de pagina stond te lang open"),
    ],
)
def test_bad_input_gets_a_dutch_message_not_an_error(
    topic, anonymous_client, data, status, message
):
    for headers in ({}, AS_SCRIPT):
        response = post(anonymous_client, data, **headers)
        assert response.status_code == status
        assert message in answer_text(response)
    assert not PageFeedback.objects.exists()


def test_a_comment_that_is_too_long_is_shown_again_with_the_reason(topic, anonymous_client):
    token = comment_token(post(anonymous_client, {"pagina": topic.pk, "antwoord": "nee"}))
    response = post(anonymous_client, {"reactie": token, "toelichting": "x" * 501})
    assert response.status_code == 400
    html = parse(response)
    assert html.select_one("#feedback-comment-error").get_text() == (
        "Uw toelichting is te lang. Schrijf hoogstens 500 tekens."
    )
    assert html.select_one("textarea")["aria-invalid"] == "true"
    assert html.select_one("textarea").get_text() == "x" * 501
    assert PageFeedback.objects.get().comment == ""


def test_only_content_pages_that_are_live_and_public_take_answers(home_page, anonymous_client):
    draft = TopicPageFactory(live=False)
    tool = ProtocolToolPageFactory(parent=home_page)
    for page in (draft, tool, home_page):
        response = post(anonymous_client, {"pagina": page.pk, "antwoord": "ja"})
        assert response.status_code == 404
    assert not PageFeedback.objects.exists()


def test_a_form_posted_from_another_site_is_refused(topic, anonymous_client):
    for headers in (
        {"HTTP_ORIGIN": "https://elders.example"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "http://sub.testserver"},
        {"HTTP_ORIGIN": "null"},  # a sandboxed frame in an older browser
    ):
        response = post(anonymous_client, {"pagina": topic.pk, "antwoord": "ja"}, **headers)
        assert response.status_code == 403
        assert "kwam niet van deze website" in answer_text(response)
    for headers in (
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_ORIGIN": "http://testserver"},
        # A same-origin form under Referrer-Policy: no-referrer: the browser says "null".
        {"HTTP_ORIGIN": "null", "HTTP_SEC_FETCH_SITE": "same-origin"},
    ):
        response = post(anonymous_client, {"pagina": topic.pk, "antwoord": "ja"}, **headers)
        assert response.status_code == 200
    assert PageFeedback.objects.count() == 3


def test_too_many_answers_from_one_address_get_429_with_retry_after(
    topic, anonymous_client, settings
):
    settings.FEEDBACK_ANSWERS_PER_WINDOW = 2
    for _ in range(2):
        assert post(anonymous_client, {"pagina": topic.pk, "antwoord": "ja"}).status_code == 200
    response = post(anonymous_client, {"pagina": topic.pk, "antwoord": "ja"})
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= settings.FEEDBACK_RATE_WINDOW_SECONDS
    assert "Wacht een paar minuten" in answer_text(response)
    assert PageFeedback.objects.count() == 2
    # Another address is not held up.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert post(other, {"pagina": topic.pk, "antwoord": "ja"}).status_code == 200


def test_only_posts_are_taken(anonymous_client, home_page):
    response = anonymous_client.get(FEEDBACK_URL)
    assert response.status_code == 405
    assert "text/html" in response["Content-Type"] and response.content


def test_the_page_cache_keeps_serving_the_same_page_around_an_answer(cache_site, visitor):  # noqa: F811
    first = get(visitor, "/voorkomen/grenzen/")
    assert first["X-Cache"] == "MISS"
    assert feedback_form(first) is not None
    response = post(visitor, {"pagina": cache_site.topic.pk, "antwoord": "nee"})
    assert response.status_code == 200
    assert not response.cookies and not visitor.cookies
    again = get(visitor, "/voorkomen/grenzen/")
    assert again["X-Cache"] == "HIT"
    assert again.content == first.content
    assert "public" in again["Cache-Control"]


def test_the_form_adds_no_query_to_a_page_render(topic, anonymous_client, monkeypatch):
    def queries_for_render():
        anonymous_client.get(topic.url)  # the shared caches (site root paths, navigation) filled
        with CaptureQueriesContext(connection) as queries:
            response = anonymous_client.get(topic.url)
        return response, [query["sql"] for query in queries]

    with_form, queries_with_form = queries_for_render()
    monkeypatch.setattr(TopicPage, "asks_for_feedback", False)
    without_form, queries_without_form = queries_for_render()
    assert feedback_form(with_form) is not None and feedback_form(without_form) is None
    assert len(queries_with_form) == len(queries_without_form)
    assert not any("feedback" in sql for sql in queries_with_form)
