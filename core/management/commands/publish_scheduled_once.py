"""Wagtail's publish_scheduled, at most once a minute however many schedulers run it; then the
mail that a down mail server did not take is sent again (operations/mail.py)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from core.scheduling import claim_minute


class Command(BaseCommand):
    help = (
        "Publiceert en depubliceert geplande pagina's (publish_scheduled), hoogstens één keer per "
        "minuut, ook als meer planners tegelijk draaien."
    )

    def handle(self, **options):
        if not claim_minute("publish_scheduled"):
            self.stdout.write("Deze minuut is al gedaan; niets te doen.")
            return
        call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
        call_command("send_queued_mail", stdout=self.stdout, stderr=self.stderr)
