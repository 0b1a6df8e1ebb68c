from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """What operators run: health endpoints, the JSON log format, the once-a-minute jobs."""

    name = "operations"
    verbose_name = "Beheer"
