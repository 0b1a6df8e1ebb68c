"""The self-assessment's kinds of organisation are the protocol tool's: the result's link to the
protocol tool preselects the same kind."""

from protocol.choices import KINDS as PROTOCOL_KINDS
from selfassessment.kinds import KIND_NOUNS, KINDS


def test_the_kinds_are_those_of_the_protocol_tool():
    assert list(KINDS) == [(kind.key, kind.label) for kind in PROTOCOL_KINDS]
    assert set(KIND_NOUNS) == {key for key, _label in KINDS}
