"""Contact details out of a visitor's comment, before it is stored.

Editors cannot answer a comment (it is anonymous), and a comment may not become a register of
people: e-mail addresses and phone numbers are replaced by a marker. Any run of nine or more digits
counts as a phone number (Dutch numbers have ten, with +31 or 0031 eleven or twelve); that also
catches a citizen service number. Shorter runs (a date, a year, 0800-1234) stay.
"""

import re

EMAIL_MARKER = "[e-mailadres verwijderd]"
NUMBER_MARKER = "[nummer verwijderd]"
MIN_PHONE_DIGITS = 9

# Also written as "naam (at) gemeente.nl" or "naam [at] gemeente.nl".
EMAIL = re.compile(
    r"[\w.!#$%&'*+/=?^`{|}~-]+(?:@|\s*\(at\)\s*|\s*\[at\]\s*)[\w-]+(?:\.[\w-]+)+", re.IGNORECASE
)
# Digits with what people write between them in phone numbers (spaces, dashes, dots, slashes),
# starting with a digit, a plus, or an area code in brackets: "(020) 123 45 67".
DIGIT_RUN = re.compile(r"(?:\+\d|\(\d+\)[ -]?\d|\d)(?:[ \-./]{0,2}\d)+")


def _phone_number_out(match):
    digits = sum(character.isdigit() for character in match.group())
    return NUMBER_MARKER if digits >= MIN_PHONE_DIGITS else match.group()


def without_contact_details(text):
    text = EMAIL.sub(EMAIL_MARKER, text)
    return DIGIT_RUN.sub(_phone_number_out, text)
