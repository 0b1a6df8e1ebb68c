"""The incident note as a file to download: a tagged PDF (the tools' WeasyPrint set-up in
visitortools/pdf) and OpenDocument text (odfpy), A4 both, written from one NoteDocument.

The ODT is small and the note's own: a title, headings with outline levels (the navigator in
LibreOffice finds them), the employee's lines as paragraphs and the checklists with a box per
item. The note's texts hold no control characters (whatnow/note.py takes them out), so every
text goes into the XML as typed.
"""

import dataclasses
import io
from dataclasses import dataclass
from pathlib import Path

from odf import dc, meta, teletype
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    Footer,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TextProperties,
)
from odf.text import H, P, PageCount, PageNumber

from visitortools.pdf import render_pdf as render_tagged_pdf
from visitortools.pdf.glyphs import printable

PDF_STYLESHEET = Path(__file__).with_name("pdf") / "note.css"
LINTBLAUW = "#154273"
BOX = "☐"  # U+2610: a box to tick, in DejaVu Sans and in every office suite's fonts


def render_pdf(note):
    return render_tagged_pdf(
        "whatnow/note/note_pdf.html", {"note": printable_note(note)}, stylesheet=PDF_STYLESHEET
    )


def printable_note(note):
    """The note with every emoji the server's fonts cannot print named in words (as in the
    protocol's PDF), instead of an empty box; the ODT keeps every emoji as typed."""
    return dataclasses.replace(
        note,
        sections=tuple(
            dataclasses.replace(
                section,
                heading=printable(section.heading),
                text=printable(section.text),
                items=tuple(printable(item) for item in section.items),
            )
            for section in note.sections
        ),
    )


def render_odt(note):
    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text=note.title))
    document.meta.addElement(dc.Language(text="nl-NL"))
    created = f"{note.created.isoformat()}T00:00:00"
    document.meta.addElement(meta.CreationDate(text=created))
    document.meta.addElement(dc.Date(text=created))
    styles = add_styles(document)
    add_a4_page(document, note, styles)

    document.text.addElement(paragraph(note.title, styles["title"]))
    document.text.addElement(paragraph(note.created_line, styles["body"]))
    for section in note.sections:
        heading = H(outlinelevel=1, stylename=styles["heading"])
        teletype.addTextToElement(heading, section.heading)
        document.text.addElement(heading)
        if section.items:
            for item in section.items:
                document.text.addElement(paragraph(f"{BOX} {item}", styles["checklist"]))
        else:
            for line in section.lines:
                document.text.addElement(paragraph(line, styles["body"]))

    output = io.BytesIO()
    document.write(output)
    return output.getvalue()


def add_styles(document):
    # Dutch for every paragraph: spell checking and hyphenation.
    default = DefaultStyle(family="paragraph")
    default.addElement(TextProperties(language="nl", country="NL"))
    document.styles.addElement(default)
    styles = {
        "title": paragraph_style(
            "Title", "Title", {"fontsize": "20pt", "fontweight": "bold", "color": LINTBLAUW}
        ),
        "heading": paragraph_style(
            "Heading_20_1",
            "Heading 1",
            {"fontsize": "14pt", "fontweight": "bold", "color": LINTBLAUW},
            defaultoutlinelevel="1",
            margintop="0.4cm",
            marginbottom="0.2cm",
            keepwithnext="always",
        ),
        "body": paragraph_style("Text_20_body", "Text body", marginbottom="0.15cm"),
        "checklist": paragraph_style(
            "Checklist", "Checklist", marginbottom="0.15cm", marginleft="0.2cm"
        ),
        "footer": paragraph_style("Footer", "Footer", {"fontsize": "8pt", "color": "#555555"}),
    }
    for style in styles.values():
        document.styles.addElement(style)
    return styles


def paragraph_style(name, display_name, text=None, defaultoutlinelevel=None, **paragraph_props):
    attributes = {"name": name, "displayname": display_name, "family": "paragraph"}
    if defaultoutlinelevel:
        attributes["defaultoutlinelevel"] = defaultoutlinelevel
    style = Style(**attributes)
    if paragraph_props:
        style.addElement(ParagraphProperties(**paragraph_props))
    if text:
        style.addElement(TextProperties(**text))
    return style


def add_a4_page(document, note, styles):
    """A4 pages with "Verslag van een incident - pagina 1 van 2" in the footer."""
    layout = PageLayout(name="A4")
    layout.addElement(
        PageLayoutProperties(
            pagewidth="21cm", pageheight="29.7cm", printorientation="portrait", margin="2cm"
        )
    )
    document.automaticstyles.addElement(layout)
    footer_paragraph = paragraph(f"{note.title} - pagina ", styles["footer"])
    footer_paragraph.addElement(PageNumber(selectpage="current", text="1"))
    footer_paragraph.addText(" van ")
    footer_paragraph.addElement(PageCount(text="1"))
    footer = Footer()
    footer.addElement(footer_paragraph)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    master.addElement(footer)
    document.masterstyles.addElement(master)


def paragraph(text, style):
    element = P(stylename=style)
    teletype.addTextToElement(element, text)
    return element


@dataclass(frozen=True)
class NoteFormat:
    extension: str
    content_type: str
    label: str
    render: object


# ODT first: ODF is on the Dutch government's list of open standards.
NOTE_FORMATS = {
    "odt": NoteFormat(
        "odt", "application/vnd.oasis.opendocument.text", "OpenDocument-tekst (.odt)", render_odt
    ),
    "pdf": NoteFormat("pdf", "application/pdf", "PDF", render_pdf),
}
