from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    name = "compliance"
    verbose_name = "Verantwoording (toegankelijkheid en Woo)"
