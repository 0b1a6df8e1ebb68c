"""The protocol tool in a real browser: completed by keyboard, without cookies, axe on every step."""

import io
import re
import zipfile

import docx
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from pypdf import PdfReader

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
TOOL = "/agressieprotocol-maken/"
ORGANISATION = "Gemeente Toetsdorp"
ADDRESS = "Dorpsstraat 1, 9999 ZZ Toetsdorp"


def assert_no_axe_violations(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def tab_to(page, condition, limit=120):
    """Press Tab until the focused element meets the JavaScript condition on `element`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(element => {condition})(document.activeElement)"):
            return
    raise AssertionError(f"nothing reached with Tab that meets {condition}")


def press_enter_for_the_next_screen(page):
    """Enter on the focused button, until the next screen shows: a new page without JavaScript,
    the same page with new content with it (static/js/protocol.js)."""
    before = page.locator("main").inner_text()
    page.keyboard.press("Enter")
    expect(page.locator("main")).not_to_have_text(before, use_inner_text=True)
    page.wait_for_load_state()


def press_next(page):
    tab_to(page, "element.tagName === 'BUTTON' && element.value === 'volgende'")
    press_enter_for_the_next_screen(page)


def progress(page):
    return page.locator(".vp-pt-progress").text_content().strip()


@pytest.fixture
def no_js_page(browser, site_server, django_db_blocker):
    context = browser.new_context(base_url=site_server, locale="nl-NL", java_script_enabled=False)
    with django_db_blocker.unblock():
        yield context.new_page()
    context.close()


def fill_in_by_keyboard(page, check=None):
    """From the first step to the draft by keyboard only; `check(page)` runs on every screen."""
    page.goto(TOOL)
    check and check(page)
    tab_to(page, "element.name === 'name'")
    page.keyboard.type(ORGANISATION)
    page.keyboard.press("Tab")  # into the kinds: the first one, gemeente, with Space
    page.keyboard.press("Space")
    press_next(page)
    for number in range(2, 9):
        assert progress(page) == f"Stap {number} van 9"
        check and check(page)
        if number == 6:
            tab_to(page, "element.name === 'address'")
            page.keyboard.type(ADDRESS)
        press_next(page)
    assert progress(page) == "Stap 9 van 9"
    assert page.locator("h1").text_content() == "Controleer uw antwoorden"
    check and check(page)
    tab_to(
        page, "element.tagName === 'BUTTON' && element.textContent.trim() === 'Maak het concept'"
    )
    press_enter_for_the_next_screen(page)
    assert page.locator("h1").text_content() == "Uw concept is klaar"
    check and check(page)


def test_completing_the_tool_by_keyboard_without_javascript(no_js_page):
    page = no_js_page
    fill_in_by_keyboard(page)
    draft = page.locator(".vp-pt-draft")
    assert f"Agressieprotocol {ORGANISATION}" in draft.locator("h2").text_content()
    assert ADDRESS in draft.text_content()
    roles = draft.get_by_role("table", name="Rollen en taken bij agressie")
    assert "de bode of beveiliger" in roles.text_content()  # a gemeente's default
    assert page.context.cookies() == []


def test_the_draft_and_its_annexes_download_as_one_zip_by_keyboard(no_js_page):
    page = no_js_page
    fill_in_by_keyboard(page)
    label = "Concept en bijlagen in DOCX (.zip)"
    tab_to(page, f"element.tagName === 'BUTTON' && element.textContent.trim() === {label!r}")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert (
        download.suggested_filename == "agressieprotocol-gemeente-toetsdorp-met-bijlagen-docx.zip"
    )
    with open(download.path(), "rb") as file, zipfile.ZipFile(file) as package:
        names = package.namelist()
        assert names[0] == "agressieprotocol-gemeente-toetsdorp.docx"
        assert "bijlage-1-voorbeeldbrief-waarschuwing.docx" in names
        letter = file_text(names[1], package.read(names[1]))
    assert ORGANISATION in letter and "Geachte heer of mevrouw" in letter
    assert page.context.cookies() == []


def file_text(name, content):
    if name.endswith(".odt"):
        with zipfile.ZipFile(io.BytesIO(content)) as package:
            return package.read("content.xml").decode()
    if name.endswith(".docx"):
        document = docx.Document(io.BytesIO(content))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)
    return " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(content)).pages
    )


def test_each_format_downloads_by_keyboard_with_the_answers(no_js_page):
    page = no_js_page
    fill_in_by_keyboard(page)
    names = []
    for label in ("OpenDocument-tekst (.odt)", "Word (.docx)", "PDF"):
        tab_to(page, f"element.tagName === 'BUTTON' && element.textContent.trim() === {label!r}")
        with page.expect_download() as download_info:
            page.keyboard.press("Enter")
        download = download_info.value
        names.append(download.suggested_filename)
        with open(download.path(), "rb") as file:
            text = file_text(download.suggested_filename, file.read())
        assert ORGANISATION in text, download.suggested_filename
        assert ADDRESS in text, download.suggested_filename
        assert "de bode of beveiliger" in text, download.suggested_filename
    assert names == [f"agressieprotocol-gemeente-toetsdorp.{ext}" for ext in ("odt", "docx", "pdf")]
    assert page.context.cookies() == []


def test_every_step_the_summary_and_the_draft_have_no_axe_violations(page):
    fill_in_by_keyboard(page, check=assert_no_axe_violations)
    assert page.context.cookies() == []
    assert page.watcher.foreign_requests == []
    assert page.watcher.console_errors == []


def test_the_error_summary_has_no_axe_violations_and_links_to_the_field(page):
    page.goto(TOOL)
    page.get_by_role("button", name="Volgende stap").click()
    summary = page.locator(".vp-pt-errors")
    summary.wait_for()
    assert summary.locator("li").count() == 2
    assert_no_axe_violations(page)
    summary.locator("a").first.click()
    assert page.evaluate("document.activeElement.id") == "id_name"


def assert_no_sideways_scrolling(page):
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at 320px"


def test_nothing_scrolls_sideways_at_320_pixels(browser, site_server):
    context = browser.new_context(
        base_url=site_server, viewport={"width": 320, "height": 800}, java_script_enabled=False
    )
    fill_in_by_keyboard(context.new_page(), check=assert_no_sideways_scrolling)
    context.close()


def test_the_roles_table_scrolls_in_a_focusable_labelled_region_at_320_pixels(page):
    """Issue 23: at 320-640 px the roles table did not fit and its scroll area could not be
    reached by keyboard (axe: scrollable-region-focusable)."""
    page.set_viewport_size({"width": 320, "height": 800})
    fill_in_by_keyboard(page)
    region = page.locator(".vp-pt-table-wrapper").first
    assert region.get_attribute("role") == "region"
    assert region.get_attribute("tabindex") == "0"
    assert region.get_attribute("aria-label") == region.locator("caption").inner_text().strip()
    assert_no_axe_violations(page)


def test_the_draft_tables_fit_at_320_pixels_with_the_column_name_before_each_value(page):
    """Issue 23: the roles table was cut at 320-640 px. Narrow screens show each row as a block,
    with the column's name before each value; wide screens keep the table."""
    page.set_viewport_size({"width": 320, "height": 800})
    fill_in_by_keyboard(page)
    regions = page.locator(".vp-pt-draft .vp-pt-table-wrapper")
    captions = [caption.strip() for caption in regions.locator("caption").all_inner_texts()]
    assert captions == ["Rollen en taken bij agressie", "Van gedrag naar maatregel"]
    for index in range(regions.count()):
        region = regions.nth(index)
        assert region.evaluate("element => element.scrollWidth - element.clientWidth") <= 0
    cell = regions.first.locator("td").first
    before = cell.evaluate("element => getComputedStyle(element, '::before').content")
    assert before == '"Naam in de organisatie: "'
    ladder_cell = regions.nth(1).locator("td").nth(1)
    assert ladder_cell.get_attribute("data-label") == "Wie besluit"
    page.set_viewport_size({"width": 1024, "height": 800})
    assert cell.evaluate("element => getComputedStyle(element).display") == "table-cell"


# Back and Forward, keep and resume (issue 23) ------------------------------------------------

COORDINATOR = "de adviseur veiligheid"
ACCEPTABLE = "Boosheid mag, schelden niet."


def click_next(page):
    """Send the step and wait until the screen has been replaced: the answer arrives before the
    script has parsed it and swapped the tool's part of the page."""
    shown = page.locator("[data-pt-screen]").element_handle()
    with page.expect_response(lambda response: response.request.method == "POST"):
        page.get_by_role("button", name="Volgende stap").click()
    page.wait_for_function("screen => !screen.isConnected", arg=shown)


def field_value(page, name):
    return page.locator(f"[name='{name}']").input_value()


def test_back_and_forward_show_each_step_with_its_answers_with_javascript(page):
    """Forward three steps, Back twice, Forward once: the right step with what was typed, no
    'Confirm Form Resubmission', and no answer in an address or a cookie."""
    posted = []
    page.on("request", lambda request: request.method == "POST" and posted.append(request.url))
    page.goto(TOOL)
    page.get_by_label("Naam van de organisatie").fill(ORGANISATION)
    page.get_by_label("Gemeente", exact=True).check()
    click_next(page)
    assert progress(page) == "Stap 2 van 9"
    assert page.url.endswith(f"{TOOL}stap/2/")
    page.get_by_label("Agressiecoördinator").fill(COORDINATOR)
    click_next(page)
    page.get_by_label("Welk gedrag accepteert u?").fill(ACCEPTABLE)
    click_next(page)
    assert progress(page) == "Stap 4 van 9"
    assert len(posted) == 3

    page.go_back()
    assert progress(page) == "Stap 3 van 9"
    assert page.url.endswith(f"{TOOL}stap/3/")
    assert field_value(page, "acceptable") == ACCEPTABLE
    page.go_back()
    assert progress(page) == "Stap 2 van 9"
    assert field_value(page, "coordinator") == COORDINATOR
    page.go_forward()
    assert progress(page) == "Stap 3 van 9"
    assert field_value(page, "acceptable") == ACCEPTABLE
    assert len(posted) == 3  # nothing was sent again

    page.reload()  # the step comes back from this tab's history, not from the server
    assert progress(page) == "Stap 3 van 9"
    assert field_value(page, "acceptable") == ACCEPTABLE

    # Going on from a step shown again keeps the later answers.
    click_next(page)
    assert progress(page) == "Stap 4 van 9"
    for _ in range(4):
        if progress(page) == "Stap 6 van 9":
            page.get_by_label("Adres van de organisatie voor de aangifte").fill(ADDRESS)
        click_next(page)
    page.get_by_role("button", name="Naar het overzicht").click()
    page.wait_for_selector("h1:text('Controleer uw antwoorden')")
    summary = page.locator("main").text_content()
    assert COORDINATOR in summary and ACCEPTABLE in summary and ADDRESS in summary
    assert page.url.endswith(f"{TOOL}controleren/")

    history = page.evaluate("window.history.length")
    assert history >= 10
    assert ORGANISATION.split()[-1].lower() not in page.url.lower()
    assert page.context.cookies() == []
    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def walk_and_download(page, labels):
    """Through the tool with the proposed answers (by mouse), then download the files."""
    page.goto(TOOL)
    page.get_by_label("Naam van de organisatie").fill(ORGANISATION)
    page.get_by_label("Gemeente", exact=True).check()
    click_next(page)
    page.get_by_label("Agressiecoördinator").fill(COORDINATOR)
    for number in range(2, 9):
        if number == 6:
            page.get_by_label("Adres van de organisatie voor de aangifte").fill(ADDRESS)
        button = "Naar het overzicht" if number == 8 else "Volgende stap"
        with page.expect_response(lambda response: response.request.method == "POST"):
            page.get_by_role("button", name=button).click()
    page.get_by_role("button", name="Maak het concept").click()
    page.wait_for_selector("h1:text('Uw concept is klaar')")
    files = {}
    for label in labels:
        with page.expect_download() as download_info:
            page.get_by_role("button", name=label).click()
        download = download_info.value
        with open(download.path(), "rb") as file:
            files[download.suggested_filename] = file.read()
    return files


@pytest.fixture(scope="module")
def downloaded_drafts(browser, site_server, django_db_blocker):
    context = browser.new_context(base_url=site_server, locale="nl-NL")
    with django_db_blocker.unblock():
        files = walk_and_download(
            context.new_page(),
            ["OpenDocument-tekst (.odt)", "Word (.docx)", "Antwoordenbestand (.json)"],
        )
    context.close()
    return files


@pytest.mark.parametrize("javascript", [True, False], ids=["with JS", "without JS"])
@pytest.mark.parametrize("extension", ["odt", "docx", "json"])
def test_going_on_from_a_downloaded_file(
    browser, site_server, django_db_blocker, downloaded_drafts, javascript, extension
):
    name, content = next(
        (name, content) for name, content in downloaded_drafts.items() if name.endswith(extension)
    )
    context = browser.new_context(
        base_url=site_server, locale="nl-NL", java_script_enabled=javascript
    )
    page = context.new_page()
    with django_db_blocker.unblock():
        page.goto(TOOL)
        page.get_by_label("Uw concept of antwoordenbestand").set_input_files(
            files=[{"name": name, "mimeType": "application/octet-stream", "buffer": content}]
        )
        page.get_by_role("button", name="Verder waar u was").click()
        page.wait_for_selector("h1:text('Controleer uw antwoorden')")
        main = page.locator("main").text_content()
        assert f"Uw antwoorden uit ‘{name}’ staan weer klaar" in main
        assert ORGANISATION in main and COORDINATOR in main and ADDRESS in main
        if javascript:  # axe runs in the page: without JavaScript, evaluate() never returns
            assert_no_axe_violations(page)
        page.get_by_role("button", name="Maak het concept").click()
        page.wait_for_selector("h1:text('Uw concept is klaar')")
        assert COORDINATOR in page.locator(".vp-pt-draft").text_content()
        assert context.cookies() == []
    context.close()


def test_a_wrong_file_gets_a_message_at_the_upload(page):
    page.goto(TOOL)
    page.get_by_label("Uw concept of antwoordenbestand").set_input_files(
        files=[{"name": "brief.odt", "mimeType": "text/plain", "buffer": b"Geen concept."}]
    )
    page.get_by_role("button", name="Verder waar u was").click()
    error = page.locator("#bestand-fout")
    error.wait_for()
    assert "geen antwoorden van deze tool" in error.text_content()
    expect(page).to_have_title(re.compile(r"^Fout: "))
    assert_no_axe_violations(page)


def test_back_without_javascript_is_the_page_s_own_button(no_js_page):
    """Without JavaScript the steps are POST answers that the browser may not keep (no-store):
    its Back button asks to send the form again (docs/developers/protocol-tool.md). The page's
    own 'Vorige stap' goes back with the answers."""
    page = no_js_page
    page.goto(TOOL)
    page.get_by_label("Naam van de organisatie").fill(ORGANISATION)
    page.get_by_label("Gemeente", exact=True).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Volgende stap").click()
    page.get_by_label("Agressiecoördinator").fill(COORDINATOR)
    with page.expect_navigation():
        page.get_by_role("button", name="Volgende stap").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Vorige stap").click()
    assert progress(page) == "Stap 2 van 9"
    assert field_value(page, "coordinator") == COORDINATOR
