"""Short pieces of text around the words a visitor searched for, with those words marked.

The backend matched on stems, so a word is marked when it starts like a searched word
(agressie marks agressieve and agressieprotocol). Matching ignores case and accents; the text is
escaped piece by piece and only our own <mark> tags are added, so page content can never inject
HTML here.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .query import term_variants

EXCERPT_LENGTH = 220
CONTEXT_BEFORE = 60
MIN_PREFIX_LENGTH = 4
ELLIPSIS = "…"


class _FoldTable(dict):
    """str.translate's table for fold(), filled one character at a time as texts need them:
    the translation then runs in C (it was a third of an uncached search's time)."""

    def __missing__(self, ordinal):
        base = unicodedata.normalize("NFD", chr(ordinal))[0]
        lower = base.lower()
        self[ordinal] = folded = lower if len(lower) == 1 else base
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text):
    """Lower case without accents, with exactly one character per character of text, so that
    positions found in the folded text are positions in the original."""
    return text.translate(_FOLD_TABLE)


def highlight_pattern(terms):
    """One regular expression for all terms; each term is a named group (t0, t1, ...), so that
    a match tells which term it found."""
    groups = []
    for number, term in enumerate(terms):
        prefixes = set()
        for form in term_variants(fold(term)):
            # Drop a short ending so that inflected forms are marked too: meldingen -> melding.
            keep = max(MIN_PREFIX_LENGTH, len(form) - 2)
            prefixes.add(form[:keep] if len(form) > MIN_PREFIX_LENGTH else form)
        alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
        groups.append(f"(?P<t{number}>{alternatives})")
    if not groups:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(groups)})\w*")


def mark(text, pattern):
    """Escape text and wrap every match of pattern in <mark>."""
    if pattern is None:
        return escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(fold(text)):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def excerpt(texts, pattern, length=EXCERPT_LENGTH):
    """A piece of the text that contains most of the searched words, or the start of the first
    text when none does."""
    texts = [" ".join(text.split()) for text in texts if text and text.strip()]
    if not texts:
        return ""
    chosen, start = texts[0], 0
    if pattern is not None:
        # The text that contains the most of the searched words, and the first of those.
        best = 0
        for text in texts:
            matches = list(pattern.finditer(fold(text)))
            found = len({match.lastgroup for match in matches})
            if found > best:
                best, chosen, start = found, text, max(0, matches[0].start() - CONTEXT_BEFORE)
    if start:
        # Start at a word boundary.
        space = chosen.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    end = start + length
    if end < len(chosen):
        space = chosen.rfind(" ", start, end)
        end = space if space > start else end
    else:
        end = len(chosen)
    piece = chosen[start:end]
    if end < len(chosen):
        piece = piece.rstrip(" .,;:") + ELLIPSIS
    return mark_safe(  # noqa: S308 - mark() escapes the text
        (ELLIPSIS if start else "") + mark(piece, pattern)
    )
