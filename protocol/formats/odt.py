"""The draft as OpenDocument text (ODT) with odfpy.

Headings use the "Heading 1" and "Heading 2" styles with their outline levels, so that the
navigator and a table of contents in LibreOffice or Word find them. The outline style numbers
them (1, 1.1, 1.1.1): the numbers are not in the heading text, so a chapter added in the office
suite renumbers the rest. Lists are real lists and the roles table is a real table with a
header row that repeats on every page. The pages are A4.
"""

import io
import itertools

from odf import dc, meta, teletype
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    Footer,
    FooterStyle,
    HeaderFooterProperties,
    ListLevelLabelAlignment,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TextProperties,
)
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import (
    H,
    List,
    ListItem,
    ListLevelStyleBullet,
    ListStyle,
    OutlineLevelStyle,
    OutlineStyle,
    P,
    PageCount,
    PageNumber,
)

from ..draft import BulletList, Paragraph
from ..draft import Table as DraftTable
from .text import clean, column_shares, created_line, language_tag, walk

CONTENT_TYPE = "application/vnd.oasis.opendocument.text"
LINTBLAUW = "#154273"
HEADING_SIZES = {1: "16pt", 2: "13pt", 3: "11.5pt"}


def render_odt(draft):
    document = OpenDocumentText()
    write_metadata(document, draft)
    styles = add_styles(document, draft)
    add_page_with_footer(document, draft, styles)

    document.text.addElement(paragraph(draft.title, styles["title"]))
    if draft.subtitle:
        document.text.addElement(paragraph(draft.subtitle, styles["subtitle"]))
    document.text.addElement(paragraph(draft.organisation, styles["subtitle"]))
    document.text.addElement(paragraph(created_line(draft), styles["body"]))

    table_numbers = itertools.count(1)
    add_blocks(document, draft.preface, styles, table_numbers)
    for section, level in walk(draft.sections):
        level = min(level, len(HEADING_SIZES))
        heading = H(outlinelevel=level, stylename=styles[f"heading{level}"])
        teletype.addTextToElement(heading, clean(section.heading))
        document.text.addElement(heading)
        add_blocks(document, section.blocks, styles, table_numbers)

    output = io.BytesIO()
    document.write(output)
    return output.getvalue()


def add_blocks(document, blocks, styles, table_numbers):
    for block in blocks:
        if isinstance(block, Paragraph):
            document.text.addElement(paragraph(block.text, styles["body"]))
        elif isinstance(block, BulletList):
            document.text.addElement(bullet_list(block, styles))
        elif isinstance(block, DraftTable):
            add_table(document, block, next(table_numbers), styles)


def write_metadata(document, draft):
    document.meta.addElement(dc.Title(text=clean(draft.title)))
    if draft.subtitle:
        document.meta.addElement(dc.Subject(text=clean(draft.subtitle)))
    document.meta.addElement(dc.Language(text=language_tag(draft.language)))
    document.meta.addElement(meta.InitialCreator(text=clean(draft.organisation)))
    created = draft.created.isoformat() + "T00:00:00"
    document.meta.addElement(meta.CreationDate(text=created))
    document.meta.addElement(dc.Date(text=created))


def add_styles(document, draft):
    language, _, country = language_tag(draft.language).partition("-")
    # The document's language for every paragraph, so spell checking and hyphenation are Dutch.
    default = DefaultStyle(family="paragraph")
    default.addElement(TextProperties(language=language, country=country or "none"))
    document.styles.addElement(default)

    styles = {
        "body": paragraph_style("Text_20_body", "Text body", margintop="0cm", marginbottom="0.2cm"),
        "title": paragraph_style(
            "Title", "Title", text={"fontsize": "20pt", "fontweight": "bold", "color": LINTBLAUW}
        ),
        "subtitle": paragraph_style("Subtitle", "Subtitle", text={"fontsize": "13pt"}),
        "caption": paragraph_style(
            "Table_20_caption", "Table caption", text={"fontweight": "bold"}, keepwithnext="always"
        ),
        "table_heading": paragraph_style(
            "Table_20_Heading", "Table Heading", text={"fontweight": "bold"}
        ),
        "table_contents": paragraph_style("Table_20_Contents", "Table Contents"),
        "footer": paragraph_style("Footer", "Footer", text={"fontsize": "8pt", "color": "#555555"}),
    }
    for level, size in HEADING_SIZES.items():
        styles[f"heading{level}"] = paragraph_style(
            f"Heading_20_{level}",
            f"Heading {level}",
            text={"fontsize": size, "fontweight": "bold", "color": LINTBLAUW},
            defaultoutlinelevel=str(level),
            margintop="0.4cm",
            marginbottom="0.2cm",
            keepwithnext="always",
        )
    for named in styles.values():
        document.styles.addElement(named)
    document.styles.addElement(numbered_outline())

    styles["bullets"] = ListStyle(name="Bullets", displayname="Bullets")
    bullet = ListLevelStyleBullet(level=1, bulletchar="•")
    bullet.addElement(ListLevelProperties(spacebefore="0.4cm", minlabelwidth="0.5cm"))
    styles["bullets"].addElement(bullet)
    document.styles.addElement(styles["bullets"])

    styles["table"] = Style(name="RolesTable", family="table")
    styles["table"].addElement(TableProperties(width="17cm", align="margins"))
    styles["cell"] = Style(name="RolesCell", family="table-cell")
    styles["cell"].addElement(TableCellProperties(border="0.5pt solid #8a9bb0", padding="0.1cm"))
    styles["header_cell"] = Style(name="RolesHeaderCell", family="table-cell")
    styles["header_cell"].addElement(
        TableCellProperties(
            border="0.5pt solid #8a9bb0", padding="0.1cm", backgroundcolor="#dce3ea"
        )
    )
    for automatic in (styles["table"], styles["cell"], styles["header_cell"]):
        document.automaticstyles.addElement(automatic)
    return styles


def add_page_with_footer(document, draft, styles):
    """A4 pages with "Gemeente Voorbeeldstad - pagina 2 van 5" in the footer."""
    layout = PageLayout(name="A4")
    layout.addElement(
        PageLayoutProperties(
            pagewidth="21cm",
            pageheight="29.7cm",
            printorientation="portrait",
            margin="2.5cm",
        )
    )
    footer_style = FooterStyle()
    footer_style.addElement(HeaderFooterProperties(margintop="0.4cm"))
    layout.addElement(footer_style)
    document.automaticstyles.addElement(layout)

    footer_paragraph = paragraph(f"{draft.organisation} - pagina ", styles["footer"])
    footer_paragraph.addElement(PageNumber(selectpage="current", text="1"))
    footer_paragraph.addText(" van ")
    footer_paragraph.addElement(PageCount(text="1"))
    footer = Footer()
    footer.addElement(footer_paragraph)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    master.addElement(footer)
    document.masterstyles.addElement(master)


def paragraph_style(name, display_name, text=None, defaultoutlinelevel=None, **paragraph):
    attributes = {"name": name, "displayname": display_name, "family": "paragraph"}
    if defaultoutlinelevel:
        attributes["defaultoutlinelevel"] = defaultoutlinelevel
    named = Style(**attributes)
    if paragraph:
        named.addElement(ParagraphProperties(**paragraph))
    if text:
        named.addElement(TextProperties(**text))
    return named


def numbered_outline():
    """The outline style numbers the headings: "1" at level 1, "1.1" at level 2, "1.1.1" at
    level 3, with a tab to the text. Deeper levels (never written) have no number."""
    outline = OutlineStyle(name="Outline")
    for level in range(1, 11):
        numbered = level <= len(HEADING_SIZES)
        style = OutlineLevelStyle(
            level=level,
            numformat="1" if numbered else "",
            displaylevels=str(level) if numbered else "1",
        )
        properties = ListLevelProperties(listlevelpositionandspacemode="label-alignment")
        indent = f"{0.9 + 0.3 * (level - 1):.1f}cm"
        properties.addElement(
            ListLevelLabelAlignment(
                labelfollowedby="listtab",
                listtabstopposition=indent,
                textindent=f"-{indent}",
                marginleft=indent,
            )
        )
        style.addElement(properties)
        outline.addElement(style)
    return outline


def paragraph(text, style):
    element = P(stylename=style)
    teletype.addTextToElement(element, clean(text))
    return element


def bullet_list(block, styles):
    element = List(stylename=styles["bullets"])
    for item in block.items:
        list_item = ListItem()
        list_item.addElement(paragraph(item, styles["body"]))
        element.addElement(list_item)
    return element


def add_table(document, block, number, styles):
    if block.caption:
        document.text.addElement(paragraph(block.caption, styles["caption"]))
    columns = max([len(block.header), *(len(row) for row in block.rows)], default=1)
    element = Table(name=f"Tabel{number}", stylename=styles["table"])
    for index, share in enumerate(column_shares(block), start=1):
        column_style = Style(name=f"Tabel{number}Column{index}", family="table-column")
        column_style.addElement(TableColumnProperties(relcolumnwidth=f"{round(share * 1000)}*"))
        document.automaticstyles.addElement(column_style)
        element.addElement(TableColumn(stylename=column_style))
    header_rows = TableHeaderRows()
    header_rows.addElement(table_row(block.header, columns, styles, header=True))
    element.addElement(header_rows)
    for row in block.rows:
        element.addElement(table_row(row, columns, styles))
    document.text.addElement(element)


def table_row(values, columns, styles, header=False):
    row = TableRow()
    for index in range(columns):
        value = values[index] if index < len(values) else ""
        cell = TableCell(
            valuetype="string", stylename=styles["header_cell"] if header else styles["cell"]
        )
        cell.addElement(
            paragraph(value, styles["table_heading"] if header else styles["table_contents"])
        )
        row.addElement(cell)
    return row
