from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = "Reacties van bezoekers"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Every page model is known by now and no edit handler has been built yet (Wagtail
        # builds and caches them on first use).
        from wagtail.models import get_page_models

        from .panels import add_feedback_tab

        add_feedback_tab(get_page_models())
