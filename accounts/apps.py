from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Editor accounts: two-factor login, throttling, the admin allowlist and the security trail."""

    name = "accounts"
    verbose_name = "Accounts en inloggen"

    def ready(self):
        from . import trail  # noqa: F401 - connects the login signals to the trail
