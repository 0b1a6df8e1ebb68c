"""Scores, strengths and the action plan, computed from the answers in a query string."""

from selfassessment.scoring import FIRST_STEPS, MISSING, NOT_AN_OPTION, assess, read_answers

from .factories import plain_questionnaire, query

TWO_PARTS = plain_questionnaire(
    ("Norm", [("norm", 3), ("zichtbaar", 1)]),
    ("Nazorg", [("gesprek", 2)]),
)


def result_for(questionnaire=TWO_PARTS, **answers):
    answers.setdefault("v", questionnaire.version)
    return assess(read_answers(questionnaire, query(**answers)))


def test_a_part_scores_by_the_weights_of_its_questions():
    # norm (weight 3) fully, zichtbaar (weight 1) not at all: 3 * 100 / 4 = 75, not the plain 50.
    result = result_for(norm="ja", zichtbaar="nee", gesprek="deels")
    norm, nazorg = result.parts
    assert norm.score == 75
    assert nazorg.score == 50
    # Overall: (3 * 100 + 1 * 0 + 2 * 50) / 6 = 66.7
    assert result.overall == 67


def test_dont_know_counts_as_nothing_and_is_listed_to_find_out():
    result = result_for(norm="weet-ik-niet", zichtbaar="ja", gesprek="ja")
    assert result.parts[0].score == 25  # only zichtbaar (weight 1) of 4
    assert [question.key for question in result.to_find_out] == ["norm"]
    assert result.first_steps[0].what == "Zoek norm uit."


def test_plan_puts_the_biggest_weighted_gap_first():
    # gesprek: weight 2 x 100 missing = 200; norm: 3 x 50 = 150; zichtbaar: 1 x 100 = 100.
    result = result_for(norm="deels", zichtbaar="nee", gesprek="nee")
    assert [step.question.key for step in result.first_steps] == ["gesprek", "norm", "zichtbaar"]
    first = result.first_steps[0]
    assert (first.what, first.why, first.who) == ("Regel gesprek.", "Uitleg bij gesprek.", "Iemand")


def test_equal_priorities_keep_the_order_of_the_questionnaire():
    questionnaire = plain_questionnaire(("Alles", [("b", 1), ("a", 1), ("c", 1)]))
    result = result_for(questionnaire, a="nee", b="nee", c="nee")
    assert [step.question.key for step in result.first_steps] == ["b", "a", "c"]


def test_plan_starts_with_at_most_five_steps_and_keeps_the_rest_for_later():
    keys = [f"vraag-{number}" for number in range(8)]
    questionnaire = plain_questionnaire(("Alles", [(key, 2) for key in keys]))
    result = result_for(questionnaire, **{key.replace("-", "_"): "nee" for key in keys})
    assert len(result.first_steps) == FIRST_STEPS
    assert len(result.later_steps) == len(keys) - FIRST_STEPS


def test_full_answers_are_strengths_and_no_step():
    result = result_for(norm="ja", zichtbaar="ja", gesprek="ja")
    assert [question.key for question, _ in result.strengths] == ["norm", "zichtbaar", "gesprek"]
    assert result.first_steps == [] and result.overall == 100


def test_missing_and_unknown_answers_are_problems_with_their_own_message():
    answers = read_answers(TWO_PARTS, query(norm="ja", zichtbaar="misschien", v=TWO_PARTS.version))
    problems = {problem.question.key: problem.message for problem in answers.problems}
    assert problems == {"zichtbaar": NOT_AN_OPTION, "gesprek": MISSING}
    assert list(answers.chosen) == ["norm"]
    assert not answers.can_show_result


def test_two_different_answers_to_one_question_count_as_none():
    answers = read_answers(TWO_PARTS, query(norm=["ja", "nee"], zichtbaar="ja", gesprek="ja"))
    assert "norm" not in answers.chosen


def test_unknown_parameters_are_ignored():
    answers = read_answers(
        TWO_PARTS,
        query(norm="ja", zichtbaar="ja", gesprek="ja", hack="<script>", v=TWO_PARTS.version),
    )
    assert answers.is_complete
    assert ("hack", "<script>") not in answers.query_items()


def test_a_link_for_a_changed_questionnaire_gives_a_result_for_what_still_exists():
    old = plain_questionnaire(("Norm", [("norm", 3), ("weg", 1)]))
    new = plain_questionnaire(("Norm", [("norm", 3)]), ("Nieuw", [("nieuw", 2)]))
    link = query(norm="deels", weg="ja", v=old.version)
    answers = read_answers(new, link)
    assert answers.made_for_other_version and answers.can_show_result
    result = assess(answers)
    assert result.parts[0].score == 50
    assert result.parts[1].score is None  # the new part: nothing answered yet
    assert result.overall == 50
    assert [question.key for question in result.not_counted] == ["nieuw"]
    # The answer to the removed question is gone from the links the result page makes.
    assert dict(answers.query_items()) == {"norm": "deels", "v": new.version}


def test_the_same_link_with_the_current_version_asks_for_the_missing_answers():
    questionnaire = plain_questionnaire(("Norm", [("norm", 3), ("nieuw", 1)]))
    answers = read_answers(questionnaire, query(norm="deels", v=questionnaire.version))
    assert not answers.can_show_result


def test_an_old_link_without_any_answer_that_still_counts_shows_the_form():
    new = plain_questionnaire(("Norm", [("norm", 3)]))
    answers = read_answers(new, query(weg="ja", v="00000000"))
    assert not answers.can_show_result


def test_version_changes_with_the_questions_and_their_answers():
    same = plain_questionnaire(
        ("Anders genoemd", [("norm", 1), ("zichtbaar", 3)]), ("Nazorg", [("gesprek", 2)])
    )
    assert same.version == TWO_PARTS.version  # titles and weights do not break links
    fewer = plain_questionnaire(("Norm", [("norm", 3)]))
    assert fewer.version != TWO_PARTS.version
