"""Cleaning what visitors type, Dutch word variants and highlighted excerpts (no database)."""

import pytest

from core.query import MAX_QUERY_LENGTH, MAX_TERMS, clean_query
from core.text import plain_text
from search.excerpts import excerpt, fold, highlight_pattern, mark
from search.query import term_variants


@pytest.mark.parametrize(
    ("raw", "text", "terms"),
    [
        ("  Agressie   aan de balie ", "Agressie aan de balie", ["agressie", "aan", "de", "balie"]),
        ("\x00agressie\x00", "agressie", ["agressie"]),
        ("agres\u00adsie", "agressie", ["agressie"]),  # soft hyphen
        ("\ud800agressie", "?agressie", ["agressie"]),  # lone surrogate
        ('"agressie" OR melding', '"agressie" OR melding', ["agressie", "melding"]),
        ("agressie AND NOT melding", "agressie AND NOT melding", ["agressie", "melding"]),
        ("'; DROP TABLE x;--", "'; DROP TABLE x;--", ["drop", "table", "x"]),
        ("Agressie agressie AGRESSIE", "Agressie agressie AGRESSIE", ["agressie"]),
        ("e-mail_adres", "e-mail_adres", ["e", "mail", "adres"]),
        ("***", "***", []),
        ("", "", []),
    ],
)
def test_clean_query_keeps_words_only(raw, text, terms):
    query = clean_query(raw)
    assert query.text == text
    assert query.terms == terms
    assert not query.truncated


def test_very_long_query_is_cut_at_a_word_and_flagged():
    query = clean_query("agressie " * 2000)
    assert query.truncated
    assert len(query.text) <= MAX_QUERY_LENGTH
    assert query.text.endswith("agressie")
    assert query.terms == ["agressie"]


def test_number_of_words_is_limited():
    query = clean_query(" ".join(f"woord{n}" for n in range(50)))
    assert len(query.terms) == MAX_TERMS


def test_combining_accents_are_composed_and_control_characters_split_words():
    assert clean_query("cre\u0300me").text == "crème"
    assert clean_query("agressie\x07melding").terms == ["agressie", "melding"]


@pytest.mark.parametrize(
    ("term", "variants"),
    [
        ("agressieve", {"agressieve", "agressie", "agressief"}),
        ("agressief", {"agressieve", "agressie", "agressief"}),
        ("agressie", {"agressieve", "agressie", "agressief"}),
        ("preventieve", {"preventieve", "preventie", "preventief"}),
        ("melding", {"melding"}),
        ("knie", {"knie"}),  # too short to be a noun with an adjective in -ief
    ],
)
def test_dutch_ie_ief_ieve_family(term, variants):
    assert set(term_variants(term)) == variants


def test_fold_ignores_case_and_accents_and_keeps_positions():
    text = "Geëvalueerd: CRÈME façade"
    assert fold(text) == "geevalueerd: creme facade"
    assert len(fold(text)) == len(text)


def test_fold_keeps_one_character_for_one_even_where_lower_case_would_grow():
    """İ lower-cased is two characters; ß and the ligature ﬁ have no one-letter lower case."""
    text = "İstanbul, Straße, ﬁets, ǅ, Ωmega"
    assert fold(text) == "istanbul, straße, ﬁets, ǆ, ωmega"
    assert len(fold(text)) == len(text)


def test_marks_inflected_and_accented_forms_and_escapes_the_rest():
    pattern = highlight_pattern(["agressieve", "geevalueerd"])
    html = mark("<b>Agressie</b> & agressief gedrag, opnieuw geëvalueerd.", pattern)
    assert html == (
        "&lt;b&gt;<mark>Agressie</mark>&lt;/b&gt; &amp; <mark>agressief</mark> gedrag, "
        "opnieuw <mark>geëvalueerd</mark>."
    )


def test_marks_cannot_be_broken_by_a_search_for_html():
    pattern = highlight_pattern(clean_query("<script>alert(1)</script> mark").terms)
    html = mark("Een <script>alert(1)</script> en <mark> in de tekst.", pattern)
    assert "<script>" not in html
    assert "&lt;<mark>script</mark>&gt;" in html
    assert "&lt;<mark>mark</mark>&gt;" in html


def test_excerpt_prefers_the_text_with_most_searched_words_and_shortens_it():
    pattern = highlight_pattern(["melding", "aangifte"])
    long_text = (
        ("Inleidende zin zonder iets. " * 20)
        + "Doe een melding of aangifte. "
        + ("Nog meer tekst. " * 30)
    )
    result = excerpt(["Alleen een melding.", long_text], pattern)
    assert "<mark>melding</mark> of <mark>aangifte</mark>" in result
    assert result.startswith("…") and result.endswith("…")
    assert len(result) < 400


def test_excerpt_without_a_match_starts_at_the_first_text():
    result = excerpt(["", "Eerste tekst.", "Tweede tekst."], highlight_pattern(["zzz"]))
    assert result == "Eerste tekst."


def test_plain_text_of_stream_data_skips_ids_and_links():
    class Stream:
        raw_data = [
            {"type": "heading", "value": {"text": "Wat kunt u doen?", "level": "h2"}, "id": "a1"},
            {"type": "text", "value": "<p>Bel&nbsp;de politie.</p><p>Meld het.</p>", "id": "b2"},
            {"type": "link", "value": {"url": "https://example.nl/a b", "page": 3}, "id": "c3"},
        ]

    text = " ".join(plain_text(Stream()).split())
    assert text == "Wat kunt u doen? Bel de politie. Meld het."
