"""The draft protocol as plain data: what the answers and the editors' templates produce.

The web preview and the three download formats (ODT, DOCX, PDF) are all written from one
`Draft`, so they cannot drift apart. Every text here is plain text: the writers escape it for
their own format. Sections are numbered in order ("1", "2", ...) and their subsections "1.1",
"1.2", ...; the numbers are part of the data so that every format shows the same ones.
"""

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table with one header row, e.g. the roles and who fills them."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Paragraph | BulletList | Table


@dataclass(frozen=True)
class Section:
    number: str
    heading: str
    blocks: tuple[Block, ...] = ()
    subsections: tuple["Section", ...] = ()


@dataclass(frozen=True)
class Draft:
    title: str
    organisation: str
    created: date
    sections: tuple[Section, ...] = field(default_factory=tuple)
    # One line under the title, e.g. "Concept, opgesteld met veiligepubliekedienstverlening.nl".
    subtitle: str = ""
    language: str = "nl"
    # Text right under the title, before the first numbered section (a letter has only this).
    preface: tuple[Block, ...] = ()
