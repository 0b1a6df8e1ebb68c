"""Time the site search in-process and count its SQL queries.

Usage (against the database in DATABASE_URL, or the dev SQLite file):
    DJANGO_SETTINGS_MODULE=veiligpubliek.settings.dev .venv/bin/python bench/search_timing.py [runs]
Prints, per search, the median and slowest time in milliseconds and the number of queries.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligpubliek.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

SEARCHES = [
    "/zoeken/",
    "/zoeken/?q=agressie",
    "/zoeken/?q=agressieve+medewerkers",
    "/zoeken/?q=agressie&soort=onderwerp",
    "/zoeken/?q=agressie&pagina=2",
    "/zoeken/?q=protocol&soort=document",
    "/zoeken/?q=bestaatnietwoord",
    "/zoeken/?q=" + "agressie+" * 1200,
    "/actueel/",
    "/sitemap.xml",
]


def main(runs):
    client = Client(HTTP_HOST="localhost")
    print(f"database: {connection.vendor}, {runs} runs each")
    print(f"{'median ms':>10} {'max ms':>8} {'queries':>8}  address")
    for path in SEARCHES:
        client.get(path)  # warm up caches and the stored search term
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        print(
            f"{statistics.median(timings):10.1f} {max(timings):8.1f} "
            f"{len(queries.captured_queries):8d}  {path[:70]}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
