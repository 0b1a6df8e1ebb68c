"""The draft as ODT, DOCX and PDF: the download buttons, the headers and what each file says."""

import io
import zipfile
from unittest import mock
from xml.etree import ElementTree

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from protocol import state
from protocol.formats import FORMATS
from protocol.models import ProtocolToolPage
from tests.html import parse

from .factories import complete_answers

pytestmark = pytest.mark.django_db

ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
ORGANISATION = "Gemeente Peelbeek"
CHOSEN_MEASURES = {"measures": ["gesprek", "locatieverbod", "schade"]}
MEASURE_LABELS = [
    "Een incidentgesprek met de dader",
    "Een locatieverbod voor het gebouw",
    "De schade verhalen op de dader",
]
ROLE_NAMES = {"coordinator": "de adviseur veiligheid", "manager": "de teamcoach"}


def answers():
    return complete_answers(
        organisation=ORGANISATION, maatregelen=CHOSEN_MEASURES, rollen=ROLE_NAMES
    )


def download(client, tool, key, raw=None):
    return client.post(
        f"{tool.url}concept/{key}/", {state.FIELD_NAME: state.dump(raw or answers())}
    )


def odt_lines(content):
    with zipfile.ZipFile(io.BytesIO(content)) as package:
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        root = ElementTree.fromstring(package.read("content.xml"))  # noqa: S314 - our own output
    blocks = (f"{{{ODF_TEXT}}}h", f"{{{ODF_TEXT}}}p")
    return ["".join(element.itertext()).strip() for element in root.iter() if element.tag in blocks]


def docx_lines(content):
    document = docx.Document(io.BytesIO(content))
    return [
        "".join(text.text or "" for text in paragraph.iter(qn("w:t"))).strip()
        for paragraph in document.element.body.iter(qn("w:p"))
    ]


def pdf_lines(content):
    reader = PdfReader(io.BytesIO(content))
    return [
        " ".join(line.split())
        for pdf_page in reader.pages
        for line in pdf_page.extract_text().splitlines()
    ]


READERS = {"odt": odt_lines, "docx": docx_lines, "pdf": pdf_lines}


def index_of(lines, text, start=0):
    for index in range(start, len(lines)):
        if text in lines[index]:
            return index
    raise AssertionError(f"{text!r} not found after line {start}:\n" + "\n".join(lines[start:]))


def section_lines(lines, heading, next_heading):
    """The lines between a section's heading and the next one's."""
    start = index_of(lines, heading)
    end = index_of(lines, next_heading, start + 1)
    return lines[start + 1 : end]


def test_the_draft_page_offers_every_format_as_a_post_with_the_answers(client, tool):
    response = client.post(f"{tool.url}concept/", {state.FIELD_NAME: state.dump(answers())})
    forms = parse(response).select(".vp-pt-downloads form")
    assert [form["action"] for form in forms] == [
        *(f"{tool.url}concept/{key}/" for key in FORMATS),
        f"{tool.url}antwoorden/",
    ]
    labels = [*(writer.label for writer in FORMATS.values()), "Antwoordenbestand (.json)"]
    for form, label in zip(forms, labels, strict=True):
        assert form["method"] == "post"
        assert form.find("input", {"name": state.FIELD_NAME})["value"]
        assert form.button.get_text(strip=True) == label


@pytest.mark.parametrize("key", ["odt", "docx", "pdf"])
def test_a_download_is_an_attachment_with_a_sensible_name_and_no_cookie(client, tool, key):
    response = download(client, tool, key)
    writer = FORMATS[key]
    assert response.status_code == 200
    assert response["Content-Type"] == writer.content_type
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="agressieprotocol-gemeente-peelbeek')
    assert disposition.endswith(f'.{key}"')
    assert response["Cache-Control"] == "private, no-store"
    assert not response.cookies and "Set-Cookie" not in response


@pytest.mark.parametrize("key", ["odt", "docx", "pdf"])
def test_each_file_holds_the_organisation_roles_and_measures_in_their_sections(client, tool, key):
    lines = READERS[key](download(client, tool, key).content)
    assert any(ORGANISATION in line for line in lines[:5])  # the title
    roles = " ".join(section_lines(lines, "Rollen", "De norm"))
    for name in [*ROLE_NAMES.values(), "de HR-adviseur", "de bode of beveiliger"]:
        assert name in roles
    reaction = " ".join(section_lines(lines, "Reactie", "Aangifte"))
    for label in MEASURE_LABELS:
        assert label in reaction
    assert "Een waarschuwingsbrief" not in reaction  # not chosen
    assert "De teamcoach reageert binnen 48 uur" in reaction


@pytest.mark.parametrize("key", ["odt", "docx", "pdf"])
def test_an_editors_change_shows_in_the_next_file(client, tool, key):
    page = ProtocolToolPage.objects.get(pk=tool.pk)
    page.sections[0].value["heading"] = "Waarom {organisatie} dit doet"
    page.save_revision().publish()
    lines = READERS[key](download(client, tool, key).content)
    index_of(lines, f"Waarom {ORGANISATION} dit doet")


def test_an_unknown_format_is_not_found(client, tool):
    assert download(client, tool, "xls").status_code == 404


@pytest.mark.parametrize("address", ["concept/", "concept/pdf/", "concept/odt/", "antwoorden/"])
def test_a_download_address_opened_directly_says_why_and_how_to_go_on(client, tool, address):
    """Issue 23: it gave an empty first step without a word."""
    response = client.get(f"{tool.url}{address}")
    soup = parse(response)
    assert response.status_code == 200
    assert soup.h1.get_text(strip=True) == "Uw organisatie"
    notice = soup.select_one(".vp-pt-notice")
    assert notice.h2.get_text(strip=True) == "Dit adres opent uw antwoorden niet"
    assert "Wij bewaren uw antwoorden niet op onze server" in notice.get_text()
    assert "Verder met uw antwoorden" in notice.get_text()
    assert soup.select_one("form.vp-pt-resume__form input[type=file]")
    assert not response.cookies


def test_a_tampered_or_incomplete_download_shows_a_step_not_an_error(client, tool):
    tampered = client.post(f"{tool.url}concept/odt/", {state.FIELD_NAME: "kapot"})
    assert tampered.status_code == 200 and state.TAMPERED in tampered.content.decode()
    raw = answers()
    del raw["organisatie"]["name"]
    incomplete = download(client, tool, "docx", raw)
    assert incomplete["Content-Type"].startswith("text/html")
    assert parse(incomplete).h1.get_text(strip=True) == "Uw organisatie"


def test_the_draft_page_gives_the_downloads_the_full_time_again(client, tool):
    start = 1_000_000.0
    with mock.patch("django.core.signing.time.time", return_value=start):
        signed = state.dump(answers())
    almost_expired = start + state.MAX_AGE_SECONDS - 60
    with mock.patch("django.core.signing.time.time", return_value=almost_expired):
        response = client.post(f"{tool.url}concept/", {state.FIELD_NAME: signed})
    renewed = parse(response).select_one(".vp-pt-downloads input")["value"]
    with mock.patch("django.core.signing.time.time", return_value=almost_expired + 3600):
        pdf = client.post(f"{tool.url}concept/pdf/", {state.FIELD_NAME: renewed})
    assert pdf["Content-Type"] == FORMATS["pdf"].content_type
