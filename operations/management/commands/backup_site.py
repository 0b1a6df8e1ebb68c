"""manage.py backup_site FOLDER, or nightly: backup_site --into ROOT --keep-days 14
(operations/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, backup, nightly


class Command(BaseCommand):
    help = (
        "Maakt een back-up van de database en alle geüploade bestanden in een nieuwe map; met "
        "--into in een map met datum en tijd, en ruimt daar back-ups op die ouder zijn dan "
        "--keep-days."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", help="een map die nog niet bestaat")
        parser.add_argument("--into", help="de map waarin elke nacht een nieuwe back-up komt")
        parser.add_argument(
            "--keep-days",
            type=int,
            default=14,
            help="met --into: back-ups ouder dan zoveel dagen verdwijnen (de nieuwste blijft)",
        )

    def handle(self, *args, folder, into, keep_days, **options):
        if bool(folder) == bool(into):
            raise CommandError(
                "Geef een nieuwe map, of --into met de map voor nachtelijke back-ups."
            )
        if keep_days < 1:
            raise CommandError("--keep-days is minstens 1.")
        try:
            if into:
                folder, manifest, removed = nightly(into, keep_days)
                for old in removed:
                    self.stdout.write(f"Oude back-up verwijderd: {old}")
            else:
                manifest = backup(folder)
        except (BackupError, FileExistsError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Back-up in {folder}: database ({manifest['database']}), "
            f"{manifest['media_files']} bestanden ({manifest['media_bytes']} bytes)."
        )
