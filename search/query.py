"""From what a visitor typed to a query the search backend can always run.

Anything can arrive in ?q=: 10,000 characters, quotes, operators, SQL, NUL bytes, broken
Unicode. We keep only words (letters and digits) and combine them with AND, so the backend never
sees syntax it could choke on, and a search never fails with a server error.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from wagtail.search.query import And, Or, PlainText

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
WORD = re.compile(r"[^\W_]+")

# Dutch nouns in -ie have adjectives in -ief/-ieve (agressie, agressief, agressieve; preventie,
# preventief, preventieve). PostgreSQL's Dutch stemmer keeps these apart ('agressie',
# 'agressief', 'agressiev'), so each form is searched for together with its relatives.
DUTCH_IE_FAMILY = ("ieve", "ief", "ie")
MIN_STEM_LENGTH = 4
# Visitors used to other search engines type operators; we search for the words around them.
OPERATOR_WORDS = {"AND", "OR", "NOT", "NEAR"}


@dataclass
class CleanQuery:
    text: str = ""  # What we show back to the visitor and record for the search-terms report.
    terms: list[str] = field(default_factory=list)
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


def term_variants(term):
    """The term and its Dutch relatives, e.g. agressieve -> agressie, agressief, agressieve."""
    forms = [term]
    for ending in DUTCH_IE_FAMILY:
        stem = term[: -len(ending)]
        if term.endswith(ending) and len(stem) >= MIN_STEM_LENGTH:
            forms += [stem + other for other in DUTCH_IE_FAMILY if stem + other != term]
            break
    return forms


def build_search_query(terms):
    """Every word must match (AND); a word matches through any of its variants (OR)."""
    parts = []
    for term in terms:
        forms = term_variants(term)
        if len(forms) == 1:
            parts.append(PlainText(forms[0]))
        else:
            parts.append(Or([PlainText(form) for form in forms]))
    return parts[0] if len(parts) == 1 else And(parts)
