"""Compiles the project's .po files (LOCALE_PATHS) to .mo, without the gettext system package.

Part of the install (`make`, the container): Django reads only compiled catalogues. Our catalogue
fills in and corrects Wagtail's Dutch admin; see locale/README.md.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def catalogues():
    for folder in settings.LOCALE_PATHS:
        yield from sorted(Path(folder).glob("*/LC_MESSAGES/*.po"))


def compile_catalogue(po_path):
    """Writes the .mo next to the .po; returns the number of translated messages."""
    catalogue = polib.pofile(str(po_path))
    broken = [entry.msgid for entry in catalogue if entry.fuzzy or entry.obsolete]
    if broken:
        raise CommandError(f"{po_path}: fuzzy or obsolete entries: {broken}")
    catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
    return len(catalogue.translated_entries())


class Command(BaseCommand):
    help = "Compileert de vertalingen in LOCALE_PATHS (.po naar .mo)."

    def handle(self, *args, **options):
        for po_path in catalogues():
            count = compile_catalogue(po_path)
            self.stdout.write(f"{po_path}: {count} vertalingen")
