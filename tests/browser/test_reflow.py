"""WCAG 1.4.10 Reflow: at 320 CSS pixels no page of the sitemap scrolls sideways."""

import re
from urllib.parse import urlsplit
from urllib.request import urlopen

from tests.browser.waiting import wait_until

NARROW = {"width": 320, "height": 640}


def sitemap_paths(site_server):
    with urlopen(f"{site_server}/sitemap.xml", timeout=30) as response:  # noqa: S310 - our own server
        xml = response.read().decode()
    return [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", xml)]


def test_every_page_in_the_sitemap_fits_320_pixels(page, site_server):
    paths = sitemap_paths(site_server)
    assert len(paths) > 20, "the demo sitemap should list every public page"
    page.set_viewport_size(NARROW)
    too_wide = []
    for path in paths:
        page.goto(path)
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if widths[0] > widths[1]:
            too_wide.append(f"{path}: {widths[0]} px")
    assert not too_wide, "pages wider than 320 px:\n" + "\n".join(too_wide)


def test_wide_tables_scroll_in_their_own_labelled_focusable_region(page):
    page.set_viewport_size(NARROW)
    page.goto("/handelen-bij-een-incident/reageer/")
    regions = page.locator(".vp-table-wrapper")
    assert regions.count() > 0
    for index in range(regions.count()):
        region = regions.nth(index)
        assert region.get_attribute("role") == "region"
        assert region.get_attribute("tabindex") == "0"
        caption = region.locator("caption").inner_text().strip()
        assert caption and region.get_attribute("aria-label") == caption
    # The wide table scrolls inside its region, and the keyboard can scroll it.
    region = regions.first
    scroll_width, client_width = region.evaluate("(el) => [el.scrollWidth, el.clientWidth]")
    assert scroll_width > client_width
    region.focus()
    outline = region.evaluate("(el) => getComputedStyle(el).outlineStyle")
    assert outline != "none", "the focused table region shows no focus indicator"
    page.keyboard.press("ArrowRight")
    wait_until(
        page, "() => document.querySelector('.vp-table-wrapper').scrollLeft > 0", timeout=3000
    )
