"""Issue 23: the annexes are documents of their own, in a zip with the draft, in every format;
every file of the zip opens in LibreOffice, is A4 and has its headings numbered."""

import io
import zipfile
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from democontent.streamfield import stream_json
from protocol import state
from protocol.answers import validate_all
from protocol.formats import FORMATS
from tests.html import parse
from tests.pdf import reader_text

from .factories import ProtocolToolPageFactory, complete_answers
from tests.office import converted_to_pdf, needs_soffice
from .test_downloads import READERS

pytestmark = pytest.mark.django_db

URL = "/agressieprotocol-maken/"
ANSWERS = complete_answers(
    maatregelen={"measures": ["waarschuwing", "brief", "contactverbod", "locatieverbod"]}
)
ANNEXES = (
    "Voorbeeldbrief waarschuwing",
    "Voorbeeldbrief gele kaart",
    "Voorbeeldbrief contactverbod",
    "Voorbeeldbrief locatieverbod",
    "Meldformulier incident",
    "Huisregels",
)


SHIPPED = yaml.safe_load(
    (Path(__file__).parents[2] / "protocol/content/agressieprotocol-maken.yaml").read_text()
)


@pytest.fixture
def tool(home_page):
    """The tool with the section templates and annexes the demo ships."""
    return ProtocolToolPageFactory(
        parent=home_page,
        slug="agressieprotocol-maken",
        sections=stream_json(SHIPPED["sections"]),
        annexes=stream_json(SHIPPED["annexes"]),
    )


def bundle(client, key, raw=ANSWERS):
    return client.post(f"{URL}concept/{key}/bijlagen/", {state.FIELD_NAME: state.dump(raw)})


def test_the_draft_page_lists_the_annexes_and_offers_a_zip_per_format(client, tool):
    soup = parse(client.post(f"{URL}concept/", {state.FIELD_NAME: state.dump(ANSWERS)}))
    section = soup.select_one(".vp-pt-bundles")
    assert [li.get_text(strip=True) for li in section.select(".vp-pt-bundles__annexes li")] == list(
        ANNEXES
    )
    forms = section.select("form")
    assert [form["action"] for form in forms] == [
        f"{URL}concept/{key}/bijlagen/" for key in FORMATS
    ]
    assert all(form["method"] == "post" and form.find("input")["value"] for form in forms)
    assert [form.button.get_text(strip=True) for form in forms] == [
        "Concept en bijlagen in ODT (.zip)",
        "Concept en bijlagen in DOCX (.zip)",
        "Concept en bijlagen in PDF (.zip)",
    ]


@pytest.mark.parametrize("key", list(FORMATS))
def test_the_zip_holds_the_draft_and_every_annex_as_its_own_document(client, tool, key):
    response = bundle(client, key)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == (
        f'attachment; filename="agressieprotocol-gemeente-peelbeek-met-bijlagen-{key}.zip"'
    )
    assert response["Cache-Control"] == "private, no-store" and not response.cookies
    package = zipfile.ZipFile(io.BytesIO(response.content))
    names = package.namelist()
    assert names == [
        f"agressieprotocol-gemeente-peelbeek.{key}",
        f"bijlage-1-voorbeeldbrief-waarschuwing.{key}",
        f"bijlage-2-voorbeeldbrief-gele-kaart.{key}",
        f"bijlage-3-voorbeeldbrief-contactverbod.{key}",
        f"bijlage-4-voorbeeldbrief-locatieverbod.{key}",
        f"bijlage-5-meldformulier-incident.{key}",
        f"bijlage-6-huisregels.{key}",
    ]
    draft_lines = READERS[key](package.read(names[0]))
    assert any("Van gedrag naar maatregel" in line for line in draft_lines)
    assert any("Afspraken per situatie" in line for line in draft_lines)
    for title, name in zip(ANNEXES, names[1:], strict=True):
        lines = READERS[key](package.read(name))
        text = " ".join(lines)
        assert title in lines[0], name
        assert "Gemeente Peelbeek" in text and "{" not in text
    yellow = " ".join(READERS[key](package.read(names[2])))
    assert "Zij geldt 1 jaar, tot en met" in yellow
    ban = " ".join(READERS[key](package.read(names[3])))
    assert "De gemeentesecretaris, namens Gemeente Peelbeek" in ban
    form = " ".join(READERS[key](package.read(names[5])))
    assert "Over het incident" in form and "Datum en tijd" in form


def test_the_annexes_in_the_pdf_are_a4_tagged_and_dutch(client, tool):
    package = zipfile.ZipFile(io.BytesIO(bundle(client, "pdf").content))
    for name in package.namelist():
        reader = PdfReader(io.BytesIO(package.read(name)))
        assert reader.trailer["/Root"]["/Lang"] == "nl"
        for page in reader.pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
                595,
                842,
            )
    form = PdfReader(io.BytesIO(package.read("bijlage-5-meldformulier-incident.pdf")))
    assert "1 Over u" in reader_text(form) and "3 Over de dader" in reader_text(form)


def test_a_zip_without_answers_or_of_an_unknown_format_is_no_error(client, tool):
    assert client.get(f"{URL}concept/odt/bijlagen/").status_code == 302
    assert client.post(f"{URL}concept/rtf/bijlagen/").status_code == 404
    response = client.post(f"{URL}concept/odt/bijlagen/", {state.FIELD_NAME: "kapot"})
    assert response.status_code == 200 and "text/html" in response["Content-Type"]


@needs_soffice
@pytest.mark.parametrize("key", ["odt", "docx"])
def test_libreoffice_opens_the_draft_and_every_annex(tool, key, tmp_path):
    cleaned = validate_all(ANSWERS).cleaned
    writer = FORMATS[key]
    documents = [tool.draft(cleaned), *tool.annex_drafts(cleaned)]
    assert len(documents) == 1 + len(ANNEXES)
    for number, document in enumerate(documents):
        reader = converted_to_pdf(writer.render(document), f"document-{number}.{key}", tmp_path)
        lines = [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]
        assert document.title in lines[0]
        for page in reader.pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
                595,
                842,
            )
        for section in document.sections:
            assert f"{section.number} {section.heading}" in lines, (document.title, lines)


def test_editors_preview_the_annexes_with_a_gemeentes_defaults(tool):
    soup = parse(tool.make_preview_request(preview_mode="bijlagen"))
    assert len(soup.find_all("h1")) == 1
    titles = [h2.get_text(strip=True) for h2 in soup.select(".vp-pt-draft__title")]
    assert titles[0] == "Voorbeeldbrief waarschuwing Gemeente Voorbeeld"
    assert "Huisregels Gemeente Voorbeeld" in titles
    ids = [element["id"] for element in soup.select("[id]")]
    assert len(ids) == len(set(ids))
    assert (
        "Geachte heer of mevrouw" in soup.get_text()
        and "{" not in soup.select_one("main").get_text()
    )
