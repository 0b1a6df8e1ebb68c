from django import forms
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=20,
        help_text="De 6 cijfers uit je authenticator-app, of een van je herstelcodes.",
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


class LoginForm(WagtailLoginForm):
    """Wagtail's login form, with a Dutch label for the password (Wagtail gives it none, so it
    showed "Password")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = "Wachtwoord"
