"""Deletes visitors' comments older than FEEDBACK_COMMENT_RETENTION_DAYS; the yes or no stays.
Run once a day by the scheduler (core's publish_scheduled_once)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from feedback.models import PageFeedback


class Command(BaseCommand):
    help = (
        "Verwijdert de toelichtingen van bezoekers die ouder zijn dan "
        "FEEDBACK_COMMENT_RETENTION_DAYS dagen; het antwoord ja of nee blijft staan."
    )

    def handle(self, **options):
        deleted = PageFeedback.objects.delete_old_comments()
        days = settings.FEEDBACK_COMMENT_RETENTION_DAYS
        self.stdout.write(
            f"{deleted} toelichting(en) van bezoekers verwijderd (ouder dan {days} dagen)."
        )
