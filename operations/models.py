"""Mail that could not be sent yet (operations/mail.py)."""

from django.db import models


class QueuedMail(models.Model):
    """A message the mail server did not take; sent again by `send_queued_mail` (every minute
    from the scheduler) until it goes, so that a down mail server loses nothing."""

    created_at = models.DateTimeField("aangemaakt", auto_now_add=True)
    subject = models.CharField("onderwerp", max_length=998, blank=True)
    from_email = models.CharField("afzender", max_length=320)
    recipients = models.JSONField("ontvangers")
    message = models.BinaryField("bericht")
    attempts = models.PositiveIntegerField("pogingen", default=1)
    last_error = models.TextField("laatste fout", blank=True)

    class Meta:
        verbose_name = "wachtend bericht"
        verbose_name_plural = "wachtende berichten"
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.subject} ({', '.join(self.recipients)})"
