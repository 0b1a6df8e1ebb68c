from django.apps import AppConfig


class DemoContentConfig(AppConfig):
    """The demo content: the loader, its command and the seeder of a large site."""

    name = "democontent"
    verbose_name = "Democontent"
