"""Load the demo content. Idempotent: a second run adds nothing and changes nothing."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import Report

# Each app's loader, in the order the content depends on each other.
DEMO_LOADERS = [
    "home.demo.site",
    "themes.demo",
    "practice.demo",
    "infographic.demo",
    "news.demo",
    "legacy.demo",
    "home.demo.featured",
]


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (pagina's, documenten, accounts). Veilig om vaker te draaien."

    def handle(self, *args, **options):
        report = Report(self.stdout)
        state = {}
        with transaction.atomic():
            for module_path in DEMO_LOADERS:
                import_module(module_path).load(state, report)
        self.stdout.write(report.summary())
        self.stdout.write("")
        self.stdout.write("Demo-accounts voor http://127.0.0.1:8000/admin/ :")
        for username, password, role in state.get("logins", []):
            shown = password or "(onbekend: zet een nieuw met 'manage.py changepassword')"
            self.stdout.write(f"  {role:<28} gebruikersnaam: {username:<20} wachtwoord: {shown}")
