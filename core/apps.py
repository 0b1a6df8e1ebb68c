from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app of the site shares: blocks, rich text, navigation, metadata, error pages."""

    name = "core"
    verbose_name = "Kern"

    def ready(self):
        from . import launch  # noqa: F401 - registers the deploy check on example addresses
