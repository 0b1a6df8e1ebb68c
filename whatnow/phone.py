"""Phone numbers as editors write them ("0900-8844", "+31 30 123 45 67") and as a tel: link
dials them (RFC 3966: digits, with a + for an international number)."""

import re

from django.core.exceptions import ValidationError

# What people write between the digits: spaces, hyphens, dots, brackets.
SEPARATORS = re.compile(r"[\s\-.()]")
DIALLABLE = re.compile(r"\+?\d+")
# 112 is the shortest number to call; E.164 allows at most 15 digits.
MIN_DIGITS, MAX_DIGITS = 3, 15

INVALID_MESSAGE = (
    "Een telefoon kan dit nummer niet bellen. Gebruik alleen cijfers, spaties en streepjes, "
    "met eventueel een + aan het begin, zoals 112, 0900-8844 of +31 30 123 45 67."
)


def dialled_digits(number):
    """The number as a tel: link dials it ("0900-8844" -> "09008844"); ValidationError if a
    telephone could not dial it."""
    compact = SEPARATORS.sub("", number or "")
    digit_count = len(compact.lstrip("+"))
    if not DIALLABLE.fullmatch(compact) or not MIN_DIGITS <= digit_count <= MAX_DIGITS:
        raise ValidationError(INVALID_MESSAGE)
    return compact


def tel_href(number):
    """The href of a link that calls the number, or "" when it cannot be dialled."""
    try:
        return f"tel:{dialled_digits(number)}"
    except ValidationError:
        return ""
