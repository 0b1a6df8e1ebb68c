"""The draft as a Word document (DOCX) with python-docx.

Headings use Word's own "Heading 1" and "Heading 2" styles (the navigation pane and a table of
contents find them), numbered by a numbering definition linked to those styles: the numbers are
not in the heading text, so a chapter added in Word renumbers the rest. Lists use the "List
Bullet" style and the roles table has a header row that Word repeats on every page. The pages
are A4 and the document declares Word 2013 and later (compatibility mode 15), so Word opens it
without "compatibility mode". The document's language is Dutch, for spell checking and for
screen readers.
"""

import datetime
import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Twips

from ..draft import BulletList, Paragraph, Table
from .text import clean, column_shares, created_line, language_tag, walk

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LINTBLAUW = RGBColor(0x15, 0x42, 0x73)
DEEPEST_HEADING = 3
WORD_2013_AND_LATER = "15"
A4_WIDTH, A4_HEIGHT, MARGIN = 11906, 16838, 1418  # twips; the margin is 2.5 cm
TEXT_WIDTH = A4_WIDTH - 2 * MARGIN
HEADING_NUMBER_INDENT = 567  # twips: 1 cm between the number and the heading text


def render_docx(draft):
    document = Document()
    set_a4(document)
    set_compatibility_mode(document)
    language = language_tag(draft.language)
    set_theme_language(document, language)
    write_metadata(document, draft, language)
    set_styles(document, language)
    number_headings(document)
    add_footer(document, draft)

    document.add_paragraph(clean(draft.title), style="Title")
    if draft.subtitle:
        document.add_paragraph(clean(draft.subtitle), style="Subtitle")
    document.add_paragraph(clean(draft.organisation), style="Subtitle")
    document.add_paragraph(created_line(draft))

    add_blocks(document, draft.preface)
    for section, level in walk(draft.sections):
        document.add_heading(clean(section.heading), level=min(level, DEEPEST_HEADING))
        add_blocks(document, section.blocks)

    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def add_blocks(document, blocks):
    for block in blocks:
        if isinstance(block, Paragraph):
            document.add_paragraph(clean(block.text))
        elif isinstance(block, BulletList):
            for item in block.items:
                document.add_paragraph(clean(item), style="List Bullet")
        elif isinstance(block, Table):
            add_table(document, block)


def set_a4(document):
    """A4 (11906 x 16838 twips, Word's own numbers for it) with 2.5 cm margins, as Dutch offices
    print; python-docx's own template is US Letter."""
    for section in document.sections:
        section.page_width, section.page_height = Twips(A4_WIDTH), Twips(A4_HEIGHT)
        section.left_margin = section.right_margin = Twips(MARGIN)
        section.top_margin = section.bottom_margin = Twips(MARGIN)
        section.header_distance = section.footer_distance = Twips(709)


def set_compatibility_mode(document):
    """python-docx's template says Word 2010 (mode 14): Word would open the file in
    compatibility mode. Mode 15 is the current one (Word 2013 up to today's Word)."""
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), WORD_2013_AND_LATER)


def set_theme_language(document, language):
    """The template's theme fonts are for American English; Word uses this for new text."""
    theme_language = document.settings.element.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(qn("w:val"), language)


def number_headings(document):
    """One multilevel numbering definition (1, 1.1, 1.1.1) linked to Heading 1 to 3, the way
    Word does it when you pick a heading numbering: each level names its style (w:pStyle) and
    each style points at the numbering (w:numPr)."""
    numbering = document.part.numbering_part.element
    abstract_id = 1 + max(
        int(element.get(qn("w:abstractNumId")))
        for element in numbering.findall(qn("w:abstractNum"))
    )
    number_id = 1 + max(
        int(element.get(qn("w:numId"))) for element in numbering.findall(qn("w:num"))
    )
    abstract = OxmlElement("w:abstractNum", {qn("w:abstractNumId"): str(abstract_id)})
    abstract.append(OxmlElement("w:multiLevelType", {qn("w:val"): "multilevel"}))
    for level in range(DEEPEST_HEADING):
        abstract.append(heading_number_level(level))
    # The schema wants every abstractNum before the first num.
    numbering.find(qn("w:num")).addprevious(abstract)
    number = OxmlElement("w:num", {qn("w:numId"): str(number_id)})
    number.append(OxmlElement("w:abstractNumId", {qn("w:val"): str(abstract_id)}))
    numbering.append(number)
    for level in range(DEEPEST_HEADING):
        link_style_to_numbering(document.styles[f"Heading {level + 1}"], number_id, level)


def heading_number_level(level):
    """Level 0 shows "1", level 1 "1.1", level 2 "1.1.1"; a new chapter restarts the levels below."""
    element = OxmlElement("w:lvl", {qn("w:ilvl"): str(level)})
    element.append(OxmlElement("w:start", {qn("w:val"): "1"}))
    element.append(OxmlElement("w:numFmt", {qn("w:val"): "decimal"}))
    element.append(OxmlElement("w:pStyle", {qn("w:val"): f"Heading{level + 1}"}))
    text = ".".join(f"%{index + 1}" for index in range(level + 1))
    element.append(OxmlElement("w:lvlText", {qn("w:val"): text}))
    element.append(OxmlElement("w:lvlJc", {qn("w:val"): "left"}))
    paragraph = OxmlElement("w:pPr")
    indent = str(HEADING_NUMBER_INDENT * (level + 1))
    paragraph.append(OxmlElement("w:ind", {qn("w:left"): indent, qn("w:hanging"): indent}))
    element.append(paragraph)
    return element


def link_style_to_numbering(style, number_id, level):
    properties = style.element.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    numbering.append(OxmlElement("w:ilvl", {qn("w:val"): str(level)}))
    numbering.append(OxmlElement("w:numId", {qn("w:val"): str(number_id)}))
    # In a paragraph's properties numPr comes before spacing, indentation and outline level.
    later = next(
        (
            child
            for child in properties
            if child.tag in (qn("w:spacing"), qn("w:ind"), qn("w:jc"), qn("w:outlineLvl"))
        ),
        None,
    )
    if later is not None:
        later.addprevious(numbering)
    else:
        properties.append(numbering)


def write_metadata(document, draft, language):
    properties = document.core_properties
    properties.title = clean(draft.title)
    properties.subject = clean(draft.subtitle)
    properties.author = clean(draft.organisation)
    properties.last_modified_by = clean(draft.organisation)
    properties.language = language
    properties.comments = ""  # python-docx writes its own name here otherwise
    created = datetime.datetime.combine(draft.created, datetime.time.min)
    properties.created = created
    properties.modified = created
    properties.revision = 1


def set_styles(document, language):
    # The default language of all text: the <w:lang> of the document's default run properties.
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in run_properties.findall(qn("w:lang")):
        run_properties.remove(old)
    run_properties.append(OxmlElement("w:lang", {qn("w:val"): language}))
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        document.styles[name].font.color.rgb = LINTBLAUW
    document.styles["Normal"].font.size = Pt(11)


def add_footer(document, draft):
    """ "Gemeente Voorbeeldstad - pagina 2 van 5" in the footer, with Word's own page fields."""
    footer = document.sections[0].footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.add_run(f"{clean(draft.organisation)} - pagina ")
    add_field(footer, "PAGE")
    footer.add_run(" van ")
    add_field(footer, "NUMPAGES")


def add_field(paragraph, instruction):
    """A field that Word and LibreOffice fill in (a page number), showing "1" until they do:
    begin, the instruction, separate, the shown value and end, each in a run of its own."""
    paragraph.add_run()._r.append(field_character("begin"))
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    paragraph.add_run()._r.append(field_character("separate"))
    paragraph.add_run("1")
    paragraph.add_run()._r.append(field_character("end"))


def field_character(kind):
    character = OxmlElement("w:fldChar")
    character.set(qn("w:fldCharType"), kind)
    return character


def add_table(document, block):
    if block.caption:
        caption = document.add_paragraph(clean(block.caption), style="Caption")
        caption.paragraph_format.keep_with_next = True
    columns = max([len(block.header), *(len(row) for row in block.rows)], default=1)
    table = document.add_table(rows=1, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    header = table.rows[0]
    mark_as_header(header)
    for cell, value in zip(header.cells, block.header, strict=False):
        cell.text = ""
        cell.paragraphs[0].add_run(clean(value)).bold = True
    for values in block.rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=False):
            cell.text = clean(value)
    set_column_widths(table, column_shares(block))


def set_column_widths(table, shares):
    """Word reads the grid and each cell's own width; both get the column's share of the line."""
    table.autofit = False
    for column, share in zip(table.columns, shares, strict=True):
        width = Twips(round(TEXT_WIDTH * share))
        column.width = width
        for cell in column.cells:
            cell.width = width


def mark_as_header(row):
    """Marks a row as the table's header: Word repeats it on every page, and screen readers
    announce its cells as column headings."""
    row_properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)
