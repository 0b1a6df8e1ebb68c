"""The security trail: one structured log line per login, failure, lockout and two-factor event.

Each line names the event, the username and the client address, never a password, code or token.
Wagtail's own audit log (page and user changes) stays on beside it.
"""

import logging

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from .client_address import client_address

logger = logging.getLogger("veiligpubliek.security")


def record(event, request=None, username="", **details):
    fields = {
        "event": event,
        "username": username,
        "client_address": client_address(request) if request is not None else "",
        **details,
    }
    # Formatted as one JSON line by operations.json_logging.JsonFormatter (see LOGGING).
    logger.info(event, extra={"fields": fields})


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    record("login.succeeded", request, user.get_username())


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    # Django has already masked the password in credentials; only the username is kept.
    record("login.failed", request, credentials.get("username", ""))


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    record("logout", request, user.get_username() if user else "")


@receiver(user_locked_out)
def _locked_out(sender, request, username, ip_address, **kwargs):
    record("login.locked_out", request, username or "")
