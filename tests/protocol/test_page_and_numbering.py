"""Issue 23: every file is A4, the DOCX is no Word 2010 file (no compatibility mode) and the
headings are numbered by the formats' own numbering, not by numbers typed into the text."""

import io
import zipfile
from xml.etree import ElementTree

import pytest
from django.template.loader import render_to_string
from pypdf import PdfReader

from protocol.formats import FORMATS
from protocol.formats.text import walk
from tests.pdf import outline_titles, reader_text

from .drafts import complete_draft
from tests.office import converted_to_pdf, needs_soffice

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}
A4_POINTS = (595.3, 841.9)


def w(name):
    return f"{{{W}}}{name}"


def odf(name):
    prefix, local = name.split(":")
    return f"{{{ODF[prefix]}}}{local}"


def part(key, name):
    package = zipfile.ZipFile(io.BytesIO(FORMATS[key].render(complete_draft())))
    return ElementTree.fromstring(package.read(name))  # noqa: S314 - our own output


def test_the_docx_page_is_a4_with_margins():
    (section,) = part("docx", "word/document.xml").iter(w("sectPr"))
    size = section.find(w("pgSz"))
    assert (size.get(w("w")), size.get(w("h"))) == ("11906", "16838")
    margins = section.find(w("pgMar"))
    assert {margins.get(w(side)) for side in ("top", "right", "bottom", "left")} == {"1418"}


def test_the_docx_is_a_current_word_document():
    compat = part("docx", "word/settings.xml").find(w("compat"))
    modes = [
        s.get(w("val"))
        for s in compat.findall(w("compatSetting"))
        if s.get(w("name")) == "compatibilityMode"
    ]
    assert modes == ["15"]
    theme = part("docx", "word/settings.xml").find(w("themeFontLang"))
    assert theme.get(w("val")) == "nl-NL"


def test_the_odt_page_is_a4():
    styles = part("odt", "styles.xml")
    (properties,) = styles.iter(odf("style:page-layout-properties"))
    assert properties.get(odf("fo:page-width")) == "21cm"
    assert properties.get(odf("fo:page-height")) == "29.7cm"


def test_the_pdf_page_is_a4():
    reader = PdfReader(io.BytesIO(FORMATS["pdf"].render(complete_draft())))
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (
            A4_POINTS
        )


def test_docx_headings_are_numbered_by_a_numbering_definition_linked_to_their_styles():
    draft = complete_draft()
    numbering = part("docx", "word/numbering.xml")
    styles = part("docx", "word/styles.xml")
    by_id = {s.get(w("styleId")): s for s in styles.iter(w("style"))}
    number_ids = set()
    for level in range(3):
        number = by_id[f"Heading{level + 1}"].find(f"{w('pPr')}/{w('numPr')}")
        assert number.find(w("ilvl")).get(w("val")) == str(level)
        number_ids.add(number.find(w("numId")).get(w("val")))
    (number_id,) = number_ids
    (num,) = [n for n in numbering.findall(w("num")) if n.get(w("numId")) == number_id]
    abstract_id = num.find(w("abstractNumId")).get(w("val"))
    (abstract,) = [
        a for a in numbering.findall(w("abstractNum")) if a.get(w("abstractNumId")) == abstract_id
    ]
    levels = {
        lvl.find(w("pStyle")).get(w("val")): (
            lvl.find(w("numFmt")).get(w("val")),
            lvl.find(w("lvlText")).get(w("val")),
        )
        for lvl in abstract.findall(w("lvl"))
    }
    assert levels == {
        "Heading1": ("decimal", "%1"),
        "Heading2": ("decimal", "%1.%2"),
        "Heading3": ("decimal", "%1.%2.%3"),
    }
    # The numbers are not typed into the headings.
    document = part("docx", "word/document.xml")
    headings = [
        "".join(t.text for t in p.iter(w("t")))
        for p in document.iter(w("p"))
        if (style := p.find(f"{w('pPr')}/{w('pStyle')}")) is not None
        and style.get(w("val")).startswith("Heading")
    ]
    assert headings[:2] == [draft.sections[0].heading, draft.sections[1].heading]
    assert not any(heading[0].isdigit() for heading in headings)


def test_odt_headings_are_numbered_by_the_outline_style():
    styles = part("odt", "styles.xml")
    outline = styles.find("office:styles/text:outline-style", ODF)
    levels = {
        int(level.get(odf("text:level"))): (
            level.get(odf("style:num-format")),
            level.get(odf("text:display-levels")),
        )
        for level in outline.findall("text:outline-level-style", ODF)
    }
    assert levels[1] == ("1", "1") and levels[2] == ("1", "2") and levels[3] == ("1", "3")
    headings = ["".join(h.itertext()) for h in part("odt", "content.xml").iter(odf("text:h"))]
    assert headings[0] == complete_draft().sections[0].heading
    assert not any(heading[0].isdigit() for heading in headings)


def test_pdf_numbers_come_from_counters_not_from_the_heading_text():
    draft = complete_draft()
    html = render_to_string(
        "protocol/draft_pdf.html",
        {"draft": draft, "sections": [{"section": draft.sections[0], "heading_level": 2}]},
    )
    assert "<h2>Inleiding</h2>" in html
    reader = PdfReader(io.BytesIO(FORMATS["pdf"].render(draft)))
    text = reader_text(reader)
    assert "1 Inleiding" in text and "6.1 Telefonische agressie" in text
    assert list(outline_titles(reader.outline))[:2] == ["1 Inleiding", "2 Onze norm"]


@needs_soffice
@pytest.mark.parametrize("key", ["odt", "docx"])
def test_libreoffice_opens_the_file_as_a4_with_numbered_headings(key, tmp_path):
    draft = complete_draft()
    reader = converted_to_pdf(FORMATS[key].render(draft), f"concept.{key}", tmp_path)
    for page in reader.pages:
        size = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        assert size == (595, 842)
    lines = [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]
    for section, _level in walk(draft.sections):
        assert f"{section.number} {section.heading}" in lines
