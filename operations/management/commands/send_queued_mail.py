"""Sends the mail that the mail server did not take before (operations/mail.py)."""

from django.core.management.base import BaseCommand

from operations.mail import send_queued


class Command(BaseCommand):
    help = "Verstuurt berichten die eerder niet konden worden verstuurd, de oudste eerst."

    def handle(self, **options):
        sent, waiting = send_queued()
        self.stdout.write(f"Verstuurd: {sent}. Wachtend: {waiting}.")
