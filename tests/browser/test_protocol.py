"""The protocol tool in a real browser: completed by keyboard, without cookies, axe on every step."""

import io
import zipfile

import docx
import pytest
from axe_playwright_python.sync_playwright import Axe
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


def press_next(page):
    tab_to(page, "element.tagName === 'BUTTON' && element.value === 'volgende'")
    with page.expect_navigation():
        page.keyboard.press("Enter")


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
    with page.expect_navigation():
        page.keyboard.press("Enter")
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
    page.wait_for_load_state()
    summary = page.locator(".vp-pt-errors")
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
