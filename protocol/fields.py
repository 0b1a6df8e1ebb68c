"""The kinds of questions the steps ask, each with Dutch messages and the same checks.

Every text answer refuses invisible characters that are not text a reader typed: control
characters, direction overrides that show text in another order than it is stored, zero-width
spaces. They could upset the document writers or hide text in the draft. What a reader does
paste without meaning harm passes: an emoji made of several characters joined by a zero-width
joiner (a family, a flag, a skin tone) and Word's soft hyphens, which are left out (they only
say where a word may break).
"""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError

from visitortools.emoji import holds_emoji_together

from .choices import ROLE_BY_KEY

# Line breaks and tabs are fine in a longer answer; every other control character is not text.
ALLOWED_CONTROL_CHARACTERS = {"\n", "\r", "\t"}
SOFT_HYPHEN = "\u00ad"


def is_hidden_trick(value, index):
    character = value[index]
    if character in ALLOWED_CONTROL_CHARACTERS:
        return False
    if unicodedata.category(character) not in ("Cc", "Cf", "Cs", "Co"):
        return False
    return not holds_emoji_together(value, index)


def refuse_control_characters(value):
    value = str(value)
    if any(is_hidden_trick(value, index) for index in range(len(value))):
        raise ValidationError(
            "Dit antwoord bevat onzichtbare tekens die wij niet kunnen verwerken. "
            "Typ het antwoord opnieuw, zonder te plakken uit een ander programma.",
            code="control_characters",
        )


class PastedTextField(forms.CharField):
    """A text answer without Word's soft hyphens: invisible hints where a word may break,
    which would otherwise end up in the middle of words in the draft's sentences."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace(SOFT_HYPHEN, "")


def text_field(label, max_length, *, help_text="", required=True, long=False):
    widget = forms.Textarea(attrs={"rows": 4}) if long else forms.TextInput()
    return PastedTextField(
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


class RoleChoiceField(forms.ChoiceField):
    """A choice among the roles the organisation named at step 2. A role chosen here and then
    left empty at step 2 gets a message that says so, instead of "choose from the list"."""

    def validate(self, value):
        if value in ROLE_BY_KEY and not self.valid_value(value):
            raise ValidationError(
                f"U koos hier eerder ‘{ROLE_BY_KEY[value].label}’, maar die rol is bij stap 2 "
                "(Rollen) leeg gemaakt. Kies hier een andere rol, of vul de rol weer in bij "
                "stap 2.",
                code="role_left_out",
            )
        super().validate(value)


def role_field(label, *, help_text=""):
    return RoleChoiceField(
        label=label,
        choices=[],
        help_text=help_text,
        widget=forms.RadioSelect,
        error_messages={
            "required": f"Kies een antwoord bij ‘{label}’.",
            "invalid_choice": "Kies een van de rollen uit de lijst.",
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
