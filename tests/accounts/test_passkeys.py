"""Passkeys next to the app: who may start which ceremony, and removing one's own passkeys.

The ceremonies themselves run in Chromium with a virtual authenticator
(tests/browser/test_passkeys.py); here the rules around them, with the second step enforced.
"""

import pytest
from django_otp_webauthn.models import WebAuthnCredential

from accounts import two_factor

from .factories import AppDeviceFactory, EditorFactory, current_code
from .helpers import log_in

pytestmark = pytest.mark.django_db

BEGIN_LOGIN = "/admin/passkeys/inloggen/begin/"
BEGIN_REGISTRATION = "/admin/passkeys/registreren/begin/"
MANAGE = "/admin/tweestapsverificatie/beheer/"


@pytest.fixture(autouse=True)
def enforced(settings):
    settings.ADMIN_REQUIRE_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def passkey_of(user, name="Passkey van 1 december 2026"):
    return WebAuthnCredential.objects.create(
        user=user,
        name=name,
        confirmed=True,
        credential_id=f"id-{user.pk}-{name}".encode(),
        public_key=b"not used here",
        sign_count=0,
    )


def verified(client, device):
    log_in(client, device.user.username)
    response = client.post("/admin/tweestapsverificatie/", {"code": current_code(device)})
    assert response.status_code == 302


def test_nobody_logs_in_with_a_passkey_alone(client):
    response = client.post(BEGIN_LOGIN, HTTP_ACCEPT="application/json")
    assert response.status_code == 403
    assert response.json()["code"] == "passwordless_login_disabled"


def test_after_the_password_the_passkey_step_starts_for_that_user_only(client):
    device = AppDeviceFactory()
    passkey_of(device.user)
    log_in(client, device.user.username)
    response = client.post(BEGIN_LOGIN, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    allowed = response.json()["allowCredentials"]
    assert len(allowed) == 1  # the editor's own passkey, no one else's


def test_the_password_alone_cannot_add_a_passkey(client):
    """Otherwise a stolen password would be enough to add the thief's own second factor."""
    device = AppDeviceFactory()
    log_in(client, device.user.username)
    response = client.post(BEGIN_REGISTRATION, HTTP_ACCEPT="application/json")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/tweestapsverificatie/?next=")
    assert client.post(BEGIN_REGISTRATION).status_code == 302


def test_fully_logged_in_an_editor_may_start_adding_a_passkey(client):
    device = AppDeviceFactory()
    verified(client, device)
    response = client.post(BEGIN_REGISTRATION, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    # The host the editor is on, without a port; the site's name as the browser shows it.
    assert response.json()["rp"] == {"name": "Veilige publieke dienstverlening", "id": "testserver"}


def test_the_second_step_offers_the_passkey_only_to_who_has_one(client):
    device = AppDeviceFactory()
    log_in(client, device.user.username)
    page = client.get("/admin/tweestapsverificatie/").content.decode()
    assert "passkey-verification-button" not in page
    passkey_of(device.user)
    page = client.get("/admin/tweestapsverificatie/").content.decode()
    assert 'id="passkey-verification-button"' in page
    assert "otp_webauthn_auth.js" in page


def test_the_own_page_lists_and_removes_own_passkeys_only(client, security_log):
    device = AppDeviceFactory()
    laptop = passkey_of(device.user, "Laptop")
    passkey_of(device.user, "Telefoon")
    someone_else = passkey_of(EditorFactory(), "Van iemand anders")
    verified(client, device)
    page = client.get(MANAGE).content.decode()
    assert "Laptop" in page and "Telefoon" in page and "Van iemand anders" not in page

    response = client.post(
        MANAGE, {"action": "remove_passkey", "passkey": someone_else.pk}, follow=True
    )
    assert "Deze passkey bestaat niet (meer)" in response.content.decode()
    assert WebAuthnCredential.objects.filter(pk=someone_else.pk).exists()

    response = client.post(MANAGE, {"action": "remove_passkey", "passkey": laptop.pk}, follow=True)
    assert "De passkey is verwijderd" in response.content.decode()
    assert list(
        WebAuthnCredential.objects.filter(user=device.user).values_list("name", flat=True)
    ) == ["Telefoon"]
    assert security_log.of("2fa.passkey_removed")[0]["username"] == device.user.username


def test_a_superusers_reset_removes_the_passkeys_too():
    device = AppDeviceFactory()
    passkey_of(device.user)
    two_factor.reset(device.user)
    assert not WebAuthnCredential.objects.filter(user=device.user).exists()
