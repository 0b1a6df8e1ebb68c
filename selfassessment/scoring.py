"""From the answers in a URL to scores, strengths and a prioritised action plan.

The answers live only in the query string: ?<question key>=<option key>&v=<version>. Nothing
else is read, nothing is stored. Unknown parameters are ignored; an answer that is not one of
the question's options counts as not answered, with its own message.
"""

from dataclasses import dataclass, field

from .questionnaire import FULL_SCORE

VERSION_PARAM = "v"
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

    def query_items(self):
        """The answers as (name, value) pairs for a URL: only what is valid now."""
        items = [(key, option.key) for key, option in self.chosen.items()]
        return [*items, (VERSION_PARAM, self.questionnaire.version)]


def read_answers(questionnaire, query):
    """Answers from a QueryDict (or any mapping with getlist)."""
    answers = Answers(questionnaire, version=str(query.get(VERSION_PARAM, ""))[:16])
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
    score: int | None  # None when no question of the part was answered
    answered: int

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
class Result:
    parts: list
    overall: int | None
    strengths: list  # (question, option) answered with a full score
    first_steps: list
    later_steps: list
    to_find_out: list  # questions answered with "weet ik niet"
    answered: int
    total: int
    not_counted: list  # questions without a valid answer (only for an old link)

    @property
    def words(self):
        return score_words(self.overall)

    @property
    def strongest(self):
        scored = [part for part in self.parts if part.score is not None]
        return max(scored, key=lambda part: part.score) if scored else None

    @property
    def weakest(self):
        scored = [part for part in self.parts if part.score is not None]
        return min(scored, key=lambda part: part.score) if scored else None


def weighted_score(pairs):
    """0-100 for (question, option) pairs, each question counting by its weight."""
    pairs = list(pairs)
    if not pairs:
        return None
    total_weight = sum(question.weight for question, _ in pairs)
    points = sum(question.weight * option.score for question, option in pairs)
    return round(points / total_weight)


def score_words(score):
    if score is None:
        return "geen score: geen van deze vragen is beantwoord"
    if score >= 80:
        return "goed geregeld"
    if score >= 50:
        return "deels geregeld"
    return "hier is veel te winnen"


def step_priority(question, option):
    """What a step is worth: the points still missing, times the weight of the question."""
    return question.weight * (FULL_SCORE - option.score)


def assess(answers):
    questionnaire = answers.questionnaire
    part_scores, strengths, steps, to_find_out = [], [], [], []
    for part in questionnaire.parts:
        pairs = [(q, answers.chosen[q.key]) for q in part.questions if q.key in answers.chosen]
        part_scores.append(PartScore(part, weighted_score(pairs), len(pairs)))
        for question, option in pairs:
            if option.is_full:
                strengths.append((question, option))
                continue
            if option.dont_know:
                to_find_out.append(question)
            if option.advice:
                steps.append(Step(question, option, part, step_priority(question, option)))
    # sorted() is stable: equal priorities keep the order of the questionnaire.
    steps = sorted(steps, key=lambda step: -step.priority)
    all_pairs = [
        (q, answers.chosen[q.key]) for q in questionnaire.questions if q.key in answers.chosen
    ]
    return Result(
        parts=part_scores,
        overall=weighted_score(all_pairs),
        strengths=strengths,
        first_steps=steps[:FIRST_STEPS],
        later_steps=steps[FIRST_STEPS:],
        to_find_out=to_find_out,
        answered=len(answers.chosen),
        total=len(questionnaire.questions),
        not_counted=[problem.question for problem in answers.problems],
    )
