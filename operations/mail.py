"""Mail that survives a down mail server.

ResilientSMTPBackend is Django's SMTP backend, except that a message the server does not take
(connection refused, timeout, a temporary refusal) is kept in the database (QueuedMail) and logged,
and the sender goes on as if it was sent: a reviewer's approval, a workflow step or a password
reset never fails because of the mail server. `send_queued_mail` (run every minute by the
scheduler, after publish_scheduled_once) sends the kept messages again, oldest first.
"""

import contextlib
import logging
import smtplib

from django.core.mail.backends.smtp import EmailBackend

from .models import QueuedMail

logger = logging.getLogger(__name__)

MAIL_ERRORS = (OSError, smtplib.SMTPException)


class ResilientSMTPBackend(EmailBackend):
    def send_messages(self, email_messages):
        if not email_messages:
            return 0
        sent = 0
        try:
            new_connection = self.open()
        except MAIL_ERRORS as error:
            for message in email_messages:
                queue(message, error)
            return len(email_messages)
        try:
            for message in email_messages:
                try:
                    if self._send(message):
                        sent += 1
                except MAIL_ERRORS as error:
                    queue(message, error)
                    sent += 1
        finally:
            if new_connection:
                with contextlib.suppress(*MAIL_ERRORS):
                    self.close()
        return sent


def queue(message, error):
    recipients = message.recipients()
    QueuedMail.objects.create(
        subject=str(message.subject)[:998],
        from_email=message.from_email,
        recipients=recipients,
        message=message.message().as_bytes(linesep="\r\n"),
        last_error=f"{type(error).__name__}: {error}"[:2000],
    )
    logger.warning(
        "Mail not sent, kept to send again: %r to %s (%s)",
        message.subject,
        ", ".join(recipients),
        type(error).__name__,
    )


def send_queued(limit=100):
    """Send the kept messages again; returns (sent, still waiting)."""
    waiting = list(QueuedMail.objects.order_by("created_at")[:limit])
    if not waiting:
        return 0, 0
    backend = EmailBackend(fail_silently=False)
    sent = 0
    try:
        backend.open()
    except MAIL_ERRORS as error:
        QueuedMail.objects.filter(pk__in=[mail.pk for mail in waiting]).update(
            last_error=f"{type(error).__name__}: {error}"[:2000]
        )
        return 0, QueuedMail.objects.count()
    try:
        for mail in waiting:
            try:
                backend.connection.sendmail(mail.from_email, mail.recipients, bytes(mail.message))
            except MAIL_ERRORS as error:
                mail.attempts += 1
                mail.last_error = f"{type(error).__name__}: {error}"[:2000]
                mail.save(update_fields=["attempts", "last_error"])
                continue
            mail.delete()
            sent += 1
    finally:
        with contextlib.suppress(*MAIL_ERRORS):
            backend.close()
    return sent, QueuedMail.objects.count()
