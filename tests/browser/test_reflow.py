"""WCAG 1.4.10 Reflow: at 320 CSS pixels no page of the sitemap scrolls sideways."""

import re
from urllib.parse import urlsplit
from urllib.request import urlopen

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


def test_on_a_phone_table_rows_stack_with_every_cell_labelled_and_nothing_cut(page):
    page.set_viewport_size(NARROW)
    for path in ("/handelen-bij-een-incident/reageer/", "/preventie/stel-een-norm/"):
        page.goto(path)
        regions = page.locator(".vp-table-wrapper")
        assert regions.count() > 0, path
        for index in range(regions.count()):
            region = regions.nth(index)
            assert region.get_attribute("role") == "region"
            caption = region.locator("caption")
            assert caption.is_visible() and region.get_attribute("aria-label") == (
                caption.inner_text().strip()
            )
            scroll_width, client_width = region.evaluate("(el) => [el.scrollWidth, el.clientWidth]")
            assert scroll_width <= client_width, f"{path}: table {index + 1} is cut"
            # Each cell shows its column's heading (CSS content from data-label).
            labels = region.locator("td").evaluate_all(
                "cells => cells.map(c => getComputedStyle(c, '::before').content)"
            )
            assert labels and all(label not in ("none", '""') for label in labels), path
            assert region.locator("table").get_attribute("role") == "table"
