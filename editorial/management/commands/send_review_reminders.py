"""Mails the owner of each page that fell due, once per review date (editorial/reminders.py)."""

from django.core.management.base import BaseCommand

from editorial.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "Stuurt de eigenaar van elke pagina die aan de beurt is voor controle één e-mail per "
        "beoordelingsdatum; nog een keer draaien stuurt niets dubbel."
    )

    def handle(self, **options):
        sent, skipped = send_due_reminders()
        self.stdout.write(f"{sent} herinnering(en) verstuurd.")
        if skipped:
            self.stdout.write(f"{skipped} pagina('s) zonder eigenaar of e-mailadres overgeslagen.")
