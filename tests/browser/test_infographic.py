"""The interactive infographic in a real browser: mouse, keyboard, URL fragment, accessibility."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.waiting import wait_until

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
STEP_COUNT = 14
PANEL = "#infographic-panel"


def open_infographic(page, path="/infographic/"):
    response = page.goto(path)
    assert response.status == 200
    page.wait_for_selector(".vp-infographic--enhanced")


def step_button(page, anchor):
    return page.locator(f"#stap-{anchor} button")


def focused(page, locator):
    return locator.evaluate("element => element === document.activeElement")


def panel_title(page):
    return page.locator(f"{PANEL} [data-panel-title]").text_content()


def assert_clean(page):
    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def assert_no_axe_violations(page):
    # Colours are only final once the panel's fade-in has ended; on a busy machine that can lag.
    page.evaluate("Promise.all(document.getAnimations().map((animation) => animation.finished))")
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_clicking_a_step_opens_its_panel_and_puts_it_in_the_url(page):
    open_infographic(page)
    assert page.locator(PANEL).is_hidden()
    button = step_button(page, "registreer-het-incident")
    assert button.get_attribute("aria-expanded") == "false"
    button.click()
    panel = page.locator(PANEL)
    assert panel.is_visible()
    assert panel_title(page) == "Registreer het incident"
    assert "Fase 2: Handelen bij een incident – stap 2 van 5" in panel.text_content()
    link = panel.get_by_role("link", name="Lees verder: Registreer het incident")
    assert link.get_attribute("href") == "/handelen-bij-een-incident/registreer-het-incident/"
    assert button.get_attribute("aria-expanded") == "true"
    assert page.url.endswith("/infographic/#stap-registreer-het-incident")
    status = page.locator("[data-infographic-status]")
    status.filter(has_text="Uitleg geopend: Registreer het incident").wait_for(state="attached")
    button.click()  # a second click closes it again
    assert panel.is_hidden()
    assert button.get_attribute("aria-expanded") == "false"
    assert page.url.endswith("/infographic/")
    assert_clean(page)


def test_keyboard_alone_reaches_and_opens_every_step_and_escape_closes(page):
    open_infographic(page)
    buttons = page.locator(".vp-infographic__step-button")
    assert buttons.count() == STEP_COUNT
    for _ in range(40):  # Tab from the top of the page to the first step
        page.keyboard.press("Tab")
        if focused(page, buttons.first):
            break
    else:
        pytest.fail("Tab never reached the first step of the infographic")

    for index in range(STEP_COUNT):
        button = buttons.nth(index)
        assert focused(page, button), f"step {index + 1} does not have the focus"
        name = button.locator("[data-step-name]").text_content()
        page.keyboard.press("Enter" if index % 2 else " ")
        assert page.locator(PANEL).is_visible()
        assert panel_title(page) == name
        page.keyboard.press("Escape")
        assert page.locator(PANEL).is_hidden()
        assert focused(page, button)  # focus returns to the step
        page.keyboard.press("ArrowRight")
    assert_clean(page)


def test_tab_moves_from_the_open_step_into_the_panel_and_escape_comes_back(page):
    open_infographic(page)
    button = step_button(page, "reageer-naar-de-dader")
    button.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # the other steps are not in the Tab order
    link = page.locator(PANEL).get_by_role(
        "link", name="Lees verder: Reageer namens de organisatie"
    )
    assert focused(page, link)
    page.keyboard.press("Escape")
    assert page.locator(PANEL).is_hidden()
    assert focused(page, button)
    assert_clean(page)


def test_arrow_keys_move_between_steps_with_one_tab_stop(page):
    open_infographic(page)
    buttons = page.locator(".vp-infographic__step-button")
    buttons.first.focus()
    page.keyboard.press("ArrowDown")
    assert focused(page, buttons.nth(1))
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowLeft")  # stays on the first step
    assert focused(page, buttons.first)
    page.keyboard.press("End")
    assert focused(page, buttons.last)
    page.keyboard.press("ArrowRight")  # stays on the last step
    assert focused(page, buttons.last)
    page.keyboard.press("Home")
    assert focused(page, buttons.first)
    for _ in range(6):  # from the last step of Voorkomen on to the first of Handelen
        page.keyboard.press("ArrowRight")
    assert focused(page, step_button(page, "de-escaleer-begrens-en-alarmeer"))
    tab_stops = buttons.evaluate_all("all => all.filter(b => b.tabIndex === 0).length")
    assert tab_stops == 1
    assert page.locator(PANEL).is_hidden()  # moving does not open anything
    assert_clean(page)


def test_panel_buttons_go_to_the_next_and_previous_step_and_close(page):
    open_infographic(page, "/infographic/#stap-verhaal-de-schade")
    page.locator(f"{PANEL} [data-panel-next]").click()
    assert panel_title(page) == "Houd overzicht"
    assert page.url.endswith("#stap-houd-overzicht")
    page.locator(f"{PANEL} [data-panel-previous]").click()
    assert panel_title(page) == "Verhaal de schade"
    page.locator(f"{PANEL} [data-panel-close]").click()
    assert page.locator(PANEL).is_hidden()
    assert focused(page, step_button(page, "verhaal-de-schade"))
    assert_clean(page)


def test_deep_link_opens_the_right_step(page):
    open_infographic(page, "/infographic/#stap-doe-melding-of-aangifte")
    assert page.locator(PANEL).is_visible()
    assert panel_title(page) == "Doe melding of aangifte"
    button = step_button(page, "doe-melding-of-aangifte")
    assert button.get_attribute("aria-expanded") == "true"
    assert button.get_attribute("tabindex") == "0"
    assert_clean(page)


def test_unknown_deep_link_opens_nothing(page):
    open_infographic(page, "/infographic/#stap-bestaat-niet")
    assert page.locator(PANEL).is_hidden()
    assert_clean(page)


def test_step_link_on_the_home_page_opens_that_step(page):
    page.goto("/")
    page.get_by_role("link", name="Registreer het incident", exact=True).click()
    page.wait_for_selector(".vp-infographic--enhanced")
    assert page.url.endswith("/infographic/#stap-registreer-het-incident")
    assert panel_title(page) == "Registreer het incident"
    assert_clean(page)


def test_back_and_forward_follow_the_opened_steps(page):
    open_infographic(page)
    step_button(page, "stel-een-norm").click()
    step_button(page, "houd-overzicht").click()
    page.go_back()
    wait_until(page, "location.hash === '#stap-stel-een-norm'")
    assert panel_title(page) == "Stel een norm"
    page.go_back()
    wait_until(page, "location.hash === ''")
    assert page.locator(PANEL).is_hidden()
    assert step_button(page, "stel-een-norm").get_attribute("aria-expanded") == "false"
    page.go_forward()
    wait_until(page, "location.hash === '#stap-stel-een-norm'")
    assert page.locator(PANEL).is_visible()
    assert panel_title(page) == "Stel een norm"
    assert_clean(page)


def test_steps_are_large_enough_and_nothing_scrolls_sideways_on_a_phone(page):
    page.set_viewport_size({"width": 320, "height": 640})
    open_infographic(page)
    sizes = page.locator(".vp-infographic__step-button").evaluate_all(
        "all => all.map(b => [b.getBoundingClientRect().width, b.getBoundingClientRect().height])"
    )
    assert len(sizes) == STEP_COUNT
    assert all(width >= 44 and height >= 44 for width, height in sizes), sizes
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    step_button(page, "houd-overzicht").click()
    page.locator(PANEL).wait_for(state="visible")
    wait_until(
        page,
        "(() => { const r = document.querySelector('#infographic-panel').getBoundingClientRect();"
        " return r.top < window.innerHeight && r.bottom > 0; })()",
    )
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert_clean(page)


@pytest.mark.parametrize("width", [640, 1024, 1440])  # 640 = 1280 px at 200% zoom
def test_no_sideways_scrolling_from_zoomed_to_wide(page, width):
    page.set_viewport_size({"width": width, "height": 900})
    open_infographic(page, "/infographic/#stap-stel-een-norm")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


def test_reduced_motion_turns_off_the_panel_animation(page):
    def animation_of_panel():
        page.goto("about:blank")
        open_infographic(page, "/infographic/#stap-stel-een-norm")
        return page.locator(PANEL).evaluate("panel => getComputedStyle(panel).animationName")

    page.emulate_media(reduced_motion="no-preference")
    assert animation_of_panel() == "vp-infographic-panel-in"
    page.emulate_media(reduced_motion="reduce")
    assert animation_of_panel() == "none"


def test_print_shows_every_explanation_and_hides_the_controls(page):
    open_infographic(page, "/infographic/#stap-stel-een-norm")
    page.emulate_media(media="print")
    details = page.locator("[data-step-detail]")
    assert details.count() == STEP_COUNT
    assert all(details.nth(i).is_visible() for i in range(STEP_COUNT))
    assert page.locator(PANEL).is_hidden()
    assert page.locator("[data-infographic-print]").is_hidden()


def test_text_version_keeps_the_lists_and_offers_printing(page):
    open_infographic(page)
    page.get_by_role("link", name="Tekstversie").click()
    page.wait_for_url("**/infographic/?weergave=tekst")
    assert page.locator(".vp-infographic--enhanced").count() == 0
    assert page.locator("[data-step-detail]").first.is_visible()
    assert page.get_by_role("button", name="Afdrukken").is_visible()
    assert_clean(page)


def test_axe_finds_no_violations_on_the_infographic_closed_and_open(page):
    open_infographic(page)
    assert_no_axe_violations(page)
    step_button(page, "reageer-naar-de-dader").click()
    page.locator(PANEL).wait_for(state="visible")
    assert_no_axe_violations(page)
    page.goto("/infographic/?weergave=tekst")
    assert_no_axe_violations(page)
    assert_clean(page)


@pytest.mark.parametrize("path", ["/", "/preventie/", "/handelen-bij-een-incident/reageer/"])
def test_axe_finds_no_violations_on_other_pages(page, path):
    assert page.goto(path).status == 200
    page.wait_for_load_state("networkidle")
    assert_no_axe_violations(page)
    assert_clean(page)


def test_without_javascript_every_step_and_link_is_present(browser, site_server):
    context = browser.new_context(base_url=site_server, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/infographic/")
        assert page.locator("html").get_attribute("class") == "no-js"
        phases = page.locator(".vp-infographic__phases > li")
        assert phases.count() == 3
        assert phases.locator("h2").all_text_contents() == [
            "Fase 1: Voorkomen",
            "Fase 2: Handelen bij een incident",
            "Fase 3: Nazorg",
        ]
        steps = page.locator("ol.vp-infographic__steps > li")
        assert steps.count() == STEP_COUNT
        for index in range(STEP_COUNT):
            step = steps.nth(index)
            assert step.locator("h3").is_visible()
            assert step.locator("[data-step-detail] p").first.is_visible()
            assert step.get_by_role("link").first.is_visible()
        assert page.locator(".vp-infographic__step-button").count() == 0
        assert page.locator(".vp-infographic button:visible").count() == 0
        assert page.locator(PANEL).is_hidden()
        assert page.locator("[data-infographic-help]").is_hidden()
        assert page.locator("[data-infographic-print]").is_hidden()  # needs the script
    finally:
        context.close()
