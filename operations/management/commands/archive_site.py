"""manage.py archive_site FOLDER: the whole public site in WARC files (operations/archive.py)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from operations.archive import MAX_WARC_BYTES, harvest, http_fetcher


class Command(BaseCommand):
    help = (
        "Oogst de hele openbare site (pagina's, afbeeldingen, documenten, stijlen) in WARC-"
        "bestanden van hoogstens 1 GB, zonder compressie, voor archivering."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="de map voor de WARC-bestanden")
        parser.add_argument(
            "--fetch-from",
            help="waar de site te bereiken is, als dat niet het openbare adres is "
            "(bijvoorbeeld http://varnish:8080); de Host-header blijft die van de site",
        )
        parser.add_argument(
            "--max-megabytes", type=int, default=MAX_WARC_BYTES // 1_000_000,
            help="de grootte van één WARC-bestand in MB (standaard 1000)",
        )  # fmt: skip

    def handle(self, *args, folder, fetch_from, max_megabytes, **options):
        base = settings.CANONICAL_BASE_URL.rstrip("/")
        if max_megabytes < 1:
            raise CommandError("--max-megabytes is minstens 1.")
        fetch = http_fetcher(fetch_from or base, urlsplit(base).netloc)
        try:
            paths, records, size = harvest(base, fetch, folder, max_megabytes * 1_000_000)
        except OSError as error:
            raise CommandError(f"De site of de map is niet bereikbaar: {error}") from error
        self.stdout.write(
            f"{records} adressen ({size / 1_000_000:.1f} MB) gearchiveerd in {len(paths)} "
            f"WARC-bestand(en) in {folder}."
        )
