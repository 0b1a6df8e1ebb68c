from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app of the site shares: blocks, rich text, navigation, metadata, error pages."""

    name = "core"
    verbose_name = "Kern"
