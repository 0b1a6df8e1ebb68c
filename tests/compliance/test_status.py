"""The status (A to E) follows from the statement's data, as the Dutch model describes."""

import datetime

import pytest

from compliance.status import Status, statement_status

TODAY = datetime.date(2026, 12, 1)
STATEMENT = datetime.date(2026, 11, 2)
RECENT = datetime.date(2026, 10, 15)


def status(**data):
    return statement_status(statement_date=STATEMENT, today=TODAY, **data)


def test_a_recent_complete_evaluation_without_open_items_is_a():
    assert status(evaluation_date=RECENT, evaluation_complete=True) is Status.A


def test_open_items_after_a_recent_complete_evaluation_make_it_b():
    assert status(evaluation_date=RECENT, evaluation_complete=True, open_items=2) is Status.B


@pytest.mark.parametrize(
    "evaluation",
    [
        {},  # no evaluation at all
        {"evaluation_date": RECENT, "evaluation_complete": False},  # a quick scan only
        {"evaluation_date": datetime.date(2023, 11, 30), "evaluation_complete": True},  # too old
        {"evaluation_date": datetime.date(2027, 1, 5), "evaluation_complete": True},  # future
    ],
    ids=["none", "partial", "older-than-three-years", "in-the-future"],
)
def test_without_a_valid_evaluation_the_status_is_at_most_c(evaluation):
    assert status(**evaluation) is Status.D
    assert status(**evaluation, open_items=3) is Status.D
    planned = datetime.date(2027, 3, 1)  # within six months of the statement
    assert status(**evaluation, planned_evaluation_date=planned) is Status.C


def test_an_evaluation_of_exactly_three_years_still_counts_one_day_more_does_not():
    three_years = datetime.date(2023, 12, 1)
    assert status(evaluation_date=three_years, evaluation_complete=True) is Status.A
    older = three_years - datetime.timedelta(days=1)
    assert status(evaluation_date=older, evaluation_complete=True) is Status.D


def test_a_plan_beyond_six_months_or_already_passed_gives_d():
    assert status(planned_evaluation_date=datetime.date(2027, 5, 2)) is Status.C  # the last day
    assert status(planned_evaluation_date=datetime.date(2027, 5, 3)) is Status.D
    passed = statement_status(
        statement_date=STATEMENT,
        planned_evaluation_date=datetime.date(2027, 3, 1),
        today=datetime.date(2027, 3, 2),
    )
    assert passed is Status.D


def test_no_statement_is_e():
    assert statement_status(statement_date=None, today=TODAY) is Status.E


def test_every_status_has_a_dutch_label_and_explanation():
    for item in Status:
        assert item.letter == item.name
        assert item.label and item.label == item.label.lower()
        assert item.explanation.endswith(".")
