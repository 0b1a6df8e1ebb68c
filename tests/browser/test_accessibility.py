"""axe-core finds no WCAG 2.2 AA violations on every kind of public page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}
}
PAGES = [
    "/documenten/?soort=checklist",
    "/ervaringen-uit-de-praktijk/?thema=preventie&agressie=verbaal",
    "/ervaringen-uit-de-praktijk/",  # its first example
    "/zoeken/?q=aangifte",
    "/zoeken/?q=xyzzy-niets",
    "/actueel/",
    "/toegankelijkheid/",
    "/woo-verzoek/",
    "/widgets/",  # code to copy, in scrollable regions
    "/bestaat-niet/",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, path):
    if path == "/ervaringen-uit-de-praktijk/":
        # Any practice example will do; take the first one the listing links to.
        page.goto("/ervaringen-uit-de-praktijk/")
        path = page.locator(".vp-card__link, .vp-example-card a").first.get_attribute("href")
    page.goto(path)
    page.evaluate("Promise.all(document.getAnimations().map((animation) => animation.finished))")
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    if path != "/bestaat-niet/":  # there the browser logs the 404 status of the page itself
        assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def test_news_item_has_no_axe_violations(page):
    page.goto("/actueel/")
    page.locator("main a[href*='/actueel/nieuws/']").first.click()
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
