"""The demo content of "Wat nu?" (whatnow/content/), loaded once for this module."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from home.models import HomePage
from tests.html import parse, texts
from whatnow.models import WhatNowManagerPage, WhatNowPage

pytestmark = pytest.mark.django_db


def test_both_pages_are_live_under_the_home_page():
    employee = WhatNowPage.objects.get()
    manager = WhatNowManagerPage.objects.get()
    assert employee.live and manager.live
    assert employee.get_parent().specific_class is HomePage
    assert (employee.url, manager.url) == ("/wat-nu/", "/wat-nu/leidinggevende/")
    assert manager.get_parent().pk == employee.pk
    assert not employee.show_in_menus  # its own link is in every header


def test_the_employee_steps_follow_the_issue_and_start_with_112(anonymous_client):
    soup = parse(anonymous_client.get("/wat-nu/"))
    titles = [title.split(": ", 1)[1] for title in texts(soup.select(".vp-whatnow-step__title"))]
    assert titles == [
        "Bent u nog in gevaar?",
        "Vertel het vandaag nog",
        "Schrijf op wat er gebeurde",
        "Doe aangifte",
        "Zorg goed voor uzelf",
        "Online bedreigd of uw gegevens gedeeld?",
    ]
    calls = soup.select('main a[href^="tel:"]')
    assert [link["href"] for link in calls] == ["tel:112", "tel:09008844"]
    first_step = soup.select_one("#stap-1")
    assert first_step.find("a")["href"] == "tel:112"
    # Every step links to a deeper page of the site, and every link works.
    for step in soup.select(".vp-whatnow-steps > li"):
        links = step.select(".vp-whatnow-more a")
        assert links, step.h2.get_text()
        for link in links:
            assert anonymous_client.get(link["href"]).status_code == 200, link["href"]
    other = soup.select_one(".vp-whatnow-other a")
    assert other["href"] == "/wat-nu/leidinggevende/"


def test_the_managers_checklist_has_every_moment_of_the_issue(anonymous_client):
    soup = parse(anonymous_client.get("/wat-nu/leidinggevende/"))
    assert texts(soup.select(".vp-whatnow-moment__title")) == [
        "Het eerste uur",
        "De eerste dag",
        "Binnen 72 uur",
        "Na 2 weken",
        "Na 6 tot 8 weken",
        "Registratie",
        "Aangifte",
        "Schade verhalen",
    ]
    assert soup.select_one("form.vp-whatnow-form")


def test_the_home_page_and_every_header_link_to_it(anonymous_client):
    home = parse(anonymous_client.get("/"))
    assert home.select_one(".vp-hero .vp-what-now-cta a")["href"] == "/wat-nu/"
    topic = parse(anonymous_client.get("/nazorg/bedrijfsopvangteam/"))
    assert topic.select_one("header .vp-what-now-link")["href"] == "/wat-nu/"


def test_loading_again_adds_and_changes_nothing():
    pages = Page.objects.count()
    revisions = Revision.objects.count()
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert (WhatNowPage.objects.count(), WhatNowManagerPage.objects.count()) == (1, 1)
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)
    assert "Niets nieuws" in output.getvalue()


def test_loading_again_keeps_an_editors_change():
    page = WhatNowPage.objects.get()
    page.intro = "Aangepast door de redactie."
    page.save_revision().publish()
    call_command("load_demo_content", stdout=io.StringIO())
    assert WhatNowPage.objects.get().intro == "Aangepast door de redactie."
