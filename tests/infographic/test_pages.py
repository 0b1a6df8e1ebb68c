import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.infographic.factories import infographic_phase, infographic_step
from tests.themes.factories import TopicPageFactory

from .conftest import publish_phases


def main_html(response):
    html = response.content.decode()
    return html.split("<main", 1)[1].split("</main>", 1)[0]


@pytest.mark.django_db
def test_every_phase_and_step_is_in_headed_ordered_lists_with_its_link(anonymous_client):
    response = anonymous_client.get("/infographic/")
    assert response.status_code == 200
    assert not response.cookies
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert " style=" not in html and "<script>" not in html
    main = main_html(response)
    assert 'data-infographic="diagram"' in main
    phases = re.findall(
        r'<h2 class="vp-infographic__phase-title">.*?</span></span> (.*?)</h2>', main
    )
    assert phases == ["Voorkomen", "Handelen bij een incident", "Nazorg"]
    assert main.count('<li class="vp-infographic__step" id="stap-') == 14
    assert main.count('<h3 class="vp-infographic__step-title"') == 14
    # The steps of Handelen link to its topic pages, in order.
    handelen = main.split('id="fase-2"')[1].split('id="fase-3"')[0]
    links = re.findall(r'<a class="nl-link" href="(/handelen-bij-een-incident/[^"]+)"', handelen)
    assert links == [
        "/handelen-bij-een-incident/de-escaleer-bij-emotie/",
        "/handelen-bij-een-incident/registreer-het-incident/",
        "/handelen-bij-een-incident/reageer/",
        "/handelen-bij-een-incident/doe-een-melding-of-aangifte/",
        "/handelen-bij-een-incident/verhaal-de-schade/",
    ]
    assert 'id="stap-registreer-het-incident"' in handelen
    # The colour of its theme, as a class (never a style attribute).
    assert 'vp-phase--oranje" id="fase-2"' in main
    assert 'href="/infographic/?weergave=tekst"' in main


@pytest.mark.django_db
def test_text_version_shows_the_same_lists_without_the_diagram(anonymous_client):
    main = main_html(anonymous_client.get("/infographic/?weergave=tekst"))
    assert 'data-infographic="tekst"' in main
    assert "data-infographic-panel" not in main
    assert main.count('<li class="vp-infographic__step" id="stap-') == 14
    assert "U bekijkt de tekstversie" in main
    assert 'href="/infographic/">Naar de interactieve infographic' in main


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["weergave=%3Cscript%3E", "weergave=", "weergave=tekst&weergave=x"]
)
def test_unknown_view_values_show_the_diagram(anonymous_client, query):
    response = anonymous_client.get(f"/infographic/?{query}")
    assert response.status_code == 200
    assert 'data-infographic="diagram"' in response.content.decode()
    assert "<script>" not in response.content.decode()


@pytest.mark.django_db
def test_related_practice_pages_are_listed_with_the_step(anonymous_client, infographic):
    example = Page.objects.get(slug="wees-de-rots")
    topic = Page.objects.get(slug="houd-overzicht")
    publish_phases(
        infographic,
        infographic_phase("Nazorg", [infographic_step("Houd overzicht", topic, related=[example])]),
    )
    main = main_html(anonymous_client.get("/infographic/"))
    assert "Ervaringen uit de praktijk:" in main
    assert f'href="/nazorg/wees-de-rots/">{example.title}</a>' in main
    assert 'data-print-url="https://' in main or 'data-print-url="http://' in main


@pytest.mark.django_db
def test_home_page_shows_the_compact_version_with_links_to_each_step(anonymous_client):
    html = main_html(anonymous_client.get("/"))
    assert "De aanpak in één oogopslag" in html
    compact = html.split("vp-compact-infographic", 1)[1]
    assert compact.count('href="/infographic/#stap-') == 14
    assert (
        'href="/infographic/#stap-registreer-het-incident">Registreer het incident</a>' in compact
    )
    assert "data-infographic" not in html  # the script is not loaded on the home page


@pytest.mark.django_db
def test_home_page_hides_the_compact_version_without_a_live_infographic(
    anonymous_client, infographic
):
    infographic.unpublish()
    response = anonymous_client.get("/")
    assert response.status_code == 200
    assert "vp-compact-infographic" not in response.content.decode()


def _large_phases():
    theme = Page.objects.get(slug="beleid-maken")
    pages = [TopicPageFactory(parent=theme) for _ in range(8)]
    # Pages of other types too: theme pages, service pages, the document library.
    pages += list(Page.objects.filter(depth=3, slug__in=["preventie", "documenten", "privacy"]))
    assert len({page.content_type_id for page in pages}) >= 3
    return [
        infographic_phase(
            f"Fase {number}",
            [
                infographic_step(
                    f"Stap {number}.{index}", pages[index % len(pages)], related=pages[-3:]
                )
                for index in range(12)
            ],
        )
        for number in range(6)
    ]


def _count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/infographic/", "/"])
def test_query_count_does_not_grow_with_the_number_of_steps(anonymous_client, infographic, path):
    topic = Page.objects.get(slug="stel-een-norm")
    publish_phases(infographic, infographic_phase("Voorkomen", [infographic_step("Norm", topic)]))
    anonymous_client.get(path)  # warm up caches shared by every page (site root paths)
    small = _count_queries(anonymous_client, path)

    publish_phases(infographic, *_large_phases())
    html = anonymous_client.get(path).content.decode()
    assert html.count("#stap-" if path == "/" else 'id="stap-') == 72
    large = _count_queries(anonymous_client, path)
    assert large == small, f"{path}: {small} queries with 1 step, {large} with 72 steps"


@pytest.mark.django_db
def test_editors_can_switch_the_compact_version_off(anonymous_client, home_page):
    home_page.show_infographic = False
    home_page.save_revision().publish()
    html = anonymous_client.get("/").content.decode()
    assert "vp-compact-infographic" not in html
    assert 'href="/infographic/#stap-' not in html
