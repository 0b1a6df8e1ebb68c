"""The draft as a tagged PDF (PDF/UA-1) with WeasyPrint, from an HTML template.

Django's template escapes every text, so what a user typed is shown literally. Headings become
the PDF's bookmarks (the sections at the top level), the roles table a tagged table with a
header row, and the footer shows the page numbers. An emoji that no installed font has is
named in words instead of printed as an empty box (glyphs.py).
"""

from pathlib import Path

from visitortools.pdf import render_pdf as render_tagged_pdf
from visitortools.pdf.glyphs import printable

from ..draft import BulletList, Paragraph, Table
from .text import clean, cleaned, created_line, walk

CONTENT_TYPE = "application/pdf"
STYLESHEET = Path(__file__).with_name("draft_pdf.css")
DEEPEST_HEADING = 4  # h2 for a section, h3 for a subsection, ... (h1 is the title)


def render_pdf(draft):
    draft = cleaned(draft, lambda text: printable(clean(text)))
    context = {
        "draft": draft,
        "created_line": created_line(draft),
        "preface": [block_context(block) for block in draft.preface],
        "sections": [
            {
                "section": section,
                "heading_level": min(level + 1, DEEPEST_HEADING),
                "blocks": [block_context(block) for block in section.blocks],
            }
            for section, level in walk(draft.sections)
        ],
    }
    return render_tagged_pdf("protocol/draft_pdf.html", context, stylesheet=STYLESHEET)


def block_context(block):
    kind = {Paragraph: "paragraph", BulletList: "list", Table: "table"}[type(block)]
    return {"kind": kind, "block": block}
