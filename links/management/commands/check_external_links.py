"""Collects the web addresses of the live pages, snippets and settings and checks the ones
checked longest ago. Also indexes the page and document links of the snippets and settings, so
that those saved before the link checks knew them are reported too."""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from links.external import check_due, collect_all, setting
from links.models import LostReference
from links.objects import refresh_references


class Command(BaseCommand):
    help = (
        "Zoekt de externe links op alle gepubliceerde pagina's, fragmenten en instellingen en "
        "controleert er een aantal, "
        "beleefd: hoogstens één verzoek per website per paar seconden."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit",
            type=int,
            default=setting("LIMIT"),
            help="Hoeveel adressen deze keer hoogstens (standaard %(default)s); 0: alleen zoeken.",
        )
        parser.add_argument(
            "--per-host",
            type=int,
            default=setting("PER_HOST_LIMIT"),
            help="Hoeveel adressen van één website hoogstens (standaard %(default)s).",
        )

    def handle(self, limit, per_host, **options):
        refresh_references()
        total = collect_all()
        # Notes of pages that have since been deleted themselves (models.LostReference).
        LostReference.objects.exclude(page_id__in=Page.objects.values("pk")).delete()
        self.stdout.write(f"Externe links op pagina's, fragmenten en instellingen: {total}.")
        if limit <= 0:
            return
        result = check_due(limit=limit, per_host_limit=per_host)
        self.stdout.write(f"Gecontroleerd: {result.checked}, mislukt: {result.failed}.")
        if result.left_for_next_run:
            self.stdout.write(
                f"Tijd op; {result.left_for_next_run} adressen komen de volgende keer aan de beurt."
            )
