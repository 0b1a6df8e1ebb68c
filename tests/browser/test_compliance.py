"""The accessibility statement and the Woo page on a phone: no axe violations at 320 px, nothing
scrolls sideways, and the footer's link to the statement can be reached with the keyboard."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from .test_accessibility import AXE_OPTIONS

NARROW = {"width": 320, "height": 640}


@pytest.mark.parametrize("path", ["/toegankelijkheid/", "/woo-verzoek/"])
def test_the_page_works_at_320_pixels(page, path):
    page.set_viewport_size(NARROW)
    page.goto(path)
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    scroll_width, client_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll_width <= client_width, f"{path} is {scroll_width} px wide"
    assert page.watcher.foreign_requests == []
    link = page.locator("footer a[data-accessibility-statement-link]")
    link.focus()
    assert link.evaluate("(el) => el === document.activeElement")
    assert link.get_attribute("href") == "/toegankelijkheid/"


def test_the_statement_shows_its_status_and_its_open_items_on_a_phone(page):
    page.set_viewport_size(NARROW)
    page.goto("/toegankelijkheid/")
    statement = page.locator("article[data-accessibility-statement]")
    assert statement.get_attribute("data-status") == "B"
    assert page.locator("[data-statement-item]").count() == 2
    assert page.get_by_text("voldoet gedeeltelijk").is_visible()
