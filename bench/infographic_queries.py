"""Queries and render time of the infographic and the home page, with the demo content and with a
large infographic (6 phases of 12 steps, each with 3 related pages).

Usage: python bench/infographic_queries.py   (uses the dev database; every change is rolled back)
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

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page  # noqa: E402

from democontent.seed import infographic_phases  # noqa: E402
from infographic.models import InfographicPage  # noqa: E402

PATHS = ["/infographic/", "/"]
RUNS = 20


def measure(client, path):
    client.get(path)  # warm up
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    query_count = len(queries)  # read now: later requests clear the connection's query log
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
    return query_count, statistics.median(timings), len(response.content)


def large_phases():
    pages = list(Page.objects.live().filter(depth__gte=3).order_by("path")[:12])
    return infographic_phases(6, 12, pages)


def main():
    client = Client(HTTP_HOST="localhost")
    with transaction.atomic():
        page = InfographicPage.objects.get()
        for label in ("demo content (3 phases, 14 steps)", "large (6 phases, 72 steps)"):
            if label.startswith("large"):
                page.phases = large_phases()
                page.save_revision().publish()
            for path in PATHS:
                queries, median_ms, size = measure(client, path)
                print(
                    f"{label:<36} {path:<14} {queries:>3} queries  {median_ms:6.1f} ms  {size:>7} bytes"
                )
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
