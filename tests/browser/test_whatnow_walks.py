"""The employee's and the manager's walk through "Wat nu?" on a 390 px phone, with and without
JavaScript: from the home page to the incident note, filled in with hostile input and read back
as PDF and ODT; from the employee's page to the manager's calendar file. Every request of a
walk then goes through gunicorn's access logger (docker/gunicorn.conf.py), and nothing typed may
show up in the log. The note's pages are axe-clean at 320 px."""

import datetime
import importlib.util
import io
import logging
import zipfile
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote, quote_plus, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from gunicorn.config import Config
from icalendar import Calendar
from odf import teletype
from odf.opendocument import load as load_odt
from odf.text import P
from pypdf import PdfReader

from tests.browser.conftest import PageWatcher
from tests.pdf import reader_text, structure_types

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
PHONE = {"width": 390, "height": 844}
NARROW = {"width": 320, "height": 640}
NOTE = "/wat-nu/verslag/"
GUNICORN_CONFIG = Path(__file__).resolve().parents[2] / "docker" / "gunicorn.conf.py"

# What the employee types: hostile on purpose, and each value unique enough to find in a log.
LONG = "Hij bleef maar roepen. " * 300  # 6,899 characters: more than the 6,000 allowed
TYPED = {
    "Plaats": "<b>Balie 3</b> & hal-Zuidwest",
    "Wat er gebeurde": "Een man sloeg op de balie.\nDaarna gooide hij een stoel om (kwart-voor-drie).",
    "Wat er werd gezegd": "‘Ik weet waar je woont.’ هو قال: سأنتظرك في الخارج",
    "Hoe de persoon eruitzag": "Blauwe jas, pet 😡👊🏽 en een 👩‍💻-sticker",
    "Getuigen": "<script>alert('Saskia')</script>",
    "Letsel en schade": "Bril kapot\u0007, geen letsel",
    # One long word, as a pasted link is: it wraps instead of widening the page.
    "Bewijs": "Screenshot: https://sociale-site.example/bericht/" + "a1b2c3" * 40,
}
# The control character is taken out: the note and the files hold the rest.
SHOWN = {**TYPED, "Letsel en schade": "Bril kapot, geen letsel"}
# Searched for in the access log: distinctive pieces of everything typed.
SECRETS = [
    "Balie 3",
    "hal-Zuidwest",
    "kwart-voor-drie",
    "waar je woont",
    "سأنتظرك",
    "Blauwe jas",
    "Saskia",
    "Bril kapot",
    "sociale-site",
    "roepen",
    "gesprek-Zuidwest",
]


def yesterday():
    return timezone.localdate() - datetime.timedelta(days=1)


@pytest.fixture(params=[True, False], ids=["met-javascript", "zonder-javascript"])
def phone(request, browser, site_server):
    """A phone-sized page, with or without JavaScript, that notes every request it makes."""
    context = browser.new_context(
        base_url=site_server,
        locale="nl-NL",
        viewport=PHONE,
        java_script_enabled=request.param,
        accept_downloads=True,
    )
    page = context.new_page()
    page.watcher = PageWatcher(page, site_server)
    page.requests = []
    page.on("request", lambda request: page.requests.append(request))
    yield page
    context.close()


def assert_fits_the_phone(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def fill_note(page, values, date=None):
    page.get_by_label("Datum").fill((date or yesterday()).isoformat())
    for label, value in values.items():
        page.get_by_label(label).fill(value)


def downloaded(page, button_name):
    with page.expect_download() as download_info:
        page.get_by_role("button", name=button_name).click()
    download = download_info.value
    return download.suggested_filename, Path(download.path()).read_bytes()


def odt_paragraphs(content):
    document = load_odt(io.BytesIO(content))
    return [teletype.extractText(element) for element in document.getElementsByType(P)]


def test_the_employee_walks_to_the_note_and_takes_it_along(phone):
    page = phone
    page.goto("/")
    page.locator(".vp-what-now-link").click()
    assert urlsplit(page.url).path == "/wat-nu/"
    page.get_by_role("link", name="Maak een verslag van het incident").click()
    assert urlsplit(page.url).path == NOTE
    assert_fits_the_phone(page)

    # Nothing filled in, then a text that is too long: the form says what to do, in Dutch.
    page.get_by_role("button", name="Maak het verslag").click()
    errors = page.locator(".vp-whatnow-errors")
    assert "Vul de datum van het incident in." in errors.inner_text()
    assert "Vul ‘Wat er gebeurde’ in." in errors.inner_text()
    fill_note(page, {"Wat er gebeurde": LONG})
    page.get_by_role("button", name="Maak het verslag").click()
    assert f"Deze tekst is te lang: {len(LONG.strip())} tekens" in errors.inner_text()
    kept = page.get_by_label("Wat er gebeurde").input_value()
    assert kept.strip() == LONG.strip()  # all of it, not cut off

    fill_note(page, TYPED)
    page.get_by_role("button", name="Maak het verslag").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Uw verslag is klaar"
    assert "onzichtbare tekens weggehaald" in page.locator(".vp-whatnow-notice").inner_text()
    note = page.locator("article.vp-whatnow-note")
    text = note.inner_text()
    for value in SHOWN.values():
        for line in value.split("\n"):
            assert line in text
    assert note.locator("b, script").count() == 0  # the HTML typed is text, not markup
    assert_fits_the_phone(page)
    assert urlsplit(page.url).query == ""

    filename, pdf = downloaded(page, "Download als PDF")
    assert filename == f"verslag-incident-{yesterday():%Y-%m-%d}.pdf"
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] and root["/Lang"] == "nl"
    assert {"/H1", "/H2", "/P"} <= structure_types(root["/StructTreeRoot"])
    assert all(
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) == (595, 842)
        for p in reader.pages
    )
    # pypdf 7.1 misreads a font whose ToUnicode map holds a character beyond the BMP (an
    # emoji, written as a UTF-16 surrogate pair, as PDF allows): it returns that font's text as
    # UTF-16 bytes. Without the NULs the Latin text is back; tests/whatnow/test_note.py reads
    # right-to-left text from a PDF without emoji.
    pdf_text = reader_text(reader).replace("\x00", "")
    for expected in ("<b>Balie 3</b> & hal-Zuidwest", "<script>alert('Saskia')</script>"):
        assert expected in pdf_text
    assert "Bril kapot, geen letsel" in pdf_text and "Voor de aangifte" in pdf_text

    filename, odt = downloaded(page, "Download als OpenDocument-tekst (.odt)")
    assert filename.endswith(".odt")
    paragraphs = odt_paragraphs(odt)
    for value in SHOWN.values():
        for line in value.split("\n"):
            assert any(line in paragraph for paragraph in paragraphs), line
    with zipfile.ZipFile(io.BytesIO(odt)) as archive:
        assert 'fo:page-width="21cm"' in archive.read("styles.xml").decode()

    # Back to the form, everything still there.
    page.get_by_role("button", name="Pas uw verslag aan").click()
    assert (
        page.get_by_label("Hoe de persoon eruitzag").input_value()
        == TYPED["Hoe de persoon eruitzag"]
    )
    assert page.context.cookies() == []
    assert page.watcher.foreign_requests == [] and page.watcher.console_errors == []
    assert_nothing_typed_is_logged(page.requests, expected_paths=[f"{NOTE}pdf/", f"{NOTE}odt/"])


def test_the_manager_walks_to_the_calendar_file(phone):
    page = phone
    page.goto("/wat-nu/")
    page.get_by_role("link", name="Wat nu? Voor de leidinggevende").click()
    assert urlsplit(page.url).path == "/wat-nu/leidinggevende/"
    assert_fits_the_phone(page)
    incident = timezone.localdate() - datetime.timedelta(days=3)
    page.get_by_label("Datum van het incident").fill(incident.isoformat())
    page.get_by_label("Eigen omschrijving").fill("gesprek-Zuidwest")
    filename, content = downloaded(page, "Download het agendabestand")
    assert filename == f"gesprekken-na-incident-{incident:%Y-%m-%d}.ics"
    calendar = Calendar.from_ical(content)
    events = list(calendar.walk("VEVENT"))
    assert [event.decoded("dtstart") for event in events] == [
        incident + datetime.timedelta(days=days) for days in (2, 14, 42)
    ]
    assert all(str(event["SUMMARY"]).endswith(": gesprek-Zuidwest") for event in events)
    assert page.context.cookies() == [] and page.watcher.foreign_requests == []
    assert_nothing_typed_is_logged(page.requests, expected_paths=["/wat-nu/leidinggevende/agenda/"])


@pytest.mark.parametrize("state", ["formulier", "fouten", "verslag"])
def test_the_note_is_axe_clean_at_320_pixels(page, state):
    page.set_viewport_size(NARROW)
    page.goto(NOTE)
    if state != "formulier":
        if state == "verslag":
            fill_note(page, TYPED)
        page.get_by_role("button", name="Maak het verslag").click()
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    assert page.watcher.console_errors == [] and page.watcher.foreign_requests == []


# The access log ----------------------------------------------------------------------------


def access_logger():
    """gunicorn's access logger as docker/gunicorn.conf.py sets it up, logging to a list."""
    spec = importlib.util.spec_from_file_location("gunicorn_conf", GUNICORN_CONFIG)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    config = Config()
    config.set("accesslog", "-")  # as docker/entrypoint.sh starts it
    logger = module.logger_class(config)
    lines = []

    class Collect(logging.Handler):
        def emit(self, record):
            lines.append(record.getMessage())

    logger.access_log.handlers = [Collect()]
    return logger, lines


def logged_lines(requests):
    """The access log gunicorn writes for these requests (browser requests, as sent)."""
    logger, lines = access_logger()
    for request in requests:
        address = urlsplit(request.url)
        raw_uri = address.path + (f"?{address.query}" if address.query else "")
        headers = request.all_headers()
        response = request.response() if not request.failure else None
        status = response.status if response else 200
        environ = {
            "REQUEST_METHOD": request.method,
            "RAW_URI": raw_uri,
            "PATH_INFO": address.path,
            "QUERY_STRING": address.query,
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            **{f"HTTP_{name.upper().replace('-', '_')}": value for name, value in headers.items()},
        }
        gunicorn_request = SimpleNamespace(headers=list(headers.items()))
        gunicorn_response = SimpleNamespace(
            status=f"{status} X", status_code=status, sent=100, headers=[]
        )
        logger.access(
            gunicorn_response, gunicorn_request, environ, datetime.timedelta(seconds=0.01)
        )
    return lines


def assert_nothing_typed_is_logged(requests, expected_paths):
    lines = logged_lines(requests)
    log = "\n".join(lines)
    # The log is really written: the walk's POSTs are in it, by path only.
    for path in expected_paths:
        assert f'"POST {path} HTTP/1.1"' in log, log
    for secret in SECRETS:
        for written in (secret, quote(secret), quote_plus(secret)):
            assert written not in log, secret
