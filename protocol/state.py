"""The answers of earlier steps, carried in one signed hidden field instead of being stored.

Nothing the reader types is kept on the server or in a cookie: each step sends the answers so far
back in the form, signed so that a changed field is noticed, compressed so that it stays small,
and valid for a few hours so that an old page left open does not come back to life.
"""

from django.core import signing

from .answers import STEP_KEYS

FIELD_NAME = "antwoorden"
SALT = "protocol.answers.v1"
MAX_AGE_SECONDS = 4 * 60 * 60
# A real answer set is a few kilobytes; anything far larger was not made by us.
MAX_FIELD_LENGTH = 40_000


class StateProblem(Exception):
    """The hidden field was changed, is too old or is not ours: the message says which."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


RESTART = "Wij bewaren niets op onze server, daarom begint u opnieuw bij stap 1."
# Every message that starts again says how to go on with what the adviser downloaded.
RESUME = (
    "Hebt u het concept (.odt of .docx) of het antwoordenbestand al gedownload? Kies het dan "
    "hieronder bij ‘Verder met uw antwoorden’: u gaat verder waar u was."
)
EXPIRED = (
    "Uw antwoorden in deze pagina waren langer dan 4 uur niet gebruikt en zijn daarom vervallen. "
    f"{RESTART} {RESUME}"
)
TAMPERED = (
    "Wij konden uw eerdere antwoorden niet lezen: de pagina is veranderd of beschadigd. "
    f"{RESTART} {RESUME}"
)


def dump(raw_steps):
    """The signed value of the hidden field for these answers ({step key: {name: value}})."""
    return signing.dumps(raw_steps, salt=SALT, compress=True)


def load(value):
    """The answers in a hidden field; an empty field is a fresh start. Raises StateProblem."""
    if not value:
        return {}
    if len(value) > MAX_FIELD_LENGTH:
        raise StateProblem(TAMPERED)
    try:
        data = signing.loads(value, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.SignatureExpired:
        raise StateProblem(EXPIRED) from None
    except (signing.BadSignature, ValueError):
        raise StateProblem(TAMPERED) from None
    if not is_well_formed(data):
        raise StateProblem(TAMPERED)
    return data


def is_well_formed(data):
    """Signed by us, so it should be; checked anyway because an old format could linger."""
    if not isinstance(data, dict) or not set(data) <= set(STEP_KEYS):
        return False
    for answers in data.values():
        if not isinstance(answers, dict):
            return False
        for value in answers.values():
            if isinstance(value, list):
                if not all(isinstance(item, str) for item in value):
                    return False
            elif not isinstance(value, str):
                return False
    return True
