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


def cleaned(draft):
    """A copy of the draft with every text cleaned, for a writer that takes the draft whole."""
    return replace(
        draft,
        title=clean(draft.title),
        organisation=clean(draft.organisation),
        subtitle=clean(draft.subtitle),
        sections=tuple(cleaned_section(section) for section in draft.sections),
    )


def cleaned_section(section):
    return replace(
        section,
        number=clean(section.number),
        heading=clean(section.heading),
        blocks=tuple(cleaned_block(block) for block in section.blocks),
        subsections=tuple(cleaned_section(subsection) for subsection in section.subsections),
    )


def cleaned_block(block):
    if isinstance(block, Paragraph):
        return Paragraph(clean(block.text))
    if isinstance(block, BulletList):
        return BulletList(tuple(clean(item) for item in block.items))
    return Table(
        caption=clean(block.caption),
        header=tuple(clean(value) for value in block.header),
        rows=tuple(tuple(clean(value) for value in row) for row in block.rows),
    )
