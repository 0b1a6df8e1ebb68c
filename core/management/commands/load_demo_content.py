"""Load the demo content. Idempotent: a second run adds nothing and changes nothing."""

from importlib import import_module

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.content.errors import ContentError
from core.content.loader import ContentLoader
from core.content.report import Report

# Each app's demo module (its content folders and glue), in the order the content depends on
# each other. Links to content that comes later are filled in at the end (ContentFolder.later).
DEMO_LOADERS = [
    "home.demo",
    "themes.demo",
    "practice.demo",
    "infographic.demo",
    "news.demo",
    "selfassessment.demo",
    "protocol.demo",
    "legacy.demo",
    "home.attach_demo_images",  # the illustrations, once every page is there
]


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (pagina's, documenten, accounts). Veilig om vaker te draaien."

    def handle(self, *args, **options):
        report = Report(self.stdout)
        loader = ContentLoader(report)
        state = {}
        try:
            with transaction.atomic():
                for module_path in DEMO_LOADERS:
                    import_module(module_path).load(state, loader)
                loader.finish()
        except ContentError as error:
            raise CommandError(f"De demo-inhoud is niet geladen. {error}") from error
        self.stdout.write(report.summary())
        self.stdout.write("")
        self.stdout.write("Demo-accounts voor http://127.0.0.1:8000/admin/ :")
        for username, password, role in state.get("logins", []):
            shown = password or "(onbekend: zet een nieuw met 'manage.py changepassword')"
            self.stdout.write(f"  {role:<28} gebruikersnaam: {username:<20} wachtwoord: {shown}")
