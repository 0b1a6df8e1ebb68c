"""The self-assessment in a real browser: by keyboard with and without JavaScript, resuming after
a reload, changing one answer from the result, the PDF, axe at 320 px."""

import datetime
import importlib.util
import io
import logging
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlparse, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from gunicorn.config import Config
from pypdf import PdfReader

from selfassessment.models import SelfAssessmentPage
from tests.browser.waiting import wait_until

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
FORM = "/zelfinspectie/"
RESULT = "/zelfinspectie/resultaat/"
ORGANISATION = "Waterschap Aa en Maas"
GUNICORN_CONFIG = Path(__file__).resolve().parents[2] / "docker" / "gunicorn.conf.py"


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


def fill_in_the_organisation_by_keyboard(page):
    """The first step: the organisation's name, then its kind (Waterschap, the third)."""
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name === 'organisatie'"):
            break
    page.keyboard.type(ORGANISATION)
    tab_to_next_radio(page)
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")


def assert_result_of_keyboard_run(page, questionnaire):
    assert urlparse(page.url).path == RESULT
    query = {key: values[0] for key, values in parse_qs(urlparse(page.url).query).items()}
    assert query.pop("v") == questionnaire.version
    assert query.pop("datum") == timezone.localdate().isoformat()
    assert (query.pop("organisatie"), query.pop("soort")) == (ORGANISATION, "waterschap")
    assert query == expected_answers(questionnaire)
    assert f"Voor {ORGANISATION} (waterschap)." in page.locator(".vp-sa-result__date").inner_text()
    assert page.locator("h1").text_content().startswith("Uw uitslag")
    assert page.locator("[data-sa-plan] > li").count() >= 3


def test_completing_by_keyboard_without_javascript(no_js_page, questionnaire):
    page = no_js_page
    page.goto(FORM)
    fill_in_the_organisation_by_keyboard(page)
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
    assert progress.text_content().startswith("Over uw organisatie: niet verplicht.")
    assert page.locator("[data-sa-question]:visible").count() == 1
    fill_in_the_organisation_by_keyboard(page)
    page.keyboard.press("Enter")
    assert progress.text_content().startswith(f"Vraag 1 van {total}.")
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
        "&organisatie=Gemeente+Peelbeek&datum=2026-03-05"
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
    assert "Gemeente Peelbeek" in text and "Antwoorden gegeven op 5 maart 2026" in text
    assert download.suggested_filename == "zelfinspectie-2026-03-05.pdf"


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


def visible_step_key(page):
    return page.locator("[data-sa-question]:visible").get_attribute("id")


def answer_by_clicking(page, question, option_index, move_on=True):
    page.locator(f"label[for='a-{question.key}-{question.options[option_index].key}']").click()
    if move_on:
        page.get_by_role("button", name="Volgende vraag").click()


def test_a_reload_mid_questionnaire_resumes_at_the_same_question(page, questionnaire):
    page.goto(FORM)
    history_length = page.evaluate("history.length")
    page.get_by_label("Naam van uw organisatie (niet verplicht)").fill("Gemeente Peelbeek")
    page.get_by_label("Gemeente", exact=True).check()
    page.get_by_role("button", name="Volgende vraag").click()
    answered = questionnaire.questions[:10]
    for number, question in enumerate(answered):
        answer_by_clicking(page, question, chosen_index(number))
    eleventh = questionnaire.questions[10]
    assert visible_step_key(page) == f"vraag-{eleventh.key}"
    # The address holds every answer so far and the question on screen; Back still leaves.
    address = urlparse(page.url)
    assert address.fragment == f"vraag-{eleventh.key}"
    query = parse_qs(address.query)
    assert query["organisatie"] == ["Gemeente Peelbeek"] and query["soort"] == ["gemeente"]
    for number, question in enumerate(answered):
        assert query[question.key] == [question.options[chosen_index(number)].key]
    assert page.evaluate("history.length") == history_length

    page.reload()
    progress = page.locator(".vp-sa-stepper [role=status]")
    assert progress.text_content().startswith(f"Vraag 11 van {len(questionnaire.questions)}.")
    assert visible_step_key(page) == f"vraag-{eleventh.key}"
    for number, question in enumerate(answered):
        option = question.options[chosen_index(number)]
        assert page.locator(f"#a-{question.key}-{option.key}").is_checked()
    assert page.get_by_label("Naam van uw organisatie (niet verplicht)").input_value() == (
        "Gemeente Peelbeek"
    )
    page.get_by_role("button", name="Vorige vraag").click()
    assert visible_step_key(page) == f"vraag-{answered[-1].key}"
    assert urlparse(page.url).fragment == f"vraag-{answered[-1].key}"
    assert page.watcher.console_errors == []


def test_hidden_buttons_are_hidden_on_the_first_and_the_last_question(page, questionnaire):
    page.goto(FORM)
    previous = page.get_by_role("button", name="Vorige vraag", include_hidden=True)
    following = page.get_by_role("button", name="Volgende vraag", include_hidden=True)
    submit = page.get_by_role("button", name="Bekijk de uitslag", include_hidden=True)
    assert previous.evaluate("button => getComputedStyle(button).display") == "none"
    assert not previous.is_visible() and following.is_visible() and not submit.is_visible()
    last = questionnaire.questions[-1]
    page.goto(f"{FORM}#vraag-{last.key}")
    page.reload()  # a new fragment alone does not load the page again
    assert visible_step_key(page) == f"vraag-{last.key}"
    assert following.evaluate("button => getComputedStyle(button).display") == "none"
    assert previous.is_visible() and not following.is_visible() and submit.is_visible()


def test_changing_one_answer_from_the_result_takes_a_few_clicks(page, questionnaire):
    answers = "&".join(f"{q.key}=nee" for q in questionnaire.questions)
    page.goto(f"{RESULT}?{answers}&v={questionnaire.version}&datum=2026-03-05")
    target = questionnaire.questions[12]
    page.get_by_role("link", name=f"Wijzig uw antwoord op: {target.short}").click()
    assert visible_step_key(page) == f"vraag-{target.key}"
    answer_by_clicking(page, target, 0, move_on=False)
    page.get_by_role("button", name="Bekijk de uitslag").click()
    page.wait_for_url(f"**{RESULT}**")
    query = parse_qs(urlparse(page.url).query)
    assert query[target.key] == [target.options[0].key]
    assert query["datum"] == [timezone.localdate().isoformat()]  # changed answers, a new day
    assert target.short in page.locator(".vp-sa-strengths").inner_text()


def test_the_link_can_be_copied_from_the_form_and_the_result(browser, site_server, questionnaire):
    context = browser.new_context(base_url=site_server, locale="nl-NL")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_server)
    page = context.new_page()
    first = questionnaire.questions[0]
    page.goto(f"{FORM}#vraag-{first.key}")
    answer_by_clicking(page, first, 1, move_on=False)
    page.get_by_role("button", name="Bewaar of deel deze link").click()
    status = page.locator("[data-sa-share-status]")
    wait_until(page, "document.querySelector('[data-sa-share-status]').textContent !== ''")
    assert status.text_content().startswith("De link is gekopieerd.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert parse_qs(urlparse(copied).query)[first.key] == [first.options[1].key]
    assert copied == page.url
    everything = "&".join(f"{q.key}=deels" for q in questionnaire.questions)
    page.goto(f"{RESULT}?{everything}&v={questionnaire.version}&datum=2026-03-05")
    page.get_by_role("button", name="Kopieer de link").click()
    wait_until(page, "document.querySelector('[data-sa-share-status]').textContent !== ''")
    copied = urlparse(page.evaluate("navigator.clipboard.readText()"))
    assert copied.path == RESULT
    assert parse_qs(copied.query) == parse_qs(urlparse(page.url).query)
    context.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_question_and_result_have_no_axe_violations_at_320_pixels(
    browser, site_server, questionnaire, javascript
):
    context = browser.new_context(
        base_url=site_server, locale="nl-NL", viewport={"width": 320, "height": 800}
    )
    if not javascript:
        context.route("**/static/js/**", lambda route: route.abort())
    page = context.new_page()
    some = questionnaire.questions[3]
    everything = "&".join(
        f"{q.key}={q.options[chosen_index(n)].key}" for n, q in enumerate(questionnaire.questions)
    )
    result = f"{RESULT}?{everything}&v={questionnaire.version}&soort=provincie&datum=2026-03-05"
    for path in (FORM, f"{FORM}?{some.key}=ja#vraag-{some.key}", result):
        page.goto(path)
        assert_no_axe_violations(page)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    table = page.locator(".vp-sa-table-wrapper")
    assert table.get_attribute("tabindex") == "0" and table.get_attribute("role") == "region"
    assert table.evaluate("region => region.scrollWidth <= region.clientWidth")  # not cut
    context.close()


def replay_through_the_access_logger(requests, responses):
    """The lines gunicorn's access logger (docker/gunicorn.conf.py, as docker/entrypoint.sh starts
    it) writes for these browser requests, headers (the Referer) included; responses: the
    browser's response to each request that got one (a download's may be missing)."""
    spec = importlib.util.spec_from_file_location("gunicorn_conf", GUNICORN_CONFIG)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    config = Config()
    config.set("accesslog", "-")
    logger = module.logger_class(config)
    lines = []

    class Collect(logging.Handler):
        def emit(self, record):
            lines.append(record.getMessage())

    logger.access_log.handlers = [Collect()]
    for request in requests:
        address = urlsplit(request.url)
        headers = request.all_headers()
        response = responses.get(request)
        status = response.status if response else 200
        location = response.headers.get("location", "") if response else ""
        if request.redirected_to:  # the browser reports no response event for a redirect
            status, location = 302, request.redirected_to.url
        environ = {
            "REQUEST_METHOD": request.method,
            "RAW_URI": address.path + (f"?{address.query}" if address.query else ""),
            "PATH_INFO": address.path,
            "QUERY_STRING": address.query,
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "192.0.2.7",
            **{f"HTTP_{name.upper().replace('-', '_')}": value for name, value in headers.items()},
        }
        logger.access(
            SimpleNamespace(
                status=f"{status} X",
                status_code=status,
                sent=100,
                headers=[("Location", location)] if location else [],
            ),
            SimpleNamespace(headers=list(headers.items())),
            environ,
            datetime.timedelta(seconds=0.01),
        )
    return lines


def test_the_access_log_of_a_walk_holds_no_answer(page, questionnaire):
    """A walk with JavaScript: answers, a reload, the result (redirected to get its date), back
    to a question. Every request the browser made, with its Referer and a redirect's Location,
    goes through the access logger; none leaves an answer. (The PDF is a download, which the
    browser does not report; its address is logged like these.)"""
    requests, responses = [], {}
    page.on("request", lambda request: requests.append(request))
    page.on("response", lambda response: responses.__setitem__(response.request, response))
    page.goto(FORM)
    page.get_by_label("Naam van uw organisatie (niet verplicht)").fill("Gemeente Zeldzaamdorp")
    page.get_by_label("Provincie", exact=True).check()
    page.get_by_role("button", name="Volgende vraag").click()
    for number, question in enumerate(questionnaire.questions):
        answer_by_clicking(page, question, chosen_index(number), move_on=False)
        if number == 5:
            page.reload()
        if number < len(questionnaire.questions) - 1:
            page.get_by_role("button", name="Volgende vraag").click()
    page.get_by_role("button", name="Bekijk de uitslag").click()
    page.wait_for_url(f"**{RESULT}**datum=**")
    page.get_by_role("link", name="Wijzig uw antwoord op:", exact=False).first.click()
    page.wait_for_url(f"**{FORM}**")
    log = "\n".join(replay_through_the_access_logger(requests, responses))
    pages = [line for line in log.splitlines() if "/static/" not in line]
    assert any(f'"GET {RESULT} HTTP/1.1" 302' in line for line in pages), pages
    assert any(f'"GET {RESULT} HTTP/1.1" 200' in line for line in pages), pages
    assert '"http://127.0.0.1:' in log and f'{RESULT}"' in log  # the Referer, without its query
    for question in questionnaire.questions:
        assert f"{question.key}=" not in log
    for typed in ("Zeldzaamdorp", "soort=", "provincie", "datum=", questionnaire.version):
        assert typed not in log
