"""manage.py restore_site FOLDER: a backup of backup_site back into the database and the storage;
then the page cache and a proxy in front start afresh (operations/backup.py)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, restore


class Command(BaseCommand):
    help = "Zet een back-up van backup_site terug: database en bestanden. Draai daarna migrate."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="de map van de back-up")

    def handle(self, *args, folder, **options):
        try:
            result = restore(folder)
        except (BackupError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        # Every stored page may differ from what was restored.
        call_command("purge_page_cache", stdout=self.stdout)
        self.stdout.write(
            f"Teruggezet uit {folder} (gemaakt {result['made_at']}): database en "
            f"{result['restored_files']} bestanden."
        )
