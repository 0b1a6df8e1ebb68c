"""The link reports under Rapporten, through the real admin views: a BZK editor sees every
broken link, a municipal editor only those on pages they may edit (issue 25)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from links.models import ExternalLink
from tests.core.factories import stream_json
from tests.core.test_admin_language import ENGLISH, FORMAL_ADDRESS, visible_text
from tests.editorial.factories import publish
from tests.html import parse
from tests.practice.factories import PracticeExamplePageFactory, site_practice_index
from tests.themes.factories import ThemePageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/"
INTERNAL = "/admin/links/intern/"
EXTERNAL = "/admin/links/extern/"


def page_link(page):
    return f'<a linktype="page" id="{page.pk}">{page.title}</a>'


@pytest.fixture
def broken(home_page, municipal_editor):
    """An unpublished topic, linked from a BZK topic and from a municipal example; both also link
    to a web address that failed three times."""
    theme = ThemePageFactory()
    target = TopicPageFactory(parent=theme, title="Oude regeling")
    address = "https://verdwenen.example/regeling"
    topic = publish(
        TopicPageFactory(
            parent=theme,
            title="Onderwerp van BZK",
            body=stream_json(("text", f'<p>{page_link(target)} <a href="{address}">bron</a></p>')),
        )
    )
    example = publish(
        PracticeExamplePageFactory(
            parent=site_practice_index(),
            title="Voorbeeld Proefdorp",
            owner=municipal_editor,
            situation=f'<p>{page_link(target)} <a href="{address}">bron</a></p>',
        )
    )
    Page.objects.get(pk=target.pk).unpublish()
    link = ExternalLink.objects.get(url=address)
    for _ in range(3):
        link.record(404, "", address)
    return topic, example


def rows(client, url, query=""):
    response = client.get(url + query)
    assert response.status_code == 200
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in parse(response).select("tbody tr")
    ]


def test_a_bzk_editor_sees_every_broken_internal_link(broken, bzk_client):
    assert [row[:5] for row in rows(bzk_client, INTERNAL)] == [
        [
            "Onderwerp van BZK",
            "Inhoud → Tekst",
            "Oude regeling (pagina)",
            "Pagina",
            "Niet gepubliceerd",
        ],
        [
            "Voorbeeld Proefdorp",
            "De situatie",
            "Oude regeling (pagina)",
            "Pagina",
            "Niet gepubliceerd",
        ],
    ]


def test_a_municipal_editor_sees_only_their_own_pages(broken, municipal_client):
    assert [row[0] for row in rows(municipal_client, INTERNAL)] == ["Voorbeeld Proefdorp"]
    external = rows(municipal_client, EXTERNAL)
    assert len(external) == 1
    assert "Voorbeeld Proefdorp" in external[0][-1]
    assert "Onderwerp van BZK" not in external[0][-1]


def test_the_external_report_shows_status_answer_and_the_pages(broken, bzk_client):
    ExternalLink.objects.create(url="https://nog-niet.example/", host="nog-niet.example")
    (row,) = rows(bzk_client, EXTERNAL, "?status=kapot")
    assert row[0].startswith("https://verdwenen.example/regeling")
    assert row[1:3] == ["Kapot", "404"]
    assert "Onderwerp van BZK" in row[-1] and "Voorbeeld Proefdorp" in row[-1]
    # An address no page the editor may edit uses is not listed (this one has no page at all).
    assert rows(bzk_client, EXTERNAL, "?status=nog-niet") == []


def test_the_reports_link_to_the_pages_to_repair(broken, bzk_client):
    topic, _ = broken
    html = parse(bzk_client.get(INTERNAL))
    assert html.select_one(f"tbody a[href='/admin/pages/{topic.pk}/edit/']")
    html = parse(bzk_client.get(EXTERNAL))
    assert html.select_one(f"tbody a[href='/admin/pages/{topic.pk}/edit/']")
    assert html.select_one("tbody a[href='https://verdwenen.example/regeling'][rel~=noopener]")


def test_the_reports_are_under_reports_in_the_menu(home_page, bzk_client):
    dashboard = bzk_client.get(DASHBOARD).content.decode()
    assert INTERNAL in dashboard and EXTERNAL in dashboard


def test_an_empty_report_says_so_in_dutch(home_page, bzk_client):
    assert "Geen kapotte interne links" in bzk_client.get(INTERNAL).content.decode()


def test_the_reports_export_csv(broken, bzk_client):
    response = bzk_client.get(INTERNAL + "?export=csv")
    content = b"".join(response.streaming_content).decode()
    assert content.splitlines()[0] == "Staat op,Veld,Linkt naar,Soort,Waarom kapot"
    assert "Oude regeling" in content
    response = bzk_client.get(EXTERNAL + "?export=csv")
    content = b"".join(response.streaming_content).decode()
    assert content.splitlines()[0].startswith("Adres,Status,Antwoord")
    assert "Kapot" in content and "Voorbeeld Proefdorp" in content


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [INTERNAL, EXTERNAL])
def test_the_queries_do_not_grow_with_the_linking_pages(broken, bzk_client, url):
    target = Page.objects.get(title="Oude regeling")

    def more_linking_pages(count):
        for n in range(count):
            body = f'<p>{page_link(target)} <a href="https://site{n}.example/">bron</a></p>'
            publish(TopicPageFactory(body=stream_json(("text", body))))

    more_linking_pages(2)
    queries_for(bzk_client, url)  # caches warm (content types, site root paths)
    few = queries_for(bzk_client, url)
    more_linking_pages(6)
    assert queries_for(bzk_client, url) == few


def test_the_screens_speak_dutch_and_say_je(broken, bzk_client):
    found = [
        f"{url}: {text[:80]!r}"
        for url in [INTERNAL, EXTERNAL, INTERNAL + "?x=1", EXTERNAL + "?status=werkt"]
        for text in visible_text(bzk_client.get(url).content.decode())
        if ENGLISH.search(text) or FORMAL_ADDRESS.search(text)
    ]
    assert not found
