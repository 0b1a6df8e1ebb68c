"""The admin's password-reset form is rate-limited per client address."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from accounts.models import PasswordResetRequest

from .factories import EditorFactory

pytestmark = pytest.mark.django_db


def ask_for_reset(client, email):
    return client.post("/admin/password_reset/", {"email": email})


def test_the_sixth_request_from_one_address_is_refused(client, settings, security_log):
    settings.PASSWORD_RESET_LIMIT = 5
    editor = EditorFactory()
    for _ in range(5):
        assert ask_for_reset(client, editor.email).status_code == 302
    assert len(mail.outbox) == 5

    response = ask_for_reset(client, editor.email)
    assert response.status_code == 429
    assert "<h1>Even wachten</h1>" in response.content.decode()
    assert len(mail.outbox) == 5
    assert len(security_log.of("password_reset.throttled")) == 1
    assert all(
        e["client_address"] == "198.51.100.7" for e in security_log.of("password_reset.requested")
    )

    # Another address may still ask; the form itself (GET) is never blocked.
    assert ask_for_reset(Client(REMOTE_ADDR="203.0.113.9"), editor.email).status_code == 302
    assert client.get("/admin/password_reset/").status_code == 200


def test_the_limit_ends_with_its_window(client, settings):
    settings.PASSWORD_RESET_LIMIT = 2
    for _ in range(2):
        ask_for_reset(client, "onbekend@example.nl")
    assert ask_for_reset(client, "onbekend@example.nl").status_code == 429

    PasswordResetRequest.objects.update(requested_at=timezone.now() - timedelta(minutes=16))
    assert ask_for_reset(client, "onbekend@example.nl").status_code == 302
    assert PasswordResetRequest.objects.count() == 1  # old rows are cleared as it goes
