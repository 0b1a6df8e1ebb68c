"""Time the main public pages and count their SQL queries.

Usage: .venv/bin/python bench/pages.py [repetitions]
Runs against the configured database (the dev SQLite file after `make run`, or DATABASE_URL) with
the demo content loaded. Prints the median and slowest time and the query count per page.
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
from wagtail.models import Page  # noqa: E402

FIXED_PATHS = ["/", "/documenten/", "/documenten/?soort=checklist", "/privacy/"]


def main(repetitions):
    client = Client(HTTP_HOST="127.0.0.1")
    paths = FIXED_PATHS + [
        page.url for page in Page.objects.live().filter(depth__gte=3).specific()[:25] if page.url
    ]
    print(f"{'path':<62} {'median ms':>9} {'max ms':>7} {'queries':>7} {'kB':>5}")
    for path in dict.fromkeys(paths):
        timings = []
        for _ in range(repetitions):
            start = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        print(
            f"{path[:62]:<62} {statistics.median(timings):>9.1f} {max(timings):>7.1f} "
            f"{len(queries):>7} {len(response.content) / 1024:>5.0f}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
