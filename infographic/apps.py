from django.apps import AppConfig


class InfographicConfig(AppConfig):
    name = "infographic"
    verbose_name = "Infographic"
