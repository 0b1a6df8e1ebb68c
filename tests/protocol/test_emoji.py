"""Issue 23: emoji in the answers. Joined emoji are accepted (test_answers.py); the PDF prints
what the installed fonts have and names the rest in words instead of printing empty boxes."""

import io
import zipfile

import pytest
from pypdf import PdfReader

from protocol.draft import Paragraph, Section
from protocol.formats import FORMATS
from tests.pdf import reader_text
from visitortools.emoji import split_emoji
from visitortools.pdf.glyphs import IN_WORDS, printable, printable_pictographs

from .drafts import complete_draft

THUMBS_UP = "\U0001f44d"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
HEALTH_WORKER = "\U0001f469\U0001f3fd\u200d\u2695\ufe0f"
SMILE = "\U0001f600"  # in DejaVu Sans, the font of the PDF


def test_an_emoji_sequence_is_one_part():
    text = f"Team {HEALTH_WORKER} en {FAMILY}!"
    assert split_emoji(text) == [
        (False, "Team "),
        (True, HEALTH_WORKER),
        (False, " en "),
        (True, FAMILY),
        (False, "!"),
    ]


needs_no_emoji_font = pytest.mark.skipif(
    ord(THUMBS_UP) in printable_pictographs(), reason="an emoji font is installed"
)


@needs_no_emoji_font
def test_what_no_installed_font_has_is_named_in_words():
    assert ord("a") in printable_pictographs()
    assert printable(f"Goed gedaan {THUMBS_UP}{THUMBS_UP}!") == f"Goed gedaan {IN_WORDS}{IN_WORDS}!"
    assert printable(f"Wij {HEALTH_WORKER} helpen") == f"Wij {IN_WORDS} helpen"
    assert printable("Gewone tekst, ook met é en ’") == "Gewone tekst, ook met é en ’"


def test_what_a_font_has_is_printed():
    assert ord(SMILE) in printable_pictographs()
    assert printable(f"Fijn {SMILE} en \u2713") == f"Fijn {SMILE} en \u2713"


def emoji_draft():
    return complete_draft(
        organisation=f"Gemeente Peelbeek {THUMBS_UP}",
        sections=(Section("1", "Ons team", (Paragraph(f"Samen sterk {FAMILY} {SMILE}."),)),),
    )


@needs_no_emoji_font
def test_the_pdf_has_no_empty_boxes_for_emoji():
    text = reader_text(PdfReader(io.BytesIO(FORMATS["pdf"].render(emoji_draft()))))
    assert f"Gemeente Peelbeek {IN_WORDS}" in text
    assert THUMBS_UP not in text
    assert SMILE in text


def test_odt_and_docx_keep_every_emoji():
    odt = zipfile.ZipFile(io.BytesIO(FORMATS["odt"].render(emoji_draft()))).read("content.xml")
    docx = zipfile.ZipFile(io.BytesIO(FORMATS["docx"].render(emoji_draft()))).read(
        "word/document.xml"
    )
    for content in (odt, docx):
        assert THUMBS_UP.encode() in content and FAMILY.encode() in content
