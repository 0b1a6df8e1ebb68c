"""manage.py check_legacy_redirects: does every redirect still lead to a live page?"""

from django.core.management.base import BaseCommand, CommandError

from legacy.resolver import Broken, SnapshotSource, follow


class Command(BaseCommand):
    help = (
        "Controleert alle doorverwijzingen: komt elk oud adres uit bij een gepubliceerde pagina? "
        "Draai dit na het verplaatsen, hernoemen of depubliceren van pagina's."
    )

    def handle(self, *args, **options):
        source = SnapshotSource()
        broken = []
        external = []
        for redirect in source.all_redirects:
            target = follow(redirect, source)
            if isinstance(target, Broken):
                broken.append((redirect, target.reason))
            elif target.url:
                external.append((redirect, target.url))

        total = len(source.all_redirects)
        self.stdout.write(f"{total} doorverwijzingen gecontroleerd.")
        if external:
            self.stdout.write(f"{len(external)} naar een andere site (niet gecontroleerd):")
            for redirect, url in external:
                self.stdout.write(f"  {redirect.old_path} → {url}")
        if not broken:
            self.stdout.write("Alle doorverwijzingen komen uit bij een gepubliceerde pagina.")
            return
        self.stdout.write(f"{len(broken)} kapot:")
        for redirect, reason in broken:
            self.stdout.write(f"  {redirect.old_path}: {reason}")
        raise CommandError(
            f"{len(broken)} van de {total} doorverwijzingen komen niet uit bij een gepubliceerde "
            "pagina. Pas ze aan in de beheeromgeving onder Instellingen > Doorverwijzingen."
        )
