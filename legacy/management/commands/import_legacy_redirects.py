"""manage.py import_legacy_redirects [bestand.csv] [--dry-run]"""

from django.core.management.base import BaseCommand, CommandError

from legacy.importer import SHIPPED_CSV, ImportFileError, import_file


class Command(BaseCommand):
    help = (
        "Leest doorverwijzingen van oude adressen (kolommen old_path en new_path) in uit een "
        "CSV-bestand. Ongeldige regels worden gemeld met hun regelnummer; de geldige regels worden "
        "wel ingelezen. Veilig om vaker te draaien."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            default=str(SHIPPED_CSV),
            help=f"Het CSV-bestand (standaard: {SHIPPED_CSV}).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Alleen controleren en melden wat er zou gebeuren; niets opslaan.",
        )

    def handle(self, *args, path, dry_run, **options):
        try:
            result = import_file(path, dry_run=dry_run)
        except ImportFileError as error:
            raise CommandError(str(error)) from error

        for problem in sorted(result.problems, key=lambda problem: problem.line):
            self.stdout.write(f"Regel {problem.line}: ongeldig, {problem.reason}.")
        for note in result.notes:
            self.stdout.write(f"Let op: {note}.")
        prefix = "Proefdraai, er is niets opgeslagen. Zou worden: " if dry_run else "Klaar: "
        self.stdout.write(prefix + result.summary() + ".")
        if result.problems:
            count = len(result.problems)
            raise CommandError(
                f"{count} {'regel is' if count == 1 else 'regels zijn'} ongeldig en niet "
                "ingelezen; verbeter het bestand en draai de opdracht opnieuw."
            )
