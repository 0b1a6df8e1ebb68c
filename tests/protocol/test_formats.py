"""The draft protocol as ODT, DOCX and PDF: each file is read back with the libraries that
open it, and must hold the organisation, every measure and the roles, in the right sections."""

import io
import re
import zipfile
from xml.etree import ElementTree

import docx
import pytest
from pypdf import PdfReader

from protocol.draft import BulletList, Paragraph, Section, Table
from protocol.formats import FORMATS
from protocol.formats.text import CHARACTERS_PER_LINE, column_shares, walk
from tests.pdf import outline_titles, reader_text, structure_types

from .drafts import LONG_WORD, MARKUP, MEASURES, ORGANISATION, ROLES, complete_draft

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
TEXT_H = f"{{{NS['text']}}}h"
TEXT_LIST = f"{{{NS['text']}}}list"
TABLE = f"{{{NS['table']}}}table"


def q(name):
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def expected_headings(draft):
    """(level, heading text): the numbers are not in the text, the formats' numbering adds them."""
    return [(level, section.heading) for section, level in walk(draft.sections)]


def numbered_headings(draft):
    """The headings as a reader sees them, with the numbers the numbering adds: "6.1 Telefonie"."""
    return [f"{section.number} {section.heading}" for section, _level in walk(draft.sections)]


def blocks_by_heading(draft, kind):
    """{"Voorkomen": [block, ...]}: the blocks of one kind under each heading."""
    return {
        section.heading: [b for b in section.blocks if isinstance(b, kind)]
        for section, _level in walk(draft.sections)
    }


def roles_table(draft):
    return next(block for block in blocks_by_heading(draft, Table)["Rollen en taken"])


def test_formats_offer_odt_first_then_docx_and_pdf():
    assert list(FORMATS) == ["odt", "docx", "pdf"]
    assert [(f.extension, f.label) for f in FORMATS.values()] == [
        ("odt", "OpenDocument-tekst (.odt)"),
        ("docx", "Word (.docx)"),
        ("pdf", "PDF"),
    ]
    assert FORMATS["odt"].content_type == "application/vnd.oasis.opendocument.text"
    assert FORMATS["docx"].content_type.endswith("wordprocessingml.document")
    assert FORMATS["pdf"].content_type == "application/pdf"


def test_the_file_name_says_what_and_for_whom():
    draft = complete_draft(organisation="Gemeente ’s-Hertogenbosch & <Omgeving>")
    assert (
        FORMATS["odt"].filename(draft) == "agressieprotocol-gemeente-s-hertogenbosch-omgeving.odt"
    )
    assert FORMATS["pdf"].filename(complete_draft(title="", organisation="")) == "protocol.pdf"


# ODT


def odt_package(draft):
    return zipfile.ZipFile(io.BytesIO(FORMATS["odt"].render(draft)))


def odt_xml(package, name):
    return ElementTree.fromstring(package.read(name))  # noqa: S314 - our own output


def odt_text(element):
    """The text of an element as an office suite shows it (odfpy writes runs of spaces as
    <text:s/>)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == q("text:s"):
            parts.append(" " * int(child.get(q("text:c"), "1")))
        elif child.tag == q("text:tab"):
            parts.append("\t")
        elif child.tag == q("text:line-break"):
            parts.append("\n")
        else:
            parts.append(odt_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def odt_body(package):
    return odt_xml(package, "content.xml").find("office:body/office:text", NS)


def odt_under_headings(body):
    """{heading text: [the elements after it, up to the next heading]}."""
    sections, current = {}, None
    for element in body:
        if element.tag == TEXT_H:
            current = odt_text(element)
            sections[current] = []
        elif current is not None:
            sections[current].append(element)
    return sections


def test_odt_is_a_valid_package():
    package = odt_package(complete_draft())
    first = package.infolist()[0]
    assert first.filename == "mimetype"
    assert first.compress_type == zipfile.ZIP_STORED
    assert package.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    manifest = odt_xml(package, "META-INF/manifest.xml")
    entries = {
        entry.get(q("manifest:full-path")): entry.get(q("manifest:media-type"))
        for entry in manifest.findall("manifest:file-entry", NS)
    }
    assert entries["/"] == "application/vnd.oasis.opendocument.text"
    assert {"content.xml", "styles.xml", "meta.xml"} <= set(entries)
    assert package.testzip() is None


def test_odt_headings_have_outline_levels_and_numbers_in_order():
    draft = complete_draft()
    package = odt_package(draft)
    headings = [
        (int(h.get(q("text:outline-level"))), odt_text(h)) for h in odt_body(package).iter(TEXT_H)
    ]
    assert headings == expected_headings(draft)
    assert headings[6] == (2, "Telefonische agressie")
    # The heading styles carry the level too, so a table of contents built on styles works.
    styles = odt_xml(package, "styles.xml")
    levels = {
        s.get(q("style:name")): s.get(q("style:default-outline-level"))
        for s in styles.iter(q("style:style"))
    }
    assert levels["Heading_20_1"] == "1" and levels["Heading_20_2"] == "2"
    used = {h.get(q("text:style-name")) for h in odt_body(package).iter(TEXT_H)}
    assert used == {"Heading_20_1", "Heading_20_2"}


def test_odt_has_the_title_organisation_date_and_metadata():
    package = odt_package(complete_draft())
    first_paragraphs = [odt_text(p) for p in odt_body(package).findall("text:p", NS)[:4]]
    assert first_paragraphs[0] == "Agressieprotocol"
    assert ORGANISATION in first_paragraphs
    assert "Opgesteld op 1 december 2026" in first_paragraphs
    metadata = odt_xml(package, "meta.xml").find("office:meta", NS)
    assert metadata.findtext("dc:title", namespaces=NS) == "Agressieprotocol"
    assert metadata.findtext("dc:language", namespaces=NS) == "nl-NL"
    assert metadata.findtext("meta:creation-date", namespaces=NS).startswith("2026-12-01")
    # Every paragraph is Dutch by default, for spell checking and hyphenation.
    default = odt_xml(package, "styles.xml").find(
        "office:styles/style:default-style/style:text-properties", NS
    )
    assert (default.get(q("fo:language")), default.get(q("fo:country"))) == ("nl", "NL")


def test_odt_lists_hold_the_measures_under_their_headings():
    draft = complete_draft()
    sections = odt_under_headings(odt_body(odt_package(draft)))
    for heading, lists in blocks_by_heading(draft, BulletList).items():
        written = [
            [odt_text(item) for item in element.findall("text:list-item", NS)]
            for element in sections[heading]
            if element.tag == TEXT_LIST
        ]
        assert written == [list(block.items) for block in lists]
    listed = [odt_text(item) for item in odt_body(odt_package(draft)).iter(q("text:list-item"))]
    assert [m for m in listed if m in MEASURES] == list(MEASURES)


def test_odt_roles_table_has_a_header_row_and_every_role():
    draft = complete_draft()
    sections = odt_under_headings(odt_body(odt_package(draft)))
    roles = sections["Rollen en taken"]
    assert [odt_text(p) for p in roles if p.tag == q("text:p")] == [roles_table(draft).caption]
    (table,) = [element for element in roles if element.tag == TABLE]
    header = table.findall("table:table-header-rows/table:table-row", NS)
    assert [[odt_text(c) for c in row] for row in header] == [["Rol", "Taak", "Wie"]]
    rows = table.findall("table:table-row", NS)
    assert [tuple(odt_text(c) for c in row) for row in rows] == list(ROLES)
    assert len(table.findall("table:table-column", NS)) == 3


def test_odt_pages_have_the_organisation_and_page_numbers_in_the_footer():
    styles = odt_xml(odt_package(complete_draft()), "styles.xml")
    (master,) = styles.findall("office:master-styles/style:master-page", NS)
    footer = master.find("style:footer/text:p", NS)
    assert footer.text == f"{ORGANISATION} - pagina "
    assert [child.tag for child in footer] == [q("text:page-number"), q("text:page-count")]
    layout_name = master.get(q("style:page-layout-name"))
    layouts = styles.iter(q("style:page-layout"))
    (layout,) = (each for each in layouts if each.get(q("style:name")) == layout_name)
    assert layout.find("style:page-layout-properties", NS).get(q("fo:page-width")) == "21cm"


# DOCX


def docx_document(draft):
    return docx.Document(io.BytesIO(FORMATS["docx"].render(draft)))


def docx_under_headings(document):
    sections, current = {}, None
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            current = paragraph.text
            sections[current] = []
        elif current is not None:
            sections[current].append(paragraph)
    return sections


def test_docx_pages_are_a4():
    section = docx_document(complete_draft()).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 25


def test_docx_headings_use_heading_styles_in_order():
    draft = complete_draft()
    document = docx_document(draft)
    headings = [
        (int(p.style.name.removeprefix("Heading ")), p.text)
        for p in document.paragraphs
        if p.style.name.startswith("Heading ")
    ]
    assert headings == expected_headings(draft)
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == "Agressieprotocol"
    first = [p.text for p in document.paragraphs[:4]]
    assert ORGANISATION in first and "Opgesteld op 1 december 2026" in first


def test_docx_lists_hold_the_measures_under_their_headings():
    draft = complete_draft()
    sections = docx_under_headings(docx_document(draft))
    for heading, lists in blocks_by_heading(draft, BulletList).items():
        items = [p.text for p in sections[heading] if p.style.name == "List Bullet"]
        assert items == [item for block in lists for item in block.items]


def test_docx_roles_table_has_a_repeating_header_row():
    draft = complete_draft()
    document = docx_document(draft)
    (table,) = document.tables
    cells = [tuple(cell.text for cell in row.cells) for row in table.rows]
    assert cells == [("Rol", "Taak", "Wie"), *ROLES]
    header = table.rows[0]._tr.trPr
    assert header.find(docx.oxml.ns.qn("w:tblHeader")).get(docx.oxml.ns.qn("w:val")) == "true"
    assert (
        table.rows[1]._tr.trPr is None
        or table.rows[1]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is None
    )
    # The table follows its caption, under the roles heading.
    captions = [p.text for p in docx_under_headings(document)["Rollen en taken"]]
    assert captions == [roles_table(draft).caption]
    body = list(document.element.body)
    caption = next(e for e in body if e.xpath("string(.)") == roles_table(draft).caption)
    assert body[body.index(caption) + 1] is table._tbl


def test_docx_footer_has_the_organisation_and_page_fields():
    footer = docx_document(complete_draft()).sections[0].footer.paragraphs[0]
    assert footer.text.startswith(f"{ORGANISATION} - pagina ")
    instructions = [code.text.strip() for code in footer._p.iter(docx.oxml.ns.qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]


def test_docx_core_properties_and_language():
    document = docx_document(complete_draft())
    properties = document.core_properties
    assert properties.title == "Agressieprotocol"
    assert properties.language == "nl-NL"
    assert properties.author == ORGANISATION
    assert properties.created.date().isoformat() == "2026-12-01"
    lang = document.styles.element.find(".//" + docx.oxml.ns.qn("w:rPrDefault")).find(
        ".//" + docx.oxml.ns.qn("w:lang")
    )
    assert lang.get(docx.oxml.ns.qn("w:val")) == "nl-NL"


# PDF


def pdf_reader(draft):
    return PdfReader(io.BytesIO(FORMATS["pdf"].render(draft)))


@pytest.fixture(scope="module")
def complete_pdf():
    return pdf_reader(complete_draft())


def test_pdf_has_organisation_measures_and_roles_in_section_order(complete_pdf):
    draft = complete_draft()
    text = reader_text(complete_pdf)
    assert ORGANISATION in text and "Opgesteld op 1 december 2026" in text
    headings = numbered_headings(draft)
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)
    for (_level, heading), lists in zip(
        expected_headings(draft), blocks_by_heading(draft, BulletList).values(), strict=True
    ):
        numbered = headings[[h for _l, h in expected_headings(draft)].index(heading)]
        for item in (item for block in lists for item in block.items):
            after = text.index(numbered)
            following = headings[headings.index(numbered) + 1 :]
            before = text.index(following[0]) if following else len(text)
            assert after < text.index(item) < before, item
    roles_at = text.index("4 Rollen en taken")
    for role, task, person in ROLES:
        assert roles_at < text.index(f"{role} {task} {person}") < text.index("5 Voorkomen")
    assert LONG_WORD in re.sub(r"\s", "", text)  # wrapped, but all there
    pages = len(complete_pdf.pages)
    assert pages > 1 and f"{ORGANISATION} - pagina {pages} van {pages}" in text


def test_pdf_is_tagged_dutch_with_title_and_bookmarks(complete_pdf):
    root = complete_pdf.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) is True
    assert root["/Lang"] == "nl"
    types = structure_types(root["/StructTreeRoot"])
    assert {"/H1", "/H2", "/H3", "/L", "/LI", "/Lbl", "/Table", "/Caption", "/TH", "/TD"} <= types
    assert complete_pdf.metadata.title == "Agressieprotocol"
    assert complete_pdf.metadata.author == ORGANISATION
    assert list(outline_titles(complete_pdf.outline)) == numbered_headings(complete_draft())
    # The sections are the top level of the bookmarks; the subsections sit under theirs.
    assert isinstance(complete_pdf.outline[6], list)


# Every format


@pytest.mark.parametrize("key", list(FORMATS))
def test_an_empty_draft_still_makes_a_valid_file(key):
    draft = complete_draft(sections=(), subtitle="")
    content = FORMATS[key].render(draft)
    assert readable_text(key, content).count("Agressieprotocol") >= 1
    assert ORGANISATION in readable_text(key, content)


def readable_text(key, content):
    if key == "odt":
        package = zipfile.ZipFile(io.BytesIO(content))
        paragraphs = (e for e in odt_body(package).iter() if e.tag in (q("text:p"), TEXT_H))
        return "\n".join(odt_text(paragraph) for paragraph in paragraphs)
    if key == "docx":
        document = docx.Document(io.BytesIO(content))
        cells = (cell.text for table in document.tables for row in table.rows for cell in row.cells)
        return "\n".join([*(p.text for p in document.paragraphs), *cells])
    return reader_text(PdfReader(io.BytesIO(content)))


@pytest.mark.parametrize("key", list(FORMATS))
def test_user_text_with_markup_is_shown_literally(key):
    draft = complete_draft(
        organisation='Gemeente "Voorbeeld" & <Zoon> ’s-Hertogenbosch é ë',
        sections=(
            Section(
                "1",
                "<i>Kop</i> & meer",
                (
                    Paragraph(MARKUP),
                    BulletList(("<li>Maatregel</li>",)),
                    Table("<caption>", ("<th>",), (("</table>",),)),
                ),
            ),
        ),
    )
    text = readable_text(key, FORMATS[key].render(draft))
    for literal in (
        'Gemeente "Voorbeeld" & <Zoon> ’s-Hertogenbosch é ë',
        "<i>Kop</i> & meer",
        MARKUP,
        "<li>Maatregel</li>",
        "<caption>",
        "</table>",
    ):
        assert literal in text, literal
    if key == "odt":
        content = zipfile.ZipFile(io.BytesIO(FORMATS[key].render(draft))).read("content.xml")
        assert b"<b>" not in content and b"&lt;b&gt;Let op" in content


@pytest.mark.parametrize("key", list(FORMATS))
def test_characters_xml_cannot_hold_are_left_out(key):
    # A pasted text can hold control characters; python-docx would refuse them, and in an ODT
    # they would make content.xml unreadable.
    draft = complete_draft(organisation="Gemeente\x00 Voorbeeld\x0bstad\x1f")
    assert "Gemeente Voorbeeldstad" in readable_text(key, FORMATS[key].render(draft))


def test_table_columns_are_as_wide_as_their_longest_word_and_share_the_rest_by_text():
    ladder = Table(
        "Van gedrag naar maatregel",
        ("Gedrag", "Maatregel", "Wie besluit", "Hoe lang"),
        (
            (
                "Geweld, ernstige bedreiging of vernieling, of opnieuw agressie na een rode kaart",
                "Locatieverbod (rode kaart): niet in het gebouw komen",
                "De gemeentesecretaris",
                "6 maanden",
            ),
        ),
    )
    shares = column_shares(ladder)
    assert round(sum(shares), 6) == 1
    characters = [share * CHARACTERS_PER_LINE for share in shares]
    assert characters[2] >= len("gemeentesecretaris") and characters[3] >= len("maanden")
    assert characters[0] > characters[3]  # the long text gets the room
    # Both office formats carry the shares.
    draft = complete_draft(sections=(Section("1", "Ladder", (ladder,)),))
    (table,) = docx_document(draft).tables
    widths = [column.width for column in table.columns]
    assert [round(w / sum(widths), 2) for w in widths] == [round(s, 2) for s in shares]
    columns = odt_body(odt_package(draft)).iter(q("table:table-column"))
    styles = {
        s.get(q("style:name")): s.find("style:table-column-properties", NS).get(
            q("style:rel-column-width")
        )
        for s in odt_xml(odt_package(draft), "content.xml").iter(q("style:style"))
        if s.get(q("style:family")) == "table-column"
    }
    relative = [int(styles[c.get(q("table:style-name"))].rstrip("*")) for c in columns]
    assert [round(r / 1000, 2) for r in relative] == [round(s, 2) for s in shares]
