"""The kinds of questions the steps ask, each with Dutch messages and the same checks.

Every text answer refuses control characters: they are not text a reader typed, and they could
upset the document writers or hide text in the draft.
"""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError

# Line breaks and tabs are fine in a longer answer; every other control character is not text.
ALLOWED_CONTROL_CHARACTERS = {"\n", "\r", "\t"}


def refuse_control_characters(value):
    if any(
        unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co")
        and character not in ALLOWED_CONTROL_CHARACTERS
        for character in str(value)
    ):
        raise ValidationError(
            "Dit antwoord bevat onzichtbare tekens die wij niet kunnen verwerken. "
            "Typ het antwoord opnieuw, zonder te plakken uit een ander programma.",
            code="control_characters",
        )


def text_field(label, max_length, *, help_text="", required=True, long=False):
    widget = forms.Textarea(attrs={"rows": 4}) if long else forms.TextInput()
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        widget=widget,
        validators=[refuse_control_characters],
        error_messages={
            "required": f"Vul ‘{label}’ in.",
            "max_length": (
                f"Dit antwoord is te lang. Gebruik hoogstens {max_length} tekens "
                "(nu %(show_value)d)."
            ),
        },
    )


def choice_field(label, choices, *, help_text="", required=True):
    return forms.ChoiceField(
        label=label,
        choices=choices,
        required=required,
        help_text=help_text,
        widget=forms.RadioSelect,
        error_messages={
            "required": f"Kies een antwoord bij ‘{label}’.",
            "invalid_choice": "Kies een van de antwoorden uit de lijst.",
        },
    )


def multiple_field(label, choices, *, help_text="", required=True):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=required,
        help_text=help_text,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": f"Kies minstens één antwoord bij ‘{label}’.",
            "invalid_choice": "Kies alleen antwoorden uit de lijst.",
        },
    )


def yes_field(label, help_text=""):
    return forms.BooleanField(label=label, required=False, help_text=help_text)
