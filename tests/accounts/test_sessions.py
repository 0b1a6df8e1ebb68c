"""Passwords, idle sessions, a password change, and the cookies of a login."""

from datetime import timedelta

import pytest
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.sessions.models import Session
from django.utils import timezone

from .factories import EditorFactory
from .helpers import log_in

pytestmark = pytest.mark.django_db


def test_a_password_needs_twelve_characters_and_passes_django_validators():
    editor = EditorFactory()

    def errors(password):
        form = SetPasswordForm(editor, {"new_password1": password, "new_password2": password})
        return form.errors.get("new_password2", [])

    assert any("12" in error for error in errors("Kort-ww-123"))  # 11 characters
    assert errors("qwerty123456")  # long enough, but a common password
    assert errors("123456789012345")  # only digits
    assert errors(f"{editor.username}xyz")  # too much like the username
    assert errors("Zeven-lange-zinnen") == []


def test_every_admin_request_moves_the_idle_end_of_the_session(client, settings):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600  # ADMIN_SESSION_IDLE_HOURS defaults to 8
    log_in(client, EditorFactory().username)
    session = Session.objects.get(session_key=client.session.session_key)
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() + timedelta(hours=1))

    assert client.get("/admin/").status_code == 200
    session.refresh_from_db()
    assert session.expire_date > timezone.now() + timedelta(hours=7, minutes=59)


def test_an_idle_session_ends(client):
    log_in(client, EditorFactory().username)
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_password_change_ends_the_other_sessions(client):
    editor = EditorFactory()
    log_in(client, editor.username)
    assert client.get("/admin/").status_code == 200

    editor.set_password("een-heel-ander-wachtwoord")
    editor.save()
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_login_cookies_are_httponly_and_samesite_lax(client):
    form = client.get("/admin/login/")
    assert form.cookies["csrftoken"]["httponly"]
    assert form.cookies["csrftoken"]["samesite"] == "Lax"

    response = log_in(client, EditorFactory().username)
    session_cookie = response.cookies["sessionid"]
    assert session_cookie["httponly"]
    assert session_cookie["samesite"] == "Lax"
