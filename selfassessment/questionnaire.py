"""The questionnaire as plain objects, built once per request from the page's parts.

Everything after this (reading answers, scoring, the plan, the PDF) works on these objects, so
it can be tested without pages and never touches the database again.
"""

import hashlib
from dataclasses import dataclass, field

from django.utils.text import slugify

FULL_SCORE = 100


def option_key(option):
    """The key of an answer option in the URL: the slug of its label ("weet-ik-niet")."""
    return slugify(option["label"])


@dataclass(frozen=True)
class Link:
    title: str
    url: str
    kind: str  # "page", "document" or "example"


@dataclass(frozen=True)
class Option:
    key: str
    label: str
    score: int
    dont_know: bool = False
    advice: str = ""
    who: str = ""
    links: tuple[Link, ...] = ()
    not_applicable: bool = False

    @property
    def counts(self):
        """Whether this answer is part of the score: 'weet ik niet' and 'niet van toepassing'
        are not (the first is something to find out, the second has nothing to score)."""
        return not (self.dont_know or self.not_applicable)

    @property
    def is_full(self):
        return self.score >= FULL_SCORE and self.counts


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    short: str
    explanation: str
    weight: int
    options: tuple[Option, ...]
    kind_weights: tuple[tuple[str, int], ...] = ()  # (kind key, weight) where it differs

    def option(self, key):
        return next((option for option in self.options if option.key == key), None)

    def weight_for(self, kind=""):
        """The weight of this question for a kind of organisation (selfassessment/kinds.py)."""
        return dict(self.kind_weights).get(kind, self.weight)


@dataclass(frozen=True)
class Part:
    number: int
    title: str
    intro: str
    questions: tuple[Question, ...]

    @property
    def anchor(self):
        return f"deel-{self.number}"


@dataclass(frozen=True)
class Questionnaire:
    parts: tuple[Part, ...]
    questions: tuple[Question, ...] = field(init=False)

    def __post_init__(self):
        object.__setattr__(
            self, "questions", tuple(q for part in self.parts for q in part.questions)
        )

    def question(self, key):
        return next((question for question in self.questions if question.key == key), None)

    @property
    def version(self):
        """A short fingerprint of the questions and their answer keys.

        The form sends it along; a result link whose fingerprint differs was made for an older
        questionnaire, so missing answers there are new questions, not mistakes of the visitor.
        """
        shape = "|".join(
            f"{question.key}:{','.join(option.key for option in question.options)}"
            for question in sorted(self.questions, key=lambda question: question.key)
        )
        return hashlib.sha256(shape.encode()).hexdigest()[:8]


def link_from_block(child, request=None):
    target = child.value
    if target is None:  # a page or document deleted since the editor chose it
        return None
    if child.block_type == "document":
        return Link(target.title, target.url, "document")
    url = target.get_url(request)
    if not url or not target.live:
        return None
    return Link(target.title, url, child.block_type)


def questionnaire_from_stream(parts, request=None):
    """A Questionnaire from the page's StreamField of parts (its links resolved in bulk)."""
    built = []
    for number, block in enumerate(parts, start=1):
        value = block.value
        built.append(
            Part(
                number=number,
                title=value["title"],
                intro=value.get("intro") or "",
                questions=tuple(
                    question_from_value(question, request) for question in value["questions"]
                ),
            )
        )
    return Questionnaire(tuple(built))


def question_from_value(value, request=None):
    return Question(
        key=value["key"],
        text=value["question"],
        short=value["short"],
        explanation=value["explanation"],
        weight=value["weight"] or 1,
        kind_weights=tuple(
            (each["kind"], each["weight"] or 1) for each in value.get("kind_weights") or []
        ),
        options=tuple(
            Option(
                key=option_key(option),
                label=option["label"],
                score=option["score"] or 0,
                dont_know=bool(option.get("dont_know")),
                not_applicable=bool(option.get("not_applicable")),
                advice=option.get("advice") or "",
                who=option.get("who") or "",
                links=tuple(
                    link
                    for link in (link_from_block(child, request) for child in option["links"] or [])
                    if link
                ),
            )
            for option in value["options"]
        ),
    )


def form_rows(part, answers=None, messages=None):
    """Per question of a part: the chosen option key and the problem to show, for the form."""
    rows = []
    for question in part.questions:
        chosen = answers.chosen.get(question.key) if answers else None
        rows.append(
            {
                "question": question,
                "chosen": chosen.key if chosen else "",
                "problem": (messages or {}).get(question.key, ""),
            }
        )
    return rows
