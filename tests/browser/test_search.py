"""Searching from the header in a real browser, and the news overview at phone width."""


def test_header_search_leads_to_marked_results_without_errors(page):
    page.goto("/")
    page.fill("#site-search", "agressieve")
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/?q=agressieve")
    assert page.locator("h1").inner_text() == "Zoeken"
    assert page.locator(".vp-search-result").count() == 10
    assert page.locator(".vp-search-result__excerpt mark").count() > 0
    assert page.locator("#site-search").input_value() == "agressieve"
    page.locator('.vp-search-filter__link:has-text("Nieuws")').click()
    page.wait_for_url("**soort=nieuws")
    assert page.locator(".vp-search-result__kind").all_inner_texts() == ["Nieuws"] * (
        page.locator(".vp-search-result").count()
    )
    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def test_search_and_news_pages_do_not_scroll_sideways_at_320_pixels(page):
    page.set_viewport_size({"width": 320, "height": 800})
    for path in [
        "/zoeken/?q=agressie",
        "/zoeken/?q=" + "x" * 300,
        "/actueel/",
        "/actueel/nieuws/2023/01/31/norm-stop-agressie-samen-gelanceerd/",
        "/actueel/nieuws/2026/10/01/nieuwe-website-veilige-publieke-dienstverlening-online/",
    ]:
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    assert page.watcher.console_errors == []
