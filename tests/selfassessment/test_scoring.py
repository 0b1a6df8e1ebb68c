"""Scores, strengths and the action plan, computed from the answers in a query string."""

import datetime

from selfassessment.questionnaire import Option, Part, Question, Questionnaire
from selfassessment.scoring import (
    FIRST_STEPS,
    MISSING,
    NOT_AN_OPTION,
    ORGANISATION_MAX_LENGTH,
    assess,
    read_answers,
)

from .factories import plain_question, plain_questionnaire, query

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


def test_dont_know_is_a_gap_to_find_out_not_a_zero():
    result = result_for(norm="weet-ik-niet", zichtbaar="ja", gesprek="nee")
    # norm is left out of the score: zichtbaar alone makes the part's 100, not 1 x 100 of 4.
    assert result.parts[0].score == 100
    assert (result.parts[0].answered, result.parts[0].counted) == (2, 1)
    assert result.overall == 33  # zichtbaar 1 x 100, gesprek 2 x 0: 100 of 300
    assert [step.question.key for step in result.to_find_out] == ["norm"]
    assert result.to_find_out[0].what == "Zoek norm uit."
    # The plan holds what to do; finding out has its own list.
    assert [step.question.key for step in result.first_steps] == ["gesprek"]
    assert result.counted == 2


def test_not_applicable_is_left_out_of_the_score_and_the_plan():
    questionnaire = plain_questionnaire(("Buiten", [("huisbezoek", 3), ("balie", 1)]))
    nvt = Option("niet-van-toepassing", "Niet van toepassing", 0, not_applicable=True)
    huisbezoek = questionnaire.questions[0]
    questionnaire = Questionnaire(
        (
            Part(
                1,
                "Buiten",
                "",
                (
                    Question(
                        huisbezoek.key,
                        huisbezoek.text,
                        huisbezoek.short,
                        huisbezoek.explanation,
                        3,
                        (*huisbezoek.options, nvt),
                    ),
                    questionnaire.questions[1],
                ),
            ),
        )
    )
    result = result_for(questionnaire, huisbezoek="niet-van-toepassing", balie="deels")
    assert result.overall == 50  # balie alone; huisbezoek's weight 3 is not in the sum
    assert [question.key for question in result.not_applicable] == ["huisbezoek"]
    assert [step.question.key for step in result.first_steps] == ["balie"]
    assert result.to_find_out == [] and result.strengths == []
    only_nvt = result_for(questionnaire, huisbezoek="niet-van-toepassing", balie="niet-bestaand")
    assert only_nvt.overall is None


def test_nothing_that_counts_gives_no_score_rather_than_zero():
    result = result_for(norm="weet-ik-niet", zichtbaar="weet-ik-niet", gesprek="weet-ik-niet")
    assert result.overall is None and all(part.score is None for part in result.parts)
    assert result.words.startswith("geen score")
    assert len(result.to_find_out) == 3


def test_the_kind_of_organisation_sets_the_weights():
    base = plain_question("huisbezoek", weight=1)
    huisbezoek = Question(
        base.key,
        base.text,
        base.short,
        base.explanation,
        1,
        base.options,
        kind_weights=(("gemeente", 3),),
    )
    questionnaire = Questionnaire(
        (Part(1, "Alles", "", (huisbezoek, plain_question("balie", weight=1))),)
    )
    answers = {"huisbezoek": "ja", "balie": "nee"}
    assert result_for(questionnaire, **answers).overall == 50  # 1 x 100 of 2
    gemeente = result_for(questionnaire, soort="gemeente", **answers)
    assert gemeente.overall == 75  # 3 x 100 of 4
    assert (gemeente.points, gemeente.max_points) == (300, 400)
    assert result_for(questionnaire, soort="waterschap", **answers).overall == 50
    assert result_for(questionnaire, soort="<onzin>", **answers).kind == ""


def test_weights_order_the_plan_per_kind():
    base = plain_question("huisbezoek", weight=1)
    huisbezoek = Question(
        base.key,
        base.text,
        base.short,
        base.explanation,
        1,
        base.options,
        kind_weights=(("waterschap", 3),),
    )
    questionnaire = Questionnaire(
        (Part(1, "Alles", "", (plain_question("balie", weight=2), huisbezoek)),)
    )
    plain = result_for(questionnaire, balie="nee", huisbezoek="nee")
    assert [step.question.key for step in plain.first_steps] == ["balie", "huisbezoek"]
    tailored = result_for(questionnaire, balie="nee", huisbezoek="nee", soort="waterschap")
    assert [step.question.key for step in tailored.first_steps] == ["huisbezoek", "balie"]


def test_name_kind_and_date_are_read_cleaned_and_written_back():
    answers = read_answers(
        TWO_PARTS,
        query(
            norm="ja",
            soort="provincie",
            organisatie="  Provincie\u00adGelderland\t\n" + "x" * 200,
            datum="2026-03-05",
            v=TWO_PARTS.version,
        ),
        today=datetime.date(2026, 12, 5),
    )
    assert answers.kind == "provincie" and answers.kind_label == "Provincie"
    assert answers.organisation.startswith("ProvincieGelderland x")
    assert len(answers.organisation) == ORGANISATION_MAX_LENGTH
    assert answers.answered_on == datetime.date(2026, 3, 5)
    items = dict(answers.query_items())
    assert (items["soort"], items["datum"]) == ("provincie", "2026-03-05")


def test_a_date_that_is_no_day_of_the_answers_is_left_out():
    today = datetime.date(2026, 12, 5)
    for value in ("2026-12-06", "2019-12-31", "2026-02-30", "5-3-2026", "20260305", ""):
        answers = read_answers(TWO_PARTS, query(norm="ja", datum=value), today=today)
        assert answers.answered_on is None, value
    assert read_answers(TWO_PARTS, query(datum="2026-12-05"), today=today).answered_on == today


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
