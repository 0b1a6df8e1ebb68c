"""Wagtail's publish_scheduled, at most once a minute however many schedulers run it; once a day
the review reminders (editorial/reminders.py), the deletion of visitors' old comments (feedback/)
and, at night, the external link check (links/external.py); then the mail that a down mail server
did not take is sent again (operations/mail.py)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from core.scheduling import claim_day, claim_minute, scheduled_now

# Reminders go out in the morning, when owners read them, not at midnight.
REVIEW_REMINDERS_FROM_HOUR = 7
# External links are checked at night, when a run of a minute or two delays no editor's work.
EXTERNAL_LINK_CHECK_FROM_HOUR = 3


class Command(BaseCommand):
    help = (
        "Publiceert en depubliceert geplande pagina's (publish_scheduled), hoogstens één keer per "
        "minuut, ook als meer planners tegelijk draaien."
    )

    def handle(self, **options):
        if not claim_minute("publish_scheduled"):
            self.stdout.write("Deze minuut is al gedaan; niets te doen.")
            return
        to_publish, to_unpublish = scheduled_now()
        call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
        # Wagtail's command says nothing when it publishes; the operator's log should.
        for title in to_publish:
            self.stdout.write(f"Gepubliceerd volgens planning: {title}")
        for title in to_unpublish:
            self.stdout.write(f"Gedepubliceerd, want verlopen: {title}")
        if not (to_publish or to_unpublish):
            self.stdout.write("Niets te publiceren of te depubliceren.")
        if claim_day("send_review_reminders", from_hour=REVIEW_REMINDERS_FROM_HOUR):
            call_command("send_review_reminders", stdout=self.stdout, stderr=self.stderr)
        if claim_day("delete_old_feedback_comments"):
            call_command("delete_old_feedback_comments", stdout=self.stdout, stderr=self.stderr)
        if claim_day("check_external_links", from_hour=EXTERNAL_LINK_CHECK_FROM_HOUR):
            call_command("check_external_links", stdout=self.stdout, stderr=self.stderr)
        call_command("send_queued_mail", stdout=self.stdout, stderr=self.stderr)
