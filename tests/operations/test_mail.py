"""A down mail server loses nothing (operations/mail.py), tried with a real SMTP server on this
machine (aiosmtpd) that is first not there and then starts."""

from contextlib import contextmanager

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Sink
from django.core import mail
from django.core.management import call_command
from django.test import Client

from operations.models import QueuedMail
from tests.core.factories import UserFactory
from tests.ports import unused_port

pytestmark = pytest.mark.django_db


class Collecting(Sink):
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp(settings):
    """The production backend, pointed at a port where no mail server runs yet."""
    settings.EMAIL_BACKEND = "operations.mail.ResilientSMTPBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = unused_port()
    settings.EMAIL_TIMEOUT = 2
    return settings


@contextmanager
def mail_server(port):
    """A real SMTP server on `port` for the length of the block; yields what it received."""
    handler = Collecting()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


def test_a_password_reset_succeeds_while_the_mail_server_is_down_and_is_sent_later(smtp):
    UserFactory(username="redacteur", email="redacteur@example.nl")
    response = Client().post("/admin/password_reset/", {"email": "redacteur@example.nl"})
    assert response.status_code == 302  # the editor is told the mail is on its way
    kept = QueuedMail.objects.get()
    assert kept.recipients == ["redacteur@example.nl"]
    assert "ConnectionRefusedError" in kept.last_error

    # Still down: the scheduler's attempt keeps it.
    call_command("send_queued_mail")
    assert QueuedMail.objects.count() == 1

    with mail_server(smtp.EMAIL_PORT) as handler:
        call_command("send_queued_mail")
    assert QueuedMail.objects.count() == 0
    [received] = handler.messages
    assert received.rcpt_tos == ["redacteur@example.nl"]
    assert b"/admin/password_reset/confirm/" in received.content


def test_mail_goes_straight_out_when_the_server_is_up(smtp):
    with mail_server(smtp.EMAIL_PORT) as handler:
        sent = mail.send_mail("Onderwerp", "Tekst", "site@example.nl", ["a@example.nl"])
    assert sent == 1
    assert QueuedMail.objects.count() == 0
    assert [m.rcpt_tos for m in handler.messages] == [["a@example.nl"]]


def test_the_scheduler_sends_kept_mail_every_minute(smtp):
    mail.send_mail("Goedgekeurd", "Uw voorbeeld staat online.", "site@example.nl", ["b@example.nl"])
    assert QueuedMail.objects.count() == 1
    with mail_server(smtp.EMAIL_PORT) as handler:
        call_command("publish_scheduled_once")
    assert QueuedMail.objects.count() == 0
    assert handler.messages[0].rcpt_tos == ["b@example.nl"]
