import io

import pytest
from PIL import Image


def test_home_page_loads_without_errors_or_foreign_requests(page):
    response = page.goto("/")
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() == 1
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("html").get_attribute("class") == "js"  # main.js ran
    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def test_skip_link_moves_focus_to_main_content(page):
    page.goto("/preventie/")
    page.keyboard.press("Tab")
    skip_link = page.locator(".vp-skip-link")
    assert skip_link.evaluate("el => el === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_no_horizontal_scrolling_at_320_pixels(page):
    page.set_viewport_size({"width": 320, "height": 800})
    for path in ["/", "/handelen-bij-een-incident/doe-een-melding-of-aangifte/", "/documenten/"]:
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"


@pytest.mark.parametrize("width", [320, 800, 1280])
def test_each_step_number_stands_before_the_first_line_of_its_step(page, width):
    """Read from the screenshot: the list number's ink lies beside the link's first line, also
    when the link wraps (it used to sit beside the last one)."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/")
    steps = page.locator(".vp-compact-infographic__steps > li")
    wrapped = 0
    for index in range(steps.count()):
        step = steps.nth(index)
        step.scroll_into_view_if_needed()
        box = step.bounding_box()  # in the viewport, as the clip below
        # The lines of the link's text, whatever its display: one rectangle per line.
        link = step.locator("a").evaluate(
            "a => { const range = document.createRange(); range.selectNodeContents(a);"
            " const r = [...range.getClientRects()];"
            " return {left: r[0].left, top: r[0].top, bottom: r[0].bottom,"
            " lines: new Set(r.map(x => Math.round(x.top))).size} }"
        )
        # The number is drawn outside the item, in the 2.5 em to the left of the link.
        gutter = {"x": link["left"] - 40, "y": box["y"], "width": 38, "height": box["height"]}
        image = Image.open(io.BytesIO(page.screenshot(clip=gutter))).convert("L")
        inked = [
            y
            for y in range(image.height)
            for x in range(image.width)
            if image.getpixel((x, y)) < 128
        ]
        assert inked, f"step {index + 1}: no number drawn"
        number_middle = (min(inked) + max(inked)) / 2 + box["y"]
        first_line = (link["top"] - 4, link["bottom"] + 4)
        wrapped += link["lines"] > 1
        assert first_line[0] <= number_middle <= first_line[1], f"step {index + 1} at {width}px"
    if width == 800:
        assert wrapped, "at 800 px some steps wrap, or this test proves nothing"


def test_the_main_menu_is_one_row_on_a_desktop_screen(page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/")
    tops = page.locator(".vp-main-nav__link").evaluate_all(
        "links => links.map(link => Math.round(link.getBoundingClientRect().top))"
    )
    assert len(tops) >= 7 and len(set(tops)) == 1, tops


def test_the_header_emblem_shows_the_sites_mark(page):
    page.goto("/")
    image = page.locator(".vp-wordmark__emblem").evaluate(
        "e => getComputedStyle(e).backgroundImage"
    )
    assert "emblem" in image and image.endswith('.svg")')
    served = page.request.get(image.split('url("', 1)[1].rstrip('")'))
    assert served.status == 200 and b"<svg" in served.body()
