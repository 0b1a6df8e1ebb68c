from django import forms


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=20,
        help_text="De 6 cijfers uit uw authenticator-app, of een van uw herstelcodes.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
        error_messages={"required": "Vul de code in."},
    )


class AppCodeForm(CodeForm):
    code = forms.CharField(
        label="Code uit de app",
        max_length=10,
        help_text="De 6 cijfers die de app nu laat zien.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        error_messages={"required": "Vul de code uit de app in."},
    )
