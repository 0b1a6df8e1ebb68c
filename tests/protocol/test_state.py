"""The signed hidden field: read back as it was written, refused when changed or too old."""

from unittest import mock

import pytest
from django.core import signing

from protocol import state

from .factories import complete_answers


def test_answers_come_back_as_they_were_written():
    raw = complete_answers()
    assert state.load(state.dump(raw)) == raw


def test_an_empty_field_is_a_fresh_start():
    assert state.load("") == {}


def test_the_field_is_compressed():
    raw = complete_answers()
    assert len(state.dump(raw)) < len(str(raw))


@pytest.mark.parametrize(
    "value",
    [
        "nonsense",
        "x" * (state.MAX_FIELD_LENGTH + 1),
        signing.dumps(complete_answers(), salt="other.salt", compress=True),
    ],
    ids=["garbage", "too long", "other salt"],
)
def test_a_value_we_did_not_sign_is_refused(value):
    with pytest.raises(state.StateProblem) as problem:
        state.load(value)
    assert problem.value.message == state.TAMPERED


def test_a_changed_value_is_refused():
    value = state.dump(complete_answers())
    head, signature = value.rsplit(":", 1)
    changed = head[:-1] + ("A" if head[-1] != "A" else "B") + ":" + signature
    with pytest.raises(state.StateProblem):
        state.load(changed)


def test_a_signed_value_of_the_wrong_shape_is_refused():
    for data in ([1, 2], {"onbekend": {}}, {"organisatie": {"name": 3}}, {"norm": {"x": [1]}}):
        value = signing.dumps(data, salt=state.SALT, compress=True)
        with pytest.raises(state.StateProblem):
            state.load(value)


def test_answers_expire_after_the_maximum_age():
    with mock.patch("django.core.signing.time.time", return_value=1_000_000.0):
        value = state.dump(complete_answers())
    later = 1_000_000.0 + state.MAX_AGE_SECONDS
    with mock.patch("django.core.signing.time.time", return_value=later - 1):
        assert state.load(value)
    with (
        mock.patch("django.core.signing.time.time", return_value=later + 1),
        pytest.raises(state.StateProblem) as problem,
    ):
        state.load(value)
    assert problem.value.message == state.EXPIRED
