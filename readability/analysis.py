"""How readable a Dutch text is: the Flesch-Douma score, long sentences, long words, passive
sentences and words from the jargon list, and whether that adds up to B1.

Everything runs here, on our own server; no text is sent anywhere. Syllables are counted with
pyphen's Dutch hyphenation dictionary (nl_NL), which gives a good estimate, not an exact count.

Flesch-Douma (Douma 1960, the Dutch form of Flesch's reading ease):
    206.835 - 0.93 x (words per sentence) - 77 x (syllables per word)
Higher is easier. We take 60 or more ("normaal" and easier) with few long sentences as the sign
that a text is written at about B1; a formula cannot say so for certain, a reader can.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pyphen

LONG_SENTENCE_WORDS = 20
LONG_WORD_SYLLABLES = 5  # "more than 4"
B1_MINIMUM_SCORE = 60
# A text with more than this share of long sentences is not B1, whatever its score.
B1_MAXIMUM_LONG_SENTENCE_SHARE = 0.1

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
# A sentence ends at . ! ? or … followed by a space and not by a lower-case letter (so "bijv. de"
# and "o.a. het" stay one sentence), or at the end of a paragraph, heading or list item.
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[^a-zà-ÿ])")
ABBREVIATIONS = {"bijv", "bv", "o.a", "d.w.z", "enz", "etc", "nr", "art", "jl", "mr", "dr", "ca"}

# Passive voice: a form of "worden" (or "zijn" with a participle of a finished act) together with a
# past participle in the same sentence: "De melding wordt door de leidinggevende besproken".
PASSIVE_AUXILIARIES = {"word", "wordt", "worden", "werd", "werden", "geworden"}
PARTICIPLE = re.compile(
    r"^(?:ge|be|ver|ont|her|er|over|onder|door|aan|op|af|in|uit|mee|toe)\w+(?:d|t|en)$"
)
# Words that look like participles but are not (common in our texts).
NOT_PARTICIPLES = {
    "gemeenten",
    "gemeente",
    "geweld",
    "gevaar",
    "gebied",
    "gedrag",
    "gesprek",
    "gevolgen",
    "geven",
    "gelden",
    "gaan",
    "gebeurt",
    "gebeurd",
    "bent",
    "bedoeld",
    "verstandig",
    "onderwerp",
    "ondersteunen",
    "openbaar",
    "ontstaan",
}


@dataclass
class Sentence:
    text: str
    words: int
    is_long: bool
    is_passive: bool


@dataclass
class JargonHit:
    word: str
    alternative: str
    count: int


@dataclass
class Analysis:
    sentences: list = field(default_factory=list)
    word_count: int = 0
    syllable_count: int = 0
    long_words: list = field(default_factory=list)  # (word, syllables), each word once
    jargon: list = field(default_factory=list)

    @property
    def sentence_count(self):
        return len(self.sentences)

    @property
    def score(self):
        """The Flesch-Douma score, or None for a text without words."""
        if not self.word_count or not self.sentences:
            return None
        words_per_sentence = self.word_count / self.sentence_count
        syllables_per_word = self.syllable_count / self.word_count
        return round(206.835 - 0.93 * words_per_sentence - 77 * syllables_per_word, 1)

    @property
    def words_per_sentence(self):
        return round(self.word_count / self.sentence_count, 1) if self.sentences else 0

    @property
    def long_sentences(self):
        return [sentence for sentence in self.sentences if sentence.is_long]

    @property
    def passive_sentences(self):
        return [sentence for sentence in self.sentences if sentence.is_passive]

    @property
    def long_sentence_share(self):
        return len(self.long_sentences) / self.sentence_count if self.sentences else 0

    @property
    def reaches_b1(self):
        score = self.score
        return (
            score is not None
            and score >= B1_MINIMUM_SCORE
            and self.long_sentence_share <= B1_MAXIMUM_LONG_SENTENCE_SHARE
        )

    @property
    def level(self):
        """The score in words, as the usual Flesch-Douma scale names it."""
        score = self.score
        if score is None:
            return "geen tekst"
        for minimum, name in (
            (90, "zeer makkelijk"),
            (80, "makkelijk"),
            (70, "vrij makkelijk"),
            (60, "normaal"),
            (50, "vrij moeilijk"),
            (30, "moeilijk"),
        ):
            if score >= minimum:
                return name
        return "zeer moeilijk"


@lru_cache(maxsize=1)
def _dictionary():
    return pyphen.Pyphen(lang="nl_NL", left=1, right=1)


# Letters that make a vowel sound; a run of them ("ie", "eeu", "ij") is one syllable's vowel.
VOWEL_RUN = re.compile(r"[aeiouyàáâèéêìíîòóôùúû]+|[äëïöü]")


@lru_cache(maxsize=20000)
def syllables(word):
    """The number of syllables of a Dutch word (at least 1): the vowel runs within each part that
    the hyphenation dictionary splits off (it misses a split now and then: "agres-sie")."""
    parts = _dictionary().inserted(word.lower().replace("’", "'")).split("-")
    return max(1, sum(len(VOWEL_RUN.findall(part)) for part in parts))


def split_sentences(text):
    sentences = []
    for paragraph in text.splitlines():
        pieces = SENTENCE_END.split(paragraph.strip())
        for piece in pieces:
            if sentences and _ends_with_abbreviation(sentences[-1]) and piece:
                sentences[-1] = f"{sentences[-1]} {piece}"
            elif piece.strip():
                sentences.append(piece.strip())
    return sentences


def _ends_with_abbreviation(sentence):
    last = sentence.rsplit(" ", 1)[-1].rstrip(".").lower()
    return sentence.endswith(".") and last in ABBREVIATIONS


def is_passive(words):
    lowered = [word.lower() for word in words]
    if not PASSIVE_AUXILIARIES.intersection(lowered):
        return False
    return any(
        PARTICIPLE.match(word) and word not in NOT_PARTICIPLES and word not in PASSIVE_AUXILIARIES
        for word in lowered
    )


def analyse(texts, jargon=None):
    """texts: the page's texts, each a paragraph, heading or list item. jargon: {word: plain
    alternative}, matched on whole words regardless of case."""
    analysis = Analysis()
    seen_long_words = {}
    jargon_counts = {}
    jargon = {word.lower(): alternative for word, alternative in (jargon or {}).items()}
    for text in texts:
        for sentence_text in split_sentences(text):
            words = WORD.findall(sentence_text)
            if not words:
                continue
            analysis.sentences.append(
                Sentence(
                    text=sentence_text,
                    words=len(words),
                    is_long=len(words) > LONG_SENTENCE_WORDS,
                    is_passive=is_passive(words),
                )
            )
            analysis.word_count += len(words)
            for word in words:
                count = syllables(word)
                analysis.syllable_count += count
                if count >= LONG_WORD_SYLLABLES:
                    seen_long_words.setdefault(word.lower(), (word, count))
                if word.lower() in jargon:
                    jargon_counts[word.lower()] = jargon_counts.get(word.lower(), 0) + 1
    analysis.long_words = sorted(seen_long_words.values(), key=lambda item: (-item[1], item[0]))
    analysis.jargon = [
        JargonHit(word, jargon[word], count) for word, count in sorted(jargon_counts.items())
    ]
    return analysis
