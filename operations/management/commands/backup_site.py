"""manage.py backup_site FOLDER: the database and every uploaded file (operations/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, backup


class Command(BaseCommand):
    help = "Maakt een back-up van de database en alle geüploade bestanden in een nieuwe map."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="een map die nog niet bestaat")

    def handle(self, *args, folder, **options):
        try:
            manifest = backup(folder)
        except (BackupError, FileExistsError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Back-up in {folder}: database ({manifest['database']}), "
            f"{manifest['media_files']} bestanden ({manifest['media_bytes']} bytes)."
        )
