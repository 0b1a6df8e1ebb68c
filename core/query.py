"""From what a visitor typed in a search or filter box to text the site can always use.

Anything can arrive in ?q=: 10,000 characters, quotes, operators, SQL, NUL bytes, broken
Unicode. Every text query on the site passes through clean_query(), so the database never sees
characters it refuses (PostgreSQL rejects NUL) and a query never fails with a server error.
"""

import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
WORD = re.compile(r"[^\W_]+")
# Visitors used to other search engines type operators; we search for the words around them.
OPERATOR_WORDS = {"AND", "OR", "NOT", "NEAR"}


@dataclass
class CleanQuery:
    text: str = ""  # What we show back to the visitor and search for as typed.
    terms: list[str] = field(default_factory=list)  # The distinct words, folded to lower case.
    truncated: bool = False
    is_empty: bool = True  # Nothing typed at all (only spaces counts as nothing).

    @property
    def has_words(self):
        return bool(self.terms)


def clean_query(raw):
    text = raw or ""
    # Lone surrogates cannot be stored or encoded; they become a question mark.
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFC", text)
    text = "".join(_clean_character(character) for character in text)
    text = " ".join(text.split())
    truncated = len(text) > MAX_QUERY_LENGTH
    if truncated:
        text = text[:MAX_QUERY_LENGTH]
        if " " in text:
            text = text.rsplit(" ", 1)[0]
    terms = []
    for word in WORD.findall(text):
        if word in OPERATOR_WORDS:
            continue
        word = word.casefold()
        if word not in terms:
            terms.append(word)
    return CleanQuery(
        text=text,
        terms=terms[:MAX_TERMS],
        truncated=truncated,
        is_empty=not (raw or "").strip(),
    )


def _clean_character(character):
    category = unicodedata.category(character)
    if category == "Cf":
        return ""  # Invisible formatting such as soft hyphens and zero-width joiners.
    if category.startswith("C"):
        return " "  # Control characters (NUL included), private use, unassigned, surrogates.
    return character
