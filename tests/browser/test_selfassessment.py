"""The self-assessment in a real browser: by keyboard with and without JavaScript, the PDF, axe."""

import io
from urllib.parse import parse_qs, urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from selfassessment.models import SelfAssessmentPage
from tests.browser.waiting import wait_until

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
FORM = "/zelfinspectie/"
RESULT = "/zelfinspectie/resultaat/"


@pytest.fixture
def questionnaire(django_db_blocker):
    with django_db_blocker.unblock():
        return SelfAssessmentPage.objects.get(slug="zelfinspectie").questionnaire()


@pytest.fixture
def no_js_page(browser, site_server):
    context = browser.new_context(base_url=site_server, locale="nl-NL", java_script_enabled=False)
    yield context.new_page()
    context.close()


def chosen_index(number):
    """Which answer the test picks for question number: Ja, Deels, Nee, Weet ik niet in turn."""
    return number % 4


def tab_to_next_radio(page, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type === 'radio'"):
            return
    raise AssertionError("no radio button reached with Tab")


def choose_by_keyboard(page, number):
    """In a radio group without a choice, Space picks the first answer and the arrows the next."""
    page.keyboard.press("Space")
    for _ in range(chosen_index(number)):
        page.keyboard.press("ArrowRight")


def expected_answers(questionnaire):
    return {
        question.key: question.options[chosen_index(number)].key
        for number, question in enumerate(questionnaire.questions)
    }


def assert_result_of_keyboard_run(page, questionnaire):
    assert urlparse(page.url).path == RESULT
    query = {key: values[0] for key, values in parse_qs(urlparse(page.url).query).items()}
    assert query.pop("v") == questionnaire.version
    assert query == expected_answers(questionnaire)
    assert page.locator("h1").text_content().startswith("Uw uitslag")
    assert page.locator("[data-sa-plan] > li").count() >= 3


def test_completing_by_keyboard_without_javascript(no_js_page, questionnaire):
    page = no_js_page
    page.goto(FORM)
    for number in range(len(questionnaire.questions)):
        tab_to_next_radio(page)
        choose_by_keyboard(page, number)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Bekijk de uitslag"
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{RESULT}**")
    assert_result_of_keyboard_run(page, questionnaire)


def test_completing_by_keyboard_one_question_at_a_time(page, questionnaire):
    page.goto(FORM)
    total = len(questionnaire.questions)
    progress = page.locator(".vp-sa-stepper [role=status]")
    assert progress.text_content().startswith(f"Vraag 1 van {total}.")
    assert page.locator("[data-sa-question]:visible").count() == 1
    for number in range(total):
        tab_to_next_radio(page)
        choose_by_keyboard(page, number)
        if number < total - 1:
            page.keyboard.press("Enter")  # Enter in the form goes to the next question
            assert progress.text_content().startswith(f"Vraag {number + 2} van {total}.")
    page.keyboard.press("Enter")  # on the last question Enter submits
    page.wait_for_url(f"**{RESULT}**")
    assert_result_of_keyboard_run(page, questionnaire)
    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def test_pdf_download_contains_the_first_step_of_the_plan(page, questionnaire):
    answers = {question.key: "nee" for question in questionnaire.questions}
    page.goto(
        f"{RESULT}?{'&'.join(f'{k}={v}' for k, v in answers.items())}&v={questionnaire.version}"
    )
    first_step = page.locator("[data-sa-plan] > li").first
    what = first_step.locator("dd").first.text_content().strip()
    link = page.get_by_role("link", name="Download de uitslag als PDF")
    link.focus()
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename.startswith("zelfinspectie-")
    reader = PdfReader(io.BytesIO(open(download.path(), "rb").read()))  # noqa: SIM115
    text = " ".join(" ".join(pdf_page.extract_text().split()) for pdf_page in reader.pages)
    assert f"Stap 1: {first_step.locator('h3').text_content().strip()}" in text
    assert " ".join(what.split()) in text


def assert_no_axe_violations(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


@pytest.fixture
def page_without_our_scripts(browser, site_server):
    """A page whose own scripts never load: what a visitor without JavaScript gets, while axe
    (which needs JavaScript itself) can still run."""
    context = browser.new_context(base_url=site_server, locale="nl-NL")
    context.route("**/static/js/**", lambda route: route.abort())
    yield context.new_page()
    context.close()


def test_form_errors_and_result_have_no_axe_violations(
    page, page_without_our_scripts, questionnaire
):
    first = questionnaire.questions[0]
    some = f"{first.key}=ja&v={questionnaire.version}"
    everything = "&".join(f"{q.key}=deels" for q in questionnaire.questions)
    for browser_page in (page, page_without_our_scripts):
        for path in (FORM, f"{RESULT}?{some}", f"{RESULT}?{everything}&v={questionnaire.version}"):
            browser_page.goto(path)
            assert_no_axe_violations(browser_page)


def test_error_summary_links_lead_to_the_missing_question(page, questionnaire):
    page.goto(f"{RESULT}?{questionnaire.questions[0].key}=ja&v={questionnaire.version}")
    summary = page.locator("[data-sa-errors]")
    # The script moves focus to the summary once it has run; wait for that rather than race it.
    wait_until(page, "document.activeElement?.matches('[data-sa-errors]')", timeout=5000)
    assert summary.locator("li").count() == len(questionnaire.questions) - 1
    second = questionnaire.questions[1]
    summary.locator("a").first.click()
    target = page.locator(f"#a-{second.key}-{second.options[0].key}")
    assert target.is_visible()
    assert target.evaluate("element => element === document.activeElement")
    page.locator("[data-sa-question]:visible input").first.wait_for()
    assert page.locator(f"#a-{questionnaire.questions[0].key}-ja").is_checked()  # answer kept


@pytest.mark.parametrize("javascript", [True, False])
def test_nothing_scrolls_sideways_at_320_pixels(browser, site_server, questionnaire, javascript):
    context = browser.new_context(
        base_url=site_server, viewport={"width": 320, "height": 800}, java_script_enabled=javascript
    )
    page = context.new_page()
    everything = "&".join(f"{q.key}=nee" for q in questionnaire.questions)
    for path in (FORM, f"{RESULT}?v={questionnaire.version}", f"{RESULT}?{everything}"):
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    context.close()
