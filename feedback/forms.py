"""The two small forms of the feedback: the answer, and the comment after "Nee"."""

from django import forms

from .models import COMMENT_MAX_LENGTH

ANSWERS = {"ja": True, "nee": False}


class AnswerForm(forms.Form):
    pagina = forms.IntegerField(min_value=1)
    antwoord = forms.ChoiceField(choices=[(answer, answer) for answer in ANSWERS])

    @property
    def useful(self):
        return ANSWERS[self.cleaned_data["antwoord"]]


class CommentForm(forms.Form):
    reactie = forms.CharField(max_length=200)
    toelichting = forms.CharField(
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        strip=True,
        error_messages={
            "max_length": f"Uw toelichting is te lang. Schrijf hoogstens {COMMENT_MAX_LENGTH} tekens."
        },
    )
