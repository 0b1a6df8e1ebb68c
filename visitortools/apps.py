from django.apps import AppConfig


class VisitorToolsConfig(AppConfig):
    """What the visitor tools share: their base page, teaser, PDF set-up and private answers."""

    name = "visitortools"
    verbose_name = "Bezoekershulpmiddelen"
