"""Emoji in the PDF: printed where an installed font has them, otherwise named in words.

WeasyPrint prints a character no installed font has as an empty box. The server has no colour
emoji font (fonts-dejavu-core has the faces of U+1F600-1F64F, not a thumbs up or a flag), and we
add no font for an odd emoji in an organisation's name. So an emoji sequence that the installed
fonts cannot print whole becomes the word "[emoji]": the reader sees that something stood there.
ODT and DOCX keep every emoji: the reader's office suite has its own fonts.
"""

import logging
from functools import cache
from pathlib import Path

from ..emoji import is_pictograph, split_emoji

logger = logging.getLogger(__name__)

FONT_DIRECTORIES = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
FONT_SUFFIXES = {".ttf", ".otf", ".ttc"}
IN_WORDS = "[emoji]"


@cache
def printable_pictographs():
    """Every character the installed fonts have (read once per process, only when a text
    holds an emoji); empty when the fonts cannot be read, and then nothing is replaced."""
    try:
        from fontTools.ttLib import TTFont
    except ImportError:
        return frozenset()
    covered = set()
    for directory in FONT_DIRECTORIES:
        if not directory.is_dir():
            continue
        for path in directory.rglob("*"):
            if path.suffix.lower() not in FONT_SUFFIXES:
                continue
            try:
                covered.update(TTFont(str(path), lazy=True, fontNumber=0).getBestCmap() or {})
            except Exception:  # noqa: BLE001 - a broken font file is skipped, not fatal
                logger.warning("Lettertype niet te lezen: %s", path)
    return frozenset(covered)


def printable(text):
    """The text with every emoji sequence the fonts cannot print replaced by "[emoji]"."""
    if not any(is_pictograph(character) for character in text):
        return text
    covered = printable_pictographs()
    if not covered:
        return text
    return "".join(
        IN_WORDS
        if is_emoji and not all(ord(c) in covered for c in part if is_pictograph(c))
        else part
        for is_emoji, part in split_emoji(text)
    )
