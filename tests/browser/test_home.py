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
