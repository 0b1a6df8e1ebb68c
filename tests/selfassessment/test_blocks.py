"""The questionnaire blocks check what the URL contract and the plan rely on."""

import pytest
from django.core.exceptions import ValidationError

from selfassessment.blocks import AnswerOptionBlock, PartBlock, QuestionBlock, QuestionnaireBlock

from .factories import answer_values, part_value, question_value


def clean(block, value):
    return block.clean(block.to_python(value))


def test_an_answer_below_full_score_needs_advice():
    option = {**answer_values("norm")[2], "advice": ""}
    with pytest.raises(ValidationError):
        clean(AnswerOptionBlock(), option)
    assert clean(AnswerOptionBlock(), answer_values("norm")[0])["score"] == 100


def test_dont_know_scores_nothing():
    with pytest.raises(ValidationError):
        clean(AnswerOptionBlock(), {**answer_values("norm")[3], "score": 50})


def test_an_answer_needs_letters_for_its_key_in_the_url():
    with pytest.raises(ValidationError):
        clean(AnswerOptionBlock(), {**answer_values("norm")[0], "label": "?!"})


def test_answers_of_a_question_differ_and_there_is_one_dont_know_at_most():
    options = answer_values("norm")
    with pytest.raises(ValidationError):
        clean(
            QuestionBlock(),
            question_value("norm", options=[*options, {**options[1], "label": "deels"}]),
        )
    with pytest.raises(ValidationError):
        clean(
            QuestionBlock(),
            question_value("norm", options=[*options, {**options[3], "label": "Geen idee"}]),
        )
    assert clean(QuestionBlock(), question_value("norm"))["key"] == "norm"


def test_a_question_key_is_a_slug():
    with pytest.raises(ValidationError):
        clean(QuestionBlock(), {**question_value("norm"), "key": "Norm vastgelegd"})


def test_question_keys_are_unique_within_a_part_and_across_parts():
    with pytest.raises(ValidationError):
        clean(PartBlock(), part_value("Norm", question_value("norm"), question_value("norm")))
    block = QuestionnaireBlock()
    twice = [
        {"type": "part", "value": part_value("Een", question_value("norm"))},
        {"type": "part", "value": part_value("Twee", question_value("norm"))},
    ]
    with pytest.raises(ValidationError):
        clean(block, twice)
    twice[1]["value"] = part_value("Twee", question_value("nazorg"))
    assert len(clean(block, twice)) == 2


@pytest.mark.django_db
def test_part_preview_renders_the_fieldset_in_the_admin(admin_client):
    block = QuestionnaireBlock().child_blocks["part"]
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<legend class="vp-sa-part__legend">' in html
    assert 'name="norm-zichtbaar" value="deels"' in html


NOT_APPLICABLE = {
    "label": "Niet van toepassing",
    "score": 0,
    "dont_know": False,
    "not_applicable": True,
    "advice": "",
    "who": "",
    "links": [],
}


def test_not_applicable_needs_no_advice_scores_nothing_and_is_not_also_dont_know():
    assert clean(AnswerOptionBlock(), NOT_APPLICABLE)["not_applicable"] is True
    for wrong in ({"score": 50}, {"dont_know": True}):
        with pytest.raises(ValidationError):
            clean(AnswerOptionBlock(), {**NOT_APPLICABLE, **wrong})


def test_a_question_has_one_not_applicable_at_most():
    options = [*answer_values("norm"), NOT_APPLICABLE]
    assert clean(QuestionBlock(), question_value("norm", options=options))
    with pytest.raises(ValidationError):
        clean(
            QuestionBlock(),
            question_value("norm", options=[*options, {**NOT_APPLICABLE, "label": "N.v.t."}]),
        )


def test_a_question_key_is_not_a_name_the_result_link_already_uses():
    for key in ("v", "datum", "soort", "organisatie"):
        with pytest.raises(ValidationError):
            clean(QuestionBlock(), question_value(key))


def test_weights_per_kind_of_organisation_are_checked():
    value = question_value("huisbezoek")
    value["kind_weights"] = [{"kind": "gemeente", "weight": 3}]
    assert clean(QuestionBlock(), value)["kind_weights"][0]["weight"] == 3
    for wrong in (
        [{"kind": "gemeente", "weight": 3}, {"kind": "gemeente", "weight": 1}],
        [{"kind": "gemeente", "weight": 4}],
        [{"kind": "bakkerij", "weight": 2}],
    ):
        with pytest.raises(ValidationError):
            clean(QuestionBlock(), {**value, "kind_weights": wrong})
