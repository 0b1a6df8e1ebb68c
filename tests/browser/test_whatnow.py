"""The "Wat nu?" pages in a real browser on a phone: axe-clean at 320 px, the header link on the
wordmark's line, and the manager's calendar file fetched without JavaScript and without a cookie."""

import datetime
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
PHONE = {"width": 390, "height": 844}
NARROW = {"width": 320, "height": 640}
MANAGER = "/wat-nu/leidinggevende/"


def box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("path", ["/wat-nu/", MANAGER])
def test_the_pages_are_axe_clean_at_320_pixels_and_ask_no_other_host(page, path):
    page.set_viewport_size(NARROW)
    page.goto(path)
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    assert page.watcher.console_errors == [] and page.watcher.foreign_requests == []
    assert page.context.cookies() == []


@pytest.mark.parametrize("viewport", [NARROW, PHONE], ids=["320", "390"])
def test_the_header_link_stays_on_the_wordmarks_line(page, viewport):
    page.set_viewport_size(viewport)
    page.goto("/nazorg/")
    wordmark, link = box(page, ".vp-wordmark"), box(page, ".vp-what-now-link")
    assert link["y"] < wordmark["y"] + wordmark["height"]  # the same line, not below it
    assert link["x"] + link["width"] <= viewport["width"]
    assert link["height"] >= 44  # a target a thumb can hit
    page.locator(".vp-what-now-link").click()
    assert page.url.endswith("/wat-nu/")
    first_call = page.locator("main a[href^='tel:']").first
    assert first_call.get_attribute("href") == "tel:112"
    assert first_call.is_visible()


def test_the_manager_gets_the_calendar_file_without_javascript(browser, site_server):
    context = browser.new_context(
        base_url=site_server, locale="nl-NL", java_script_enabled=False, viewport=PHONE
    )
    page = context.new_page()
    page.goto(MANAGER)
    page.get_by_role("button", name="Download het agendabestand").click()
    expect(page.locator(".vp-whatnow-errors")).to_contain_text("Vul de datum van het incident in.")
    expect(page).to_have_title(re.compile(r"^Fout: "))
    incident = timezone.localdate() - datetime.timedelta(days=3)
    page.get_by_label("Datum van het incident").fill(incident.isoformat())
    page.get_by_label("Eigen omschrijving").fill("Balie 3")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download het agendabestand").click()
    download = download_info.value
    assert download.suggested_filename == f"gesprekken-na-incident-{incident:%Y-%m-%d}.ics"
    with open(download.path(), "rb") as file:
        calendar = Calendar.from_ical(file.read())
    starts = [event.decoded("dtstart") for event in calendar.walk("VEVENT")]
    assert starts == [incident + datetime.timedelta(days=days) for days in (2, 14, 42)]
    assert context.cookies() == []
    context.close()
