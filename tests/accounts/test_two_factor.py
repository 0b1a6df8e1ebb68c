"""Two-factor login through the real views, with enforcement on as in production."""

import re

import pytest
from django.test import override_settings
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from accounts import two_factor

from .factories import AppDeviceFactory, EditorFactory, SuperuserFactory, current_code
from .helpers import CLIENT_ADDRESS, log_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def enforced(settings):
    """As in production. Without the throttle, a wrong code may be followed by a right one."""
    settings.ADMIN_REQUIRE_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def test_password_alone_does_not_open_the_admin_and_leads_to_enrolment(client):
    editor = EditorFactory()
    response = log_in(client, editor.username)
    assert response.status_code == 302

    response = client.get("/admin/pages/", REMOTE_ADDR=CLIENT_ADDRESS)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/tweestapsverificatie/koppelen/")
    assert "next=/admin/pages/" in response["Location"]


def test_enrolment_shows_a_qr_code_made_here_and_confirms_with_a_code(client, security_log):
    editor = EditorFactory()
    log_in(client, editor.username)

    response = client.get("/admin/tweestapsverificatie/koppelen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Tweestapsverificatie instellen</h1>" in html
    assert "<svg" in html  # the QR code, inline: nothing is fetched from another host
    # Nothing is loaded from elsewhere (Wagtail's <noscript> text links out, which loads nothing).
    assert not re.search(r'src="(https?:)?//', html)
    assert not re.search(r'<link[^>]+href="(https?:)?//', html)
    assert "no-store" in response["Cache-Control"]  # the secret key is never kept by a cache

    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    # Reloading keeps the same key, so a code from the app just scanned still fits.
    client.get("/admin/tweestapsverificatie/koppelen/")
    assert TOTPDevice.objects.filter(user=editor).count() == 1

    wrong = client.post("/admin/tweestapsverificatie/koppelen/", {"code": "000000"})
    assert "Deze code klopt niet" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    response = client.post(
        "/admin/tweestapsverificatie/koppelen/",
        {"code": current_code(device), "next": "/admin/pages/"},
    )
    assert response.status_code == 200
    codes = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    assert len(codes) == 10 and len(set(codes)) == 10
    assert set(
        StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    ) == set(codes)
    assert client.get("/admin/").status_code == 200

    device.refresh_from_db()
    assert device.confirmed
    [enrolled] = security_log.of("2fa.enrolled")
    assert enrolled["username"] == editor.username
    assert enrolled["client_address"] == CLIENT_ADDRESS


def test_second_step_with_the_app_code(client, security_log):
    device = AppDeviceFactory()
    log_in(client, device.user.username)

    response = client.get("/admin/pages/")
    assert response["Location"].startswith("/admin/tweestapsverificatie/?next=")

    page = client.get("/admin/tweestapsverificatie/?next=/admin/pages/")
    assert "<h1>Inloggen: tweede stap</h1>" in page.content.decode()

    wrong = client.post("/admin/tweestapsverificatie/", {"code": "123456", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert "Deze code klopt niet" in wrong.content.decode()
    assert client.get("/admin/pages/").status_code == 302

    right = client.post(
        "/admin/tweestapsverificatie/", {"code": current_code(device), "next": "/admin/pages/"}
    )
    assert right.status_code == 302
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200

    assert [e["username"] for e in security_log.of("2fa.failed")] == [device.user.username]
    assert [e["username"] for e in security_log.of("2fa.verified")] == [device.user.username]
    for fields in security_log.events:
        assert current_code(device) not in str(fields.values())
        assert "123456" not in str(fields.values())


def test_second_step_refuses_to_send_the_editor_to_another_host(client):
    device = AppDeviceFactory()
    log_in(client, device.user.username)
    response = client.post(
        "/admin/tweestapsverificatie/",
        {"code": current_code(device), "next": "https://elders.example/"},
    )
    assert response["Location"] == "/admin/"


def test_a_recovery_code_works_once(client, security_log):
    device = AppDeviceFactory()
    codes = two_factor.new_recovery_codes(device.user)

    log_in(client, device.user.username)
    response = client.post("/admin/tweestapsverificatie/", {"code": codes[0].upper()})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    [used] = security_log.of("2fa.recovery_code_used")
    assert used["recovery_codes_left"] == 9

    client.post("/admin/logout/")
    log_in(client, device.user.username)
    again = client.post("/admin/tweestapsverificatie/", {"code": codes[0]})
    assert again.status_code == 200
    assert "Deze code klopt niet" in again.content.decode()
    assert client.get("/admin/").status_code == 302


def test_own_page_makes_new_recovery_codes_and_the_old_ones_stop_working(client):
    device = AppDeviceFactory()
    old_codes = two_factor.new_recovery_codes(device.user)
    log_in(client, device.user.username)
    client.post("/admin/tweestapsverificatie/", {"code": current_code(device)})

    page = client.get("/admin/tweestapsverificatie/beheer/")
    assert "nog 10 herstelcodes" in page.content.decode()
    response = client.post("/admin/tweestapsverificatie/beheer/")
    new_codes = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    assert len(new_codes) == 10
    assert not set(old_codes) & set(
        StaticToken.objects.filter(device__user=device.user).values_list("token", flat=True)
    )


def test_an_enrolled_editor_cannot_replace_the_app_with_the_password_alone(client):
    device = AppDeviceFactory()
    log_in(client, device.user.username)
    response = client.get("/admin/tweestapsverificatie/koppelen/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/tweestapsverificatie/?next=")
    assert not TOTPDevice.objects.filter(user=device.user, confirmed=False).exists()


def _verified_superuser_client(client):
    device = AppDeviceFactory(user=SuperuserFactory())
    log_in(client, device.user.username)
    client.post("/admin/tweestapsverificatie/", {"code": current_code(device)})
    return device.user


def test_superuser_resets_the_second_factor_of_another_user(client, security_log):
    superuser = _verified_superuser_client(client)
    lost = AppDeviceFactory()
    two_factor.new_recovery_codes(lost.user)

    confirm = client.get(f"/admin/tweestapsverificatie/wissen/{lost.user.pk}/")
    assert confirm.status_code == 200
    assert "Ja, wissen" in confirm.content.decode()

    response = client.post(f"/admin/tweestapsverificatie/wissen/{lost.user.pk}/")
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=lost.user).exists()
    assert not StaticToken.objects.filter(device__user=lost.user).exists()

    [reset] = security_log.of("2fa.reset")
    assert reset["username"] == lost.user.username
    assert reset["reset_by"] == superuser.username
    assert ModelLogEntry.objects.filter(
        action="accounts.2fa_reset", object_id=str(lost.user.pk)
    ).exists()

    # The user listing offers the reset to the superuser.
    listing = client.get("/admin/users/")
    assert f"/admin/tweestapsverificatie/wissen/{lost.user.pk}/" in listing.content.decode()


def test_an_editor_cannot_reset_someone_else(client):
    device = AppDeviceFactory()
    log_in(client, device.user.username)
    client.post("/admin/tweestapsverificatie/", {"code": current_code(device)})
    other = AppDeviceFactory()

    response = client.post(f"/admin/tweestapsverificatie/wissen/{other.user.pk}/")
    assert response.status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=other.user).exists()


@override_settings(ADMIN_REQUIRE_2FA=False)
def test_with_the_demo_setting_the_password_is_enough(client):
    editor = EditorFactory()
    log_in(client, editor.username)
    assert client.get("/admin/").status_code == 200


def test_the_public_site_is_not_affected(client, home_page):
    editor = EditorFactory()
    log_in(client, editor.username)
    assert client.get(home_page.url).status_code == 200


def test_after_too_many_wrong_codes_the_editor_is_told_to_wait_not_that_a_right_code_is_wrong(
    client, settings
):
    """Issue 25: while django-otp throttles, even the right code is refused; saying "Deze code
    klopt niet" then made editors doubt their phone's clock."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 10  # seconds, doubled after each failure
    device = AppDeviceFactory()
    log_in(client, device.user.username)
    first = client.post("/admin/tweestapsverificatie/", {"code": "000000", "next": "/admin/"})
    assert "Deze code klopt niet" in first.content.decode()  # and the wait starts
    right = client.post(
        "/admin/tweestapsverificatie/", {"code": current_code(device), "next": "/admin/"}
    )
    page = right.content.decode()
    assert right.status_code == 200 and "Deze code klopt niet" not in page
    assert "Wacht nog" in page and "ook een goede code niet" in page
