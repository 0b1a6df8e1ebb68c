from django.apps import AppConfig


class LegacyConfig(AppConfig):
    name = "legacy"
    verbose_name = "Oude adressen (agressievrijwerk.nl)"

    def ready(self):
        from legacy import admin_forms, checks  # noqa: F401 - checks registers itself

        admin_forms.install()
