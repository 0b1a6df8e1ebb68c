from django.apps import AppConfig


class PracticeConfig(AppConfig):
    name = "practice"
    verbose_name = "Ervaringen uit de praktijk"

    def ready(self):
        from . import roles  # noqa: F401 - connects the signal that sets up a new section
