"""manage.py launch_check: is the site ready to go live? (core/launch.py)"""

from django.core.management.base import BaseCommand, CommandError

from core.launch import problems


class Command(BaseCommand):
    help = (
        "Controleert of de site klaar is voor lancering: geen voorbeeldadressen of "
        "demo-accounts, een echt adres voor beveiligingsmeldingen, productie-instellingen aan."
    )

    def handle(self, *args, **options):
        found = list(problems())
        for problem in found:
            self.stdout.write(f"- {problem}")
        if found:
            raise CommandError(f"Niet klaar voor lancering: {len(found)} punt(en) hierboven.")
        self.stdout.write("Klaar voor lancering.")
