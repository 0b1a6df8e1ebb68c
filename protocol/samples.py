"""A complete answer set with the defaults for a gemeente: what editors see in previews."""

from django.utils import timezone

from .answers import complete_defaults, validate_all
from .choices import DEFAULT_KIND
from .placeholders import Facts

SAMPLE_ORGANISATION = "Gemeente Voorbeeld"


def sample_answers():
    """The cleaned answers of every step, filled with a gemeente's defaults."""
    validated = validate_all(complete_defaults(DEFAULT_KIND, SAMPLE_ORGANISATION))
    return validated.cleaned


def sample_facts():
    return Facts(sample_answers(), timezone.localdate())
