"""The Dutch readability measures on texts whose answer we know by counting."""

import pytest

from readability.analysis import analyse, split_sentences, syllables


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("een", 1),
        ("gemeente", 3),
        ("medewerker", 4),
        ("incidentregistratie", 7),
        ("agressie", 3),
        ("schreeuwen", 2),
        ("beamen", 3),
        ("België", 3),
    ],
)
def test_syllables_are_counted_with_the_dutch_dictionary(word, expected):
    assert syllables(word) == expected


def test_sentences_end_at_their_mark_not_at_an_abbreviation_or_inside_a_paragraph():
    text = "Bel 112. Neem bijv. een collega mee. Is het veilig? Ga dan weg!"
    assert split_sentences(text) == [
        "Bel 112.",
        "Neem bijv. een collega mee.",
        "Is het veilig?",
        "Ga dan weg!",
    ]
    # A heading without a full stop is a sentence of its own.
    assert split_sentences("Wat kunt u doen\nBel de politie.") == [
        "Wat kunt u doen",
        "Bel de politie.",
    ]


def test_the_flesch_douma_score_follows_the_formula():
    # 2 sentences, 7 words, 9 syllables (po-li-tie): 206.835 - 0.93 * 3.5 - 77 * 9 / 7
    analysis = analyse(["Bel de politie. Ga dan naar huis."])
    assert (analysis.sentence_count, analysis.word_count, analysis.syllable_count) == (2, 7, 9)
    assert analysis.score == round(206.835 - 0.93 * 3.5 - 77 * 9 / 7, 1)
    assert analysis.level == "zeer makkelijk"
    assert analysis.reaches_b1


def test_a_long_sentence_is_marked_and_too_many_of_them_is_not_b1():
    long = " ".join(["woord"] * 21) + "."
    analysis = analyse([long, "Kort.", "Ook kort."])
    assert [sentence.words for sentence in analysis.long_sentences] == [21]
    assert analysis.long_sentence_share == pytest.approx(1 / 3)
    assert not analysis.reaches_b1


def test_a_hard_text_does_not_reach_b1():
    hard = (
        "De implementatie van organisatiebrede veiligheidsmaatregelen vereist "
        "multidisciplinaire afstemming tussen verantwoordelijke functionarissen."
    )
    analysis = analyse([hard])
    assert analysis.score < 30 and analysis.level == "zeer moeilijk"
    assert not analysis.reaches_b1
    assert ("organisatiebrede", 7) in analysis.long_words


def test_passive_sentences_are_found_and_active_ones_are_not():
    analysis = analyse(
        [
            "De melding wordt door de leidinggevende besproken.",
            "Het incident werd direct vastgelegd.",
            "Uw leidinggevende bespreekt de melding met u.",
            "Wordt u bedreigd, bel dan 112.",
        ]
    )
    assert [sentence.text for sentence in analysis.passive_sentences] == [
        "De melding wordt door de leidinggevende besproken.",
        "Het incident werd direct vastgelegd.",
        "Wordt u bedreigd, bel dan 112.",
    ]


def test_jargon_is_counted_whatever_its_case_with_its_alternative():
    analysis = analyse(
        ["Wij faciliteren de teams. Faciliteren is ons werk.", "Indien nodig bellen wij."],
        {"faciliteren": "helpen", "Indien": "als", "monitoren": "volgen"},
    )
    assert [(hit.word, hit.alternative, hit.count) for hit in analysis.jargon] == [
        ("faciliteren", "helpen", 2),
        ("indien", "als", 1),
    ]


def test_no_text_has_no_score_and_no_verdict():
    analysis = analyse(["", "   ", "112"])
    assert analysis.score is None and analysis.level == "geen tekst"
    assert not analysis.reaches_b1
