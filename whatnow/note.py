"""The incident note's form: what the employee writes down, with its checks and Dutch messages.

Pasted text can carry invisible control characters (a NUL, an escape, a form feed). They are no
text the employee meant, and XML (the ODT) cannot hold them, so they are taken out and the note
says so: refusing them would ask a shaken reader to hunt for characters nobody can see. Line
breaks and tabs stay. Right-to-left text, emoji and their joiners are text and stay as typed.
"""

import unicodedata
from dataclasses import dataclass

from django import forms
from django.core import signing

from .forms import parse_date

# Characters a note keeps although Unicode calls them control characters.
KEPT_CONTROL_CHARACTERS = {"\n", "\t"}
# Non-characters that XML 1.0 refuses as well.
NON_CHARACTERS = {"\ufffe", "\uffff"}

MESSAGES = {
    "future": "Deze datum ligt in de toekomst. Vul de datum in waarop het incident gebeurde.",
    "required": "Vul ‘{label}’ in.",
    "max_length": (
        "Deze tekst is te lang: {length} tekens. Gebruik hoogstens {max_length} tekens. "
        "Wat u schreef staat er nog; maak het korter."
    ),
    "stripped": (
        "Uit ‘{label}’ hebben wij onzichtbare tekens weggehaald, bijvoorbeeld uit geplakte "
        "tekst. Kijk of de tekst nog klopt."
    ),
}


def without_control_characters(text):
    """(the text without invisible control characters, whether any were taken out)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(
        character
        for character in text
        if character in KEPT_CONTROL_CHARACTERS
        or (unicodedata.category(character) not in ("Cc", "Cs") and character not in NON_CHARACTERS)
    )
    return kept, kept != text


class NoteText(forms.CharField):
    """A text of the note: control characters taken out (the form says so), a Dutch message
    for a text that is too long. No maxlength in the browser: a pasted text that is too long
    is kept whole and the message asks to shorten it, instead of being cut off unseen."""

    def __init__(self, label, max_length, *, help_text="", required=False, long=True):
        super().__init__(
            label=label,
            required=required,
            help_text=help_text,
            widget=forms.Textarea(attrs={"rows": 5}) if long else forms.TextInput(),
        )
        self.note_max_length = max_length
        self.kind = "textarea" if long else "text"
        self.validators = []  # Django's NUL check would refuse what to_python already removed

    def to_python(self, value):
        text, self.stripped = without_control_characters(str(value or ""))
        return super().to_python(text)

    def validate(self, value):
        if self.required and not value:
            raise forms.ValidationError(
                MESSAGES["required"].format(label=self.label), code="required"
            )
        if len(value) > self.note_max_length:
            raise forms.ValidationError(
                MESSAGES["max_length"].format(length=len(value), max_length=self.note_max_length),
                code="max_length",
            )


class NoteDate(forms.CharField):
    """The incident's date: a date field, or as Dutch people write it (20-10-2026)."""

    kind = "date"

    def __init__(self, label, *, help_text=""):
        super().__init__(label=label, help_text=help_text, required=False)
        self.validators = []

    def to_python(self, value):
        return str(value or "")

    def validate(self, value):
        """Checked in the form's clean_datum, which needs today."""


class IncidentNoteForm(forms.Form):
    datum = NoteDate("Datum", help_text="De dag van het incident, bijvoorbeeld 20-10-2026.")
    tijd = NoteText(
        "Tijd", 40, long=False, help_text="Zo precies als u het weet, bijvoorbeeld 14.30 uur."
    )
    plaats = NoteText(
        "Plaats",
        300,
        long=False,
        help_text="Het adres of de plek, bijvoorbeeld ‘balie 3, Stadskantoor’ of een straat.",
    )
    gebeurd = NoteText(
        "Wat er gebeurde",
        6000,
        required=True,
        help_text="In uw eigen woorden en in de volgorde waarin het gebeurde.",
    )
    gezegd = NoteText(
        "Wat er werd gezegd",
        3000,
        help_text=(
            "Schrijf de woorden zo precies mogelijk op, tussen aanhalingstekens. Ook scheldwoorden "
            "en dreigementen."
        ),
    )
    persoon = NoteText(
        "Hoe de persoon eruitzag",
        2000,
        help_text=(
            "Bijvoorbeeld lengte, kleding, haar, leeftijd, stem. Weet u de naam of het "
            "klantnummer? Schrijf dat er ook bij."
        ),
    )
    getuigen = NoteText(
        "Getuigen",
        1500,
        help_text="Wie het zagen of hoorden. Met hun naam of functie, als u die weet.",
    )
    letsel = NoteText(
        "Letsel en schade",
        2000,
        help_text="Bent u gewond geraakt? Is er iets kapot, zoals uw bril, telefoon of kleding?",
    )
    gedaan = NoteText(
        "Wat u deed",
        2000,
        help_text="Bijvoorbeeld: u liep weg, u belde 112, u haalde een collega.",
    )
    bewijs = NoteText(
        "Bewijs",
        2000,
        help_text=(
            "Welke screenshots, foto's, camerabeelden of berichten er zijn, en waar ze staan. "
            "Bij een screenshot: de datum en de link."
        ),
    )

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        # Each bound form gets its own fields; to_python notes on them what it took out.
        for field in self.fields.values():
            field.stripped = False

    def clean_datum(self):
        incident = parse_date(self.cleaned_data["datum"])
        if incident > self.today:
            raise forms.ValidationError(MESSAGES["future"], code="future")
        return incident

    @property
    def stripped_notices(self):
        """A message for each field that control characters were taken out of."""
        return [
            MESSAGES["stripped"].format(label=field.label)
            for name, field in self.fields.items()
            if getattr(field, "stripped", False) and name not in self.errors
        ]

    def state(self):
        """The cleaned note as plain strings, for the signed form field."""
        return {
            name: value.isoformat() if name == "datum" else value
            for name, value in self.cleaned_data.items()
        }


# The note travels in the form, signed, between the note on screen and its downloads -------------

STATE_FIELD = "verslag"
STATE_SALT = "whatnow.note.v1"
# Long enough to read the note, print it and download it the same day; an old page left open
# does not come back to life.
STATE_MAX_AGE_SECONDS = 12 * 60 * 60
# The longest note, every character an emoji, is well under this once signed.
STATE_MAX_LENGTH = 200_000

STATE_MESSAGES = {
    "expired": (
        "Deze pagina stond langer dan 12 uur open. Wij bewaren uw verslag niet, daarom is het "
        "vervallen. Vul het opnieuw in."
    ),
    "unreadable": (
        "Wij konden uw verslag niet lezen: de pagina is veranderd of beschadigd. Wij bewaren "
        "uw verslag niet. Vul het opnieuw in."
    ),
}


class StateProblem(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def dump_state(values):
    return signing.dumps(values, salt=STATE_SALT, compress=True)


def load_state(signed):
    """The note's values in the signed field; StateProblem with a Dutch message otherwise."""
    if not signed or len(signed) > STATE_MAX_LENGTH:
        raise StateProblem(STATE_MESSAGES["unreadable"])
    try:
        values = signing.loads(signed, salt=STATE_SALT, max_age=STATE_MAX_AGE_SECONDS)
    except signing.SignatureExpired:
        raise StateProblem(STATE_MESSAGES["expired"]) from None
    except (signing.BadSignature, ValueError):
        raise StateProblem(STATE_MESSAGES["unreadable"]) from None
    if not isinstance(values, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in values.items()
    ):
        raise StateProblem(STATE_MESSAGES["unreadable"])
    return values


# What the form's template shows of each field -----------------------------------------------


@dataclass(frozen=True)
class FieldView:
    name: str
    id: str
    kind: str  # date, text or textarea
    label: str
    help_text: str
    required: bool
    value: str
    error: str

    @property
    def described_by(self):
        ids = [f"{self.name}-uitleg"] if self.help_text else []
        return " ".join([*ids, f"{self.name}-fout"] if self.error else ids)


def field_views(form):
    """Each field with its label, help, first error and the value to show again. A value is
    shown without control characters: the reader could not find them to take them out."""
    views = []
    for bound in form:
        field = bound.field
        value, _ = without_control_characters(str(bound.value() or ""))
        errors = bound.errors if form.is_bound else []
        views.append(
            FieldView(
                name=bound.name,
                id=bound.id_for_label,
                kind=field.kind,
                label=str(field.label),
                help_text=str(field.help_text),
                required=field.required or field.kind == "date",
                value=value,
                error=errors[0] if errors else "",
            )
        )
    return views
