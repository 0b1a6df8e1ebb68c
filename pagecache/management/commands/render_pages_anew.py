"""manage.py render_pages_anew: the replica's background renderer (pagecache/background_renders.py).

gunicorn's master starts it next to the workers (docker/gunicorn.conf.py) at a lower CPU priority,
so pages made out of date by a publish are rendered without taking a worker from visitors.
Stops on SIGTERM or SIGINT.
"""

import os
import signal

from django.core.management.base import BaseCommand

from pagecache.background_renders import PageRenderer


class Command(BaseCommand):
    help = "Maakt verouderde pagina's op de achtergrond opnieuw (gestart door gunicorn)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--nice",
            type=int,
            default=10,
            help="Hoeveel lager de CPU-voorrang is dan die van de webprocessen (0 tot 19).",
        )

    def handle(self, **options):
        if options["nice"] > 0:
            os.nice(options["nice"])
        stopping = []
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, lambda *_: stopping.append(True))
        renderer = PageRenderer()
        renderer.open()
        try:
            renderer.serve(should_stop=lambda: bool(stopping))
        finally:
            renderer.close()
