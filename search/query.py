"""Turn a cleaned query (core.query) into a query the search backend can always run.

We keep only words (letters and digits) and combine them with AND, so the backend never sees
syntax it could choke on.
"""

from wagtail.search.query import And, Or, PlainText

# Dutch nouns in -ie have adjectives in -ief/-ieve (agressie, agressief, agressieve; preventie,
# preventief, preventieve). PostgreSQL's Dutch stemmer keeps these apart ('agressie',
# 'agressief', 'agressiev'), so each form is searched for together with its relatives.
DUTCH_IE_FAMILY = ("ieve", "ief", "ie")
MIN_STEM_LENGTH = 4


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
