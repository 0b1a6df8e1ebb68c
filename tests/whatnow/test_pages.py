"""The employee's page /wat-nu/ and the links to it from every page's header and the home page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.factories import StandardPageFactory
from tests.html import parse, texts
from tests.themes.factories import ThemePageFactory, TopicPageFactory
from whatnow.models import IncidentNotePage, WhatNowManagerPage, WhatNowPage

from .factories import (
    IncidentNotePageFactory,
    WhatNowManagerPageFactory,
    WhatNowPageFactory,
    call,
    step,
    steps,
)

pytestmark = pytest.mark.django_db


def inline_code(soup):
    """Script elements that would run code, and style attributes (the CSP forbids both)."""
    scripts = soup.find_all("script", src=False, type=lambda kind: kind != "application/ld+json")
    return scripts + soup.find_all(style=True)


def publish_steps(page, *values):
    page.steps = steps(*values)
    page.save_revision().publish()
    return WhatNowPage.objects.get(pk=page.pk)


@pytest.fixture
def what_now(home_page):
    return WhatNowPageFactory(parent=home_page)


def test_the_steps_are_numbered_headed_cards_and_112_is_the_first_link_to_call(
    anonymous_client, what_now
):
    topic = TopicPageFactory(parent=ThemePageFactory(slug="nazorg"), slug="bedrijfsopvangteam")
    publish_steps(
        what_now,
        step(
            "Bent u nog in gevaar?",
            "<p>Ga weg als dat kan.</p>",
            calls=[call("0900-8844", "Politie"), call("112", urgent=True)],
        ),
        step("Zorg goed voor uzelf", "<p>Praat erover.</p>", links=[topic]),
    )
    response = anonymous_client.get("/wat-nu/")
    soup = parse(response)
    assert response.status_code == 200
    assert not response.cookies
    assert soup.html["lang"] == "nl"
    assert texts(soup.find_all("h1")) == ["Wat nu?"]
    assert inline_code(soup) == []
    items = soup.select("main ol.vp-whatnow-steps > li")
    assert [item["id"] for item in items] == ["stap-1", "stap-2"]
    assert texts(item.h2 for item in items) == [
        "1 Stap 1: Bent u nog in gevaar?",
        "2 Stap 2: Zorg goed voor uzelf",
    ]
    # The urgent number comes first, above the text; the other one below it.
    tel_links = soup.select('main a[href^="tel:"]')
    assert [link["href"] for link in tel_links] == ["tel:112", "tel:09008844"]
    assert texts(tel_links) == ["Bel 112 Alarmnummer", "Bel 0900-8844 Politie"]
    first = items[0]
    assert first.find("a")["href"] == "tel:112"
    assert "vp-whatnow-call--urgent" in first.find("a")["class"]
    assert [link["href"] for link in items[1].select(".vp-whatnow-more a")] == [topic.url]


def test_a_link_to_a_page_that_is_no_longer_live_is_left_out(anonymous_client, what_now):
    topic = TopicPageFactory(parent=ThemePageFactory(slug="nazorg"), slug="wees-de-rots")
    publish_steps(what_now, step("Zorg goed voor uzelf", links=[topic]))
    topic.unpublish()
    soup = parse(anonymous_client.get("/wat-nu/"))
    assert soup.select(".vp-whatnow-more") == []


def test_the_employee_and_the_manager_page_link_to_each_other(anonymous_client, what_now):
    without_manager = parse(anonymous_client.get("/wat-nu/"))
    assert without_manager.select(".vp-whatnow-other") == []
    WhatNowManagerPageFactory(parent=what_now)
    employee = parse(anonymous_client.get("/wat-nu/"))
    other = employee.select_one(".vp-whatnow-other")
    assert "Bent u leidinggevende?" in other.get_text()
    assert other.a["href"] == "/wat-nu/leidinggevende/"
    manager = parse(anonymous_client.get("/wat-nu/leidinggevende/"))
    assert manager.select_one(".vp-whatnow-other a")["href"] == "/wat-nu/"


def header_link(response):
    assert response.status_code in (200, 404)
    return parse(response).select_one("header .vp-what-now-link")


def test_every_page_header_links_to_wat_nu(anonymous_client, home_page, what_now):
    StandardPageFactory(parent=home_page, slug="privacy")
    for path in ["/", "/privacy/", "/bestaat-niet/"]:
        link = header_link(anonymous_client.get(path))
        assert link["href"] == "/wat-nu/", path
        assert link.get_text(" ", strip=True).startswith("Wat nu?")
        assert not link.has_attr("aria-current")
    WhatNowManagerPageFactory(parent=what_now)
    assert header_link(anonymous_client.get("/wat-nu/"))["aria-current"] == "page"
    assert header_link(anonymous_client.get("/wat-nu/leidinggevende/"))["aria-current"] == "true"


def test_the_home_page_shows_the_way_to_wat_nu_on_its_first_screen(anonymous_client, what_now):
    soup = parse(anonymous_client.get("/"))
    cta = soup.select_one(".vp-hero .vp-what-now-cta")
    assert cta.p.get_text(strip=True) == "Net bedreigd op uw werk?"
    assert cta.a["href"] == "/wat-nu/" and cta.a.get_text(strip=True) == "Wat nu?"
    # Right under the heading, before the introduction: on a phone's first screen.
    assert cta.find_previous_sibling().name == "h1"
    assert cta.find_next_sibling()["class"] == ["vp-lead"]


def test_no_link_while_there_is_no_live_page(anonymous_client, home_page):
    soup = parse(anonymous_client.get("/"))
    assert soup.select(".vp-what-now-link, .vp-what-now-cta") == []
    page = WhatNowPageFactory(parent=home_page)
    assert len(parse(anonymous_client.get("/")).select(".vp-what-now-link")) == 1
    page.unpublish()
    assert parse(anonymous_client.get("/")).select(".vp-what-now-link") == []


def test_the_header_link_costs_no_query_on_a_page(anonymous_client, home_page):
    StandardPageFactory(parent=home_page, slug="privacy")
    anonymous_client.get("/privacy/")  # fill the caches every page shares
    with CaptureQueriesContext(connection) as without_page:
        anonymous_client.get("/privacy/")
    WhatNowPageFactory(parent=home_page)
    anonymous_client.get("/privacy/")
    with CaptureQueriesContext(connection) as with_page:
        response = anonymous_client.get("/privacy/")
    assert header_link(response)["href"] == "/wat-nu/"
    assert len(with_page) == len(without_page)


def test_queries_do_not_grow_with_the_steps_and_their_links(anonymous_client, what_now):
    theme = ThemePageFactory(slug="nazorg")
    topics = [TopicPageFactory(parent=theme, slug=f"onderwerp-{n}") for n in range(6)]

    def queries_for_page():
        anonymous_client.get("/wat-nu/")  # fill the caches every page shares
        with CaptureQueriesContext(connection) as queries:
            response = anonymous_client.get("/wat-nu/")
        assert response.status_code == 200
        return len(queries)

    publish_steps(what_now, step("Een", links=topics[:1], calls=[call("112", urgent=True)]))
    few = queries_for_page()
    publish_steps(
        what_now,
        *(
            step(f"Stap {n}", links=topics[n : n + 3], calls=[call("112"), call("0900-8844")])
            for n in range(6)
        ),
    )
    assert queries_for_page() == few


def test_one_page_for_the_employee_under_the_home_page_with_the_managers_page_below(
    home_page, what_now
):
    assert WhatNowPage.parent_page_types == ["home.HomePage"]
    assert WhatNowPage.subpage_types == ["whatnow.WhatNowManagerPage", "whatnow.IncidentNotePage"]
    assert WhatNowManagerPage.parent_page_types == ["whatnow.WhatNowPage"]
    assert WhatNowManagerPage.subpage_types == []
    assert not WhatNowPage.can_create_at(home_page)  # one is there already
    assert WhatNowManagerPage.can_create_at(what_now)
    assert not WhatNowManagerPage.can_create_at(home_page)
    manager = WhatNowManagerPageFactory(parent=what_now)
    assert not WhatNowManagerPage.can_create_at(what_now)  # one is there already
    assert not WhatNowPage.can_create_at(manager)
    assert IncidentNotePage.parent_page_types == ["whatnow.WhatNowPage"]
    assert IncidentNotePage.can_create_at(what_now) and not IncidentNotePage.can_create_at(
        home_page
    )
    IncidentNotePageFactory(parent=what_now)
    assert not IncidentNotePage.can_create_at(what_now)  # one is there already


def test_the_page_can_be_made_in_the_admin_under_the_home_page(admin_client, home_page):
    response = admin_client.get(f"/admin/pages/add/whatnow/whatnowpage/{home_page.pk}/")
    assert response.status_code == 200
