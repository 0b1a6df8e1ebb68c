"""Login throttling (django-axes) through the real login form, as production runs it."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone

from .factories import PASSWORD, EditorFactory, SuperuserFactory
from .helpers import CLIENT_ADDRESS, log_in

pytestmark = pytest.mark.django_db

PROXY = "127.0.0.1"


@pytest.fixture(autouse=True)
def throttled(settings):
    settings.AXES_ENABLED = True


def fail_five_times(client, username, address=CLIENT_ADDRESS, **headers):
    for attempt in range(1, 6):
        response = log_in(client, username, "fout-wachtwoord", address=address, **headers)
        # The form again with Wagtail's own message; the fifth failure already tells of the lock.
        assert response.status_code == (429 if attempt == 5 else 200)


def test_after_five_failures_even_the_right_password_is_refused_in_dutch(client, security_log):
    editor = EditorFactory()
    fail_five_times(client, editor.username)

    response = log_in(client, editor.username, PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "<h1>Inloggen lukt even niet</h1>" in html
    assert "15 minuten" in html
    assert "_auth_user_id" not in client.session

    failed = security_log.of("login.failed")
    assert len(failed) >= 5
    assert {f["username"] for f in failed} == {editor.username}
    assert {f["client_address"] for f in failed} == {CLIENT_ADDRESS}
    assert security_log.of("login.locked_out")
    for fields in security_log.events:
        assert "fout-wachtwoord" not in str(fields) and PASSWORD not in str(fields)


def test_the_lockout_page_is_the_same_for_an_account_that_does_not_exist(client):
    editor = EditorFactory()
    fail_five_times(client, editor.username)
    existing = log_in(client, editor.username, PASSWORD)

    fail_five_times(client, "bestaat-niet")
    unknown = log_in(client, "bestaat-niet", PASSWORD)

    assert existing.status_code == unknown.status_code == 429
    # Byte for byte the same, apart from the admin's per-response CSRF token.
    assert without_csrf_token(existing) == without_csrf_token(unknown)


def without_csrf_token(response):
    return re.sub(rb"CSRF_TOKEN[^,]*,", b"", response.content)


def test_the_lock_is_for_one_username_from_one_address(client):
    editor = EditorFactory()
    fail_five_times(client, editor.username)
    assert log_in(Client(), editor.username, address="203.0.113.9").status_code == 302
    other = EditorFactory()
    assert log_in(client, other.username).status_code == 302


def test_the_lock_ends_after_the_cool_off(client, settings):
    settings.AXES_COOLOFF_TIME = timedelta(minutes=15)
    editor = EditorFactory()
    fail_five_times(client, editor.username)
    assert log_in(client, editor.username).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert log_in(client, editor.username).status_code == 302


def test_behind_the_proxy_the_forwarded_address_is_locked(client):
    editor = EditorFactory()
    fail_five_times(client, editor.username, address=PROXY, HTTP_X_FORWARDED_FOR=CLIENT_ADDRESS)
    assert AccessAttempt.objects.get().ip_address == CLIENT_ADDRESS

    # Another visitor through the same proxy is not locked out...
    behind_proxy = log_in(
        Client(), editor.username, address=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.9"
    )
    assert behind_proxy.status_code == 302
    # ...and the locked visitor cannot escape by writing another address in front.
    spoofed = log_in(
        Client(),
        editor.username,
        address=PROXY,
        HTTP_X_FORWARDED_FOR=f"203.0.113.50, {CLIENT_ADDRESS}",
    )
    assert spoofed.status_code == 429


def test_a_forwarded_header_from_an_untrusted_address_is_ignored(client):
    editor = EditorFactory()
    for n in range(5):
        log_in(client, editor.username, "fout", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    assert log_in(client, editor.username, HTTP_X_FORWARDED_FOR="203.0.113.99").status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {CLIENT_ADDRESS}


def test_a_superuser_sees_and_lifts_a_lockout(client, security_log):
    editor = EditorFactory()
    fail_five_times(client, editor.username)

    admin = Client(REMOTE_ADDR="192.0.2.1")
    superuser = SuperuserFactory()
    admin.force_login(superuser)
    page = admin.get("/admin/inlogblokkades/")
    assert page.status_code == 200
    assert editor.username in page.content.decode()
    attempt = AccessAttempt.objects.get(username=editor.username)

    response = admin.post(f"/admin/inlogblokkades/{attempt.pk}/opheffen/")
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert "Er is nu niemand geblokkeerd" in admin.get("/admin/inlogblokkades/").content.decode()
    [lifted] = security_log.of("login.lockout_lifted")
    assert lifted["lifted_by"] == superuser.username

    assert log_in(client, editor.username).status_code == 302


def test_lockouts_are_for_administrators_only(client):
    editor = EditorFactory()
    fail_five_times(client, editor.username)
    attempt = AccessAttempt.objects.get()

    colleague = Client()
    colleague.force_login(EditorFactory())
    assert colleague.get("/admin/inlogblokkades/").status_code in (302, 403)
    colleague.post(f"/admin/inlogblokkades/{attempt.pk}/opheffen/")
    assert AccessAttempt.objects.exists()

    # A group with the permission, as a superuser can give it to BZK's administrators.
    administrators = Group.objects.create(name="Beheer BZK")
    administrators.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="axes", codename="delete_accessattempt"),
    )
    bzk_admin = EditorFactory(admin_access=False)
    bzk_admin.groups.add(administrators)
    allowed = Client()
    allowed.force_login(bzk_admin)
    assert allowed.get("/admin/inlogblokkades/").status_code == 200
