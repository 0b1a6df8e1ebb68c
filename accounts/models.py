from django.db import models


class PasswordResetRequest(models.Model):
    """One request for a password-reset mail, kept for the throttle window only.

    In the database rather than a per-process cache, so that the limit holds across all of
    gunicorn's workers without extra infrastructure.
    """

    client_address = models.GenericIPAddressField(null=True, blank=True)
    requested_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "aanvraag nieuw wachtwoord"
        verbose_name_plural = "aanvragen nieuw wachtwoord"
        indexes = [models.Index(fields=["client_address", "requested_at"])]

    def __str__(self):
        return f"{self.client_address} om {self.requested_at:%Y-%m-%d %H:%M}"
