"""manage.py purge_page_cache: every stored page out of date at once, and the proxy or CDN in front
purged too (after a restore, or by hand after a change made outside the site)."""

from django.core.management.base import BaseCommand

from pagecache.purge import purge_site


class Command(BaseCommand):
    help = "Maakt alle bewaarde pagina's in de paginacache en de proxy of CDN ervoor ongeldig."

    def handle(self, **options):
        purge_site()
        self.stdout.write("De paginacache is geleegd.")
