"""From the answers in a URL to scores, strengths and a prioritised action plan.

The answers live only in the query string: ?<question key>=<option key>&v=<version>, and
optionally soort=<kind of organisation>, organisatie=<its name> and datum=<the day the answers
were given, YYYY-MM-DD>. Nothing else is read, nothing is stored. Unknown parameters are ignored;
an answer that is not one of the question's options counts as not answered, with its own
message; a kind, name or date that makes no sense is left out.

What counts: every answer scores 0-100 points, weighted by its question's weight for the kind
of organisation. 'Weet ik niet' and 'niet van toepassing' are left out of the score: the first
is something to find out, the second has nothing to score.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone

from .kinds import KIND_LABELS
from .questionnaire import FULL_SCORE

VERSION_PARAM = "v"
KIND_PARAM = "soort"
ORGANISATION_PARAM = "organisatie"
DATE_PARAM = "datum"
ORGANISATION_MAX_LENGTH = 80
FIRST_DAY = date(2020, 1, 1)  # no result link is older than the tool
FIRST_STEPS = 5  # the plan starts with at most this many steps; the rest follows under "Daarna"
MISSING = "Kies een antwoord bij deze vraag."
NOT_AN_OPTION = "Dit antwoord hoort niet (meer) bij deze vraag. Kies opnieuw."


@dataclass(frozen=True)
class Problem:
    question: object
    message: str


@dataclass
class Answers:
    """The valid answers of a query string, and what was wrong with the rest."""

    questionnaire: object
    chosen: dict = field(default_factory=dict)  # question key -> Option
    problems: list = field(default_factory=list)  # Problem, in questionnaire order
    version: str = ""
    kind: str = ""  # a key of selfassessment/kinds.py, or "" when not chosen
    organisation: str = ""
    answered_on: date | None = None

    @property
    def is_complete(self):
        return not self.problems

    @property
    def made_for_other_version(self):
        """The link came from an older questionnaire (or its version was changed by hand)."""
        return bool(self.version) and self.version != self.questionnaire.version

    @property
    def can_show_result(self):
        """Complete, or an old link with at least one answer that still counts."""
        return bool(self.chosen) and (self.is_complete or self.made_for_other_version)

    @property
    def kind_label(self):
        return KIND_LABELS.get(self.kind, "")

    def query_items(self, with_date=True):
        """The answers as (name, value) pairs for a URL: only what is valid now."""
        items = [(key, option.key) for key, option in self.chosen.items()]
        if self.kind:
            items.append((KIND_PARAM, self.kind))
        if self.organisation:
            items.append((ORGANISATION_PARAM, self.organisation))
        if with_date and self.answered_on:
            items.append((DATE_PARAM, self.answered_on.isoformat()))
        return [*items, (VERSION_PARAM, self.questionnaire.version)]


def clean_organisation(value):
    """The organisation's name as typed, without control characters, on one line, not too long."""
    text = "".join(
        char
        for char in str(value or "")
        if char.isspace() or not unicodedata.category(char).startswith("C")
    )
    return " ".join(text.split())[:ORGANISATION_MAX_LENGTH].strip()


def answered_on(value, today=None):
    """The day the answers were given, from YYYY-MM-DD; None if it is no real day since 2020
    that has already begun."""
    value = str(value or "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return day if FIRST_DAY <= day <= (today or timezone.localdate()) else None


def read_answers(questionnaire, query, today=None):
    """Answers from a QueryDict (or any mapping with getlist)."""
    kind = str(query.get(KIND_PARAM, ""))
    answers = Answers(
        questionnaire,
        version=str(query.get(VERSION_PARAM, ""))[:16],
        kind=kind if kind in KIND_LABELS else "",
        organisation=clean_organisation(query.get(ORGANISATION_PARAM, "")),
        answered_on=answered_on(query.get(DATE_PARAM, ""), today),
    )
    for question in questionnaire.questions:
        values = [value for value in query.getlist(question.key) if value]
        option = question.option(values[0]) if len(set(values)) == 1 else None
        if option is not None:
            answers.chosen[question.key] = option
        else:
            answers.problems.append(Problem(question, NOT_AN_OPTION if values else MISSING))
    return answers


@dataclass(frozen=True)
class PartScore:
    part: object
    score: int | None  # None when no answer of the part counts
    answered: int
    counted: int  # answers that count: not 'weet ik niet' or 'niet van toepassing'

    @property
    def words(self):
        return score_words(self.score)


@dataclass(frozen=True)
class Step:
    question: object
    option: object
    part: object
    priority: int

    @property
    def what(self):
        return self.option.advice

    @property
    def why(self):
        return self.question.explanation

    @property
    def who(self):
        return self.option.who

    @property
    def links(self):
        return self.option.links


@dataclass(frozen=True)
class AnswerRow:
    """One answered question on the result's list of answers."""

    question: object
    option: object
    weight: int

    @property
    def points(self):
        return self.option.score if self.option.counts else None


@dataclass(frozen=True)
class Result:
    parts: list
    overall: int | None
    strengths: list  # (question, option) answered with a full score
    first_steps: list
    later_steps: list
    to_find_out: list  # Steps for the questions answered with "weet ik niet"
    answered: int
    total: int
    not_counted: list  # questions without a valid answer (only for an old link)
    not_applicable: list = field(default_factory=list)  # questions answered "niet van toepassing"
    kind: str = ""
    points: int = 0  # the weighted points of the answers that count
    max_points: int = 0  # what they would be if every answer that counts were full
    answer_rows: list = field(default_factory=list)  # (part, [AnswerRow]) in questionnaire order

    @property
    def words(self):
        return score_words(self.overall)

    @property
    def counted(self):
        return sum(part.counted for part in self.parts)

    @property
    def left_out(self):
        """Answers that do not count: 'weet ik niet' and 'niet van toepassing'."""
        return len(self.to_find_out) + len(self.not_applicable)

    @property
    def strongest(self):
        scored = [part for part in self.parts if part.score is not None]
        return max(scored, key=lambda part: part.score) if scored else None

    @property
    def weakest(self):
        scored = [part for part in self.parts if part.score is not None]
        return min(scored, key=lambda part: part.score) if scored else None


def weighted_points(pairs, kind=""):
    """(points, maximum) for (question, option) pairs: each answer that counts scores its
    points times its question's weight for this kind of organisation."""
    counting = [(question, option) for question, option in pairs if option.counts]
    points = sum(question.weight_for(kind) * option.score for question, option in counting)
    maximum = sum(question.weight_for(kind) * FULL_SCORE for question, _ in counting)
    return points, maximum


def weighted_score(pairs, kind=""):
    """0-100 for (question, option) pairs, or None when none of the answers counts."""
    points, maximum = weighted_points(pairs, kind)
    return round(FULL_SCORE * points / maximum) if maximum else None


def score_words(score):
    if score is None:
        return "geen score: geen antwoord in dit deel telt mee"
    if score >= 80:
        return "goed geregeld"
    if score >= 50:
        return "deels geregeld"
    return "hier is veel te winnen"


def step_priority(question, option, kind=""):
    """What a step is worth: the points still missing, times the weight of the question."""
    return question.weight_for(kind) * (FULL_SCORE - option.score)


def assess(answers):
    questionnaire, kind = answers.questionnaire, answers.kind
    part_scores, strengths, steps, to_find_out, not_applicable, rows = [], [], [], [], [], []
    for part in questionnaire.parts:
        pairs = [(q, answers.chosen[q.key]) for q in part.questions if q.key in answers.chosen]
        counted = sum(option.counts for _, option in pairs)
        part_scores.append(PartScore(part, weighted_score(pairs, kind), len(pairs), counted))
        rows.append((part, [AnswerRow(q, option, q.weight_for(kind)) for q, option in pairs]))
        for question, option in pairs:
            if option.not_applicable:
                not_applicable.append(question)
            elif option.dont_know:
                to_find_out.append(Step(question, option, part, question.weight_for(kind)))
            elif option.is_full:
                strengths.append((question, option))
            elif option.advice:
                steps.append(Step(question, option, part, step_priority(question, option, kind)))
    # sorted() is stable: equal priorities keep the order of the questionnaire.
    steps = sorted(steps, key=lambda step: -step.priority)
    to_find_out = sorted(to_find_out, key=lambda step: -step.priority)
    all_pairs = [
        (q, answers.chosen[q.key]) for q in questionnaire.questions if q.key in answers.chosen
    ]
    points, max_points = weighted_points(all_pairs, kind)
    return Result(
        parts=part_scores,
        overall=weighted_score(all_pairs, kind),
        strengths=strengths,
        first_steps=steps[:FIRST_STEPS],
        later_steps=steps[FIRST_STEPS:],
        to_find_out=to_find_out,
        answered=len(answers.chosen),
        total=len(questionnaire.questions),
        not_counted=[problem.question for problem in answers.problems],
        not_applicable=not_applicable,
        kind=kind,
        points=points,
        max_points=max_points,
        answer_rows=rows,
    )
