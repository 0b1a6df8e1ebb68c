from django.apps import AppConfig


class LinksConfig(AppConfig):
    name = "links"
    verbose_name = "Linkcontrole"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401 - remembers links to deleted targets; new addresses
        from .objects import index_references

        index_references()
