import re

from playwright.sync_api import expect

LISTING = "/ervaringen-uit-de-praktijk/"


def test_ticking_a_filter_updates_the_results_in_place(page):
    page.goto(LISTING)
    page.wait_for_load_state("networkidle")
    status = page.locator("[data-filter-status]")
    expect(status).to_have_text(re.compile(r"^16 voorbeelden"))
    page.evaluate("() => { window.notReloaded = true; }")

    utrecht = page.locator("#filter-provincie-utrecht")
    utrecht.check()
    expect(status).to_have_text("2 voorbeelden gevonden")
    assert page.url.endswith("provincie=utrecht&sorteer=nieuwste")
    assert page.evaluate("() => window.notReloaded === true")  # no page load
    assert utrecht.evaluate("el => el === document.activeElement")  # focus stays put
    expect(page.locator(".vp-chip")).to_have_text(re.compile("Provincie: Utrecht"))
    # The numbers beside the other options follow the new choice.
    expect(
        page.locator("label[for=filter-organisatie-waterschap] [data-filter-count]")
    ).to_have_text("(1)")

    page.locator("#filter-sort").select_option("titel")
    page.wait_for_url(re.compile("sorteer=titel"))
    # Back and forward show the earlier choices again.
    page.go_back()
    expect(page.locator("#filter-sort")).to_have_value("nieuwste")
    assert page.url.endswith("provincie=utrecht&sorteer=nieuwste")
    page.go_back()
    expect(status).to_have_text(re.compile(r"^16 voorbeelden"))
    expect(utrecht).not_to_be_checked()
    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def test_filters_work_without_javascript(browser, site_server):
    context = browser.new_context(base_url=site_server, java_script_enabled=False)
    page = context.new_page()
    page.goto(LISTING)
    page.locator("#filter-agressie-online").check()
    page.locator("#filter-agressie-discriminatie").check()
    page.get_by_role("button", name="Toon voorbeelden").click()
    expect(page.locator("[data-filter-status]")).to_have_text("6 voorbeelden gevonden")
    assert "agressie=online&agressie=discriminatie" in page.url
    page.get_by_role("link", name=re.compile("Soort agressie: Online agressie")).click()
    expect(page.locator("[data-filter-status]")).to_have_text("4 voorbeelden gevonden")
    context.close()


def test_practice_pages_fit_a_small_screen(page):
    page.set_viewport_size({"width": 320, "height": 800})
    for path in [LISTING, f"{LISTING}zuiderhaven-reageert-binnen-48-uur/"]:
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
