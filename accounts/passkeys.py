"""Passkeys (WebAuthn) as a second step next to the authenticator app, on django-otp-webauthn.

The package does the cryptography and ships the browser script; we decide:
- a passkey is a second step only (no login without a password: the package's passwordless
  login is switched off in the settings);
- it is added from the editor's own page, so by someone fully logged in (the app comes first,
  at enrolment; the recovery codes stay the way back in);
- the relying party is the host the editor is on, so it works on every host in ALLOWED_HOSTS
  without one more setting;
- every ceremony leaves a line in the security trail, like the app's codes do.
"""

from django.db import transaction
from django.http.request import split_domain_port
from django.urls import path
from django.utils import formats, timezone
from django.views.i18n import JavaScriptCatalog
from django_otp_webauthn import views as webauthn_views
from django_otp_webauthn.helpers import WebAuthnHelper
from django_otp_webauthn.models import WebAuthnCredential

from .trail import record

# The package's script and template tag reverse these names.
app_name = "otp_webauthn"


def relying_party_id(request):
    """OTP_WEBAUTHN_RP_ID_CALLABLE: the host name the editor uses (checked by ALLOWED_HOSTS)."""
    domain, _port = split_domain_port(request.get_host())
    return domain


class PasskeyHelper(WebAuthnHelper):
    def get_allowed_origins(self):
        # The host was checked against ALLOWED_HOSTS; the browser puts its real origin in the
        # signed client data, so a passkey only works on the address it was made for.
        return [f"{self.request.scheme}://{self.request.get_host()}"]

    def create_credential(self, user, response, parsed_credential, original_data):
        device = super().create_credential(user, response, parsed_credential, original_data)
        added_on = formats.date_format(timezone.localdate(), "j F Y")
        device.name = f"Passkey van {added_on}"
        return device


class BeginRegistration(webauthn_views.BeginCredentialRegistrationView):
    pass


class CompleteRegistration(webauthn_views.CompleteCredentialRegistrationView):
    def post(self, *args, **kwargs):
        response = super().post(*args, **kwargs)
        if response.status_code == 200:
            record("2fa.passkey_added", self.request, self.request.user.get_username())
        return response


class BeginAuthentication(webauthn_views.BeginCredentialAuthenticationView):
    pass


class CompleteAuthentication(webauthn_views.CompleteCredentialAuthenticationView):
    def post(self, *args, **kwargs):
        username = self.request.user.get_username()
        response = super().post(*args, **kwargs)
        event = "2fa.verified" if response.status_code == 200 else "2fa.failed"
        record(event, self.request, username, method="passkey")
        return response


urlpatterns = [
    path("registreren/begin/", BeginRegistration.as_view(), name="credential-registration-begin"),
    path(
        "registreren/klaar/",
        CompleteRegistration.as_view(),
        name="credential-registration-complete",
    ),
    path(
        "inloggen/begin/",
        BeginAuthentication.as_view(),
        name="credential-authentication-begin",
    ),
    path(
        "inloggen/klaar/",
        CompleteAuthentication.as_view(),
        name="credential-authentication-complete",
    ),
    path(
        "teksten.js",
        JavaScriptCatalog.as_view(packages=["django_otp_webauthn"]),
        name="js-i18n-catalog",
    ),
]

# Reachable after the password but before the second step (see middleware.py).
SECOND_STEP_VIEWS = {
    f"{app_name}:credential-authentication-begin",
    f"{app_name}:credential-authentication-complete",
    f"{app_name}:js-i18n-catalog",
}


def passkeys_of(user):
    return list(WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by("created_at"))


def has_passkey(user):
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).exists()


@transaction.atomic
def remove(user, passkey_id):
    """Remove one of the user's own passkeys; False when it is not theirs (or gone already)."""
    deleted, _ = WebAuthnCredential.objects.filter(user=user, pk=passkey_id).delete()
    return bool(deleted)


def is_device_of_this_session(request, passkey_id):
    device = getattr(request.user, "otp_device", None)
    return isinstance(device, WebAuthnCredential) and str(device.pk) == str(passkey_id)


def remove_all(user):
    WebAuthnCredential.objects.filter(user=user).delete()
