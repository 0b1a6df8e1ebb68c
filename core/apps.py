from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app of the site shares: blocks, rich text, navigation, metadata, error pages."""

    name = "core"
    verbose_name = "Kern"

    def ready(self):
        from wagtail.models import Page

        from .cache import purge, restrictions
        from .panels import PublishingSchedulePanel

        purge.connect()
        restrictions.install()

        # Every page type shows its go-live date on the Eigenschappen (promote) tab. Page types
        # inherit promote_panels from Page; the admin builds its forms from them later, on first
        # use, so setting it here reaches every page type, also ones added later.
        Page.promote_panels = [
            *Page.promote_panels,
            PublishingSchedulePanel(heading="Publicatieplanning"),
        ]
