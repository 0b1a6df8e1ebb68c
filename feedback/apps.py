from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = "Reacties van bezoekers"
    default_auto_field = "django.db.models.BigAutoField"
