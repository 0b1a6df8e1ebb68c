"""Load the demo content. Idempotent: a second run adds nothing and changes nothing."""

from graphlib import TopologicalSorter
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from democontent import images
from democontent.errors import ContentError
from democontent.loader import ContentLoader
from democontent.report import Report


def demo_modules():
    """Each installed app's demo module (democontent/by_app/<app label>.py), in the order
    their content depends on each other (LOAD_AFTER); links to content that comes later are
    filled in at the end (ContentFolder.later)."""
    labels = [config.label for config in apps.get_app_configs()]
    found = {
        label: import_module(f"democontent.by_app.{label}")
        for label in labels
        if find_spec(f"democontent.by_app.{label}") is not None
    }
    graph = {app: getattr(module, "LOAD_AFTER", ()) for app, module in found.items()}
    return [found[app] for app in TopologicalSorter(graph).static_order()]


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (pagina's, documenten, accounts). Veilig om vaker te draaien."

    def handle(self, *args, **options):
        report = Report(self.stdout)
        loader = ContentLoader(report)
        state = {}
        try:
            with transaction.atomic():
                for module in demo_modules():
                    module.load(state, loader)
                images.load(state, loader)  # the illustrations, once every page is there
                loader.finish()
        except ContentError as error:
            raise CommandError(f"De demo-inhoud is niet geladen. {error}") from error
        self.stdout.write(report.summary())
        self.stdout.write("")
        self.stdout.write("Demo-accounts voor http://127.0.0.1:8000/admin/ :")
        for username, password, role in state.get("logins", []):
            shown = password or "(onbekend: zet een nieuw met 'manage.py changepassword')"
            self.stdout.write(f"  {role:<28} gebruikersnaam: {username:<20} wachtwoord: {shown}")
