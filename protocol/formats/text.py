"""The texts that every format writes the same way."""

from dataclasses import replace

from django.utils import translation
from django.utils.formats import date_format

from ..draft import BulletList, Paragraph, Table


def created_line(draft):
    """The date line under the title, in the draft's language: "Opgesteld op 1 december 2026"."""
    with translation.override(draft.language):
        return f"Opgesteld op {date_format(draft.created, 'j F Y')}"


def language_tag(language):
    """ "nl" -> "nl-NL": the country tells office suites which Dutch spell checker to use."""
    return "nl-NL" if language == "nl" else language


# About how many characters of 11 pt text fit on a line of an A4 page with its margins.
CHARACTERS_PER_LINE = 80
CELL_PADDING = 4  # characters: the cell's margins, and letters wider than average


def column_shares(block):
    """The share of the page's width for each column of a table (together 1), the way a
    browser lays out a table: every column at least as wide as its longest word, and the rest
    of the line to the columns with the most text. Equal columns would break "gemeente-
    secretaris" in the middle and leave a short column half empty."""
    columns = max([len(block.header), *(len(row) for row in block.rows)], default=1)
    rows = [block.header, *block.rows]
    cells = [[row[index] if index < len(row) else "" for row in rows] for index in range(columns)]
    narrowest = [
        max((len(word) for cell in column for word in cell.split()), default=1) + CELL_PADDING
        for column in cells
    ]
    widest = [max(len(cell) for cell in column) + CELL_PADDING for column in cells]
    room = max(CHARACTERS_PER_LINE, sum(narrowest))
    if sum(widest) <= room:
        widths = widest
    else:
        extra = [most - least for most, least in zip(widest, narrowest, strict=True)]
        spare = room - sum(narrowest)
        widths = [
            least + spare * more / (sum(extra) or 1)
            for least, more in zip(narrowest, extra, strict=True)
        ]
    return tuple(width / sum(widths) for width in widths)


def walk(sections, level=1):
    """Every section and subsection in reading order, with its heading level (1, 2, ...)."""
    for section in sections:
        yield section, level
        yield from walk(section.subsections, level + 1)


# Characters that XML 1.0 (ODT, DOCX) cannot hold at all: control characters other than tab,
# newline and carriage return, and the non-characters U+FFFE and U+FFFF. A pasted text can
# contain them; they are dropped instead of breaking the file.
NOT_IN_XML = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def clean(text):
    """The text without characters that XML cannot hold; a carriage return becomes a newline."""
    return str(text).replace("\r\n", "\n").replace("\r", "\n").translate(NOT_IN_XML)


def cleaned(draft, tidy=clean):
    """A copy of the draft with every text cleaned, for a writer that takes the draft whole;
    `tidy` can do more than `clean` (the PDF names emoji it cannot print)."""
    return replace(
        draft,
        title=tidy(draft.title),
        organisation=tidy(draft.organisation),
        subtitle=tidy(draft.subtitle),
        preface=tuple(cleaned_block(block, tidy) for block in draft.preface),
        sections=tuple(cleaned_section(section, tidy) for section in draft.sections),
    )


def cleaned_section(section, tidy):
    return replace(
        section,
        number=tidy(section.number),
        heading=tidy(section.heading),
        blocks=tuple(cleaned_block(block, tidy) for block in section.blocks),
        subsections=tuple(cleaned_section(subsection, tidy) for subsection in section.subsections),
    )


def cleaned_block(block, tidy):
    if isinstance(block, Paragraph):
        return Paragraph(tidy(block.text))
    if isinstance(block, BulletList):
        return BulletList(tuple(tidy(item) for item in block.items))
    return Table(
        caption=tidy(block.caption),
        header=tuple(tidy(value) for value in block.header),
        rows=tuple(tuple(tidy(value) for value in row) for row in block.rows),
    )
