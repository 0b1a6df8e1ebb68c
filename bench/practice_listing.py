"""Benchmark: the practice example listing with 10,000 examples.

Usage:
    .venv/bin/python bench/practice_listing.py                 # throwaway SQLite file
    .venv/bin/python bench/practice_listing.py --examples 2000
    .venv/bin/python bench/practice_listing.py --database postgres://user@host:5432/emptydb

Builds a fresh database in a temporary folder (or uses --database, which must be an EMPTY
database: the script migrates it and fills it), loads the demo content, adds the examples in bulk
(democontent/seed.py) and then requests the listing with the Django test client: without filters, with
two filters, with two filters on a later page and with two filters plus a text query. It prints
the time per request and the number of SQL queries. It asserts nothing about time; the query
count is checked by the test suite.
"""

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTING = "/ervaringen-uit-de-praktijk/"
SCENARIOS = [
    ("zonder filters", LISTING),
    ("twee filters", f"{LISTING}?provincie=utrecht&agressie=verbaal"),
    ("twee filters, pagina 5", f"{LISTING}?provincie=utrecht&agressie=verbaal&pagina=5"),
    ("twee filters + zoekterm", f"{LISTING}?provincie=utrecht&agressie=verbaal&q=balie"),
    ("twee waarden in één filter", f"{LISTING}?thema=nazorg&thema=preventie"),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=10_000, help="how many examples to add")
    parser.add_argument("--runs", type=int, default=20, help="timed requests per scenario")
    parser.add_argument("--database", help="URL of an empty database (default: new SQLite file)")
    return parser.parse_args()


def set_up_django(args):
    workdir = Path(tempfile.mkdtemp(prefix="veiligpubliek-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "veiligpubliek.settings.dev"
    os.environ["VEILIGPUBLIEK_VAR_DIR"] = str(workdir)
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    os.environ["DATABASE_URL"] = args.database or f"sqlite:///{workdir / 'bench.sqlite3'}"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return workdir


def main():
    args = parse_args()
    workdir = set_up_django(args)

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from democontent.seed import bulk_create_examples
    from practice.models import PracticeExampleIndexPage, PracticeExamplePage

    print(f"Database: {connection.vendor} ({os.environ['DATABASE_URL']})")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=io.StringIO())
    index = PracticeExampleIndexPage.objects.get()
    bulk_create_examples(index, args.examples, seed=42)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics, as a live database would have
    total = PracticeExamplePage.objects.live().count()
    print(f"Opgebouwd in {time.perf_counter() - started:.1f} s: {total} praktijkvoorbeelden.\n")

    setup_test_environment()  # lets the test client hand back the template context
    client = Client(HTTP_HOST="localhost")
    print(f"{'scenario':<30}{'resultaten':>11}{'queries':>9}{'mediaan':>10}{'p90':>10}{'max':>10}")
    for name, url in SCENARIOS:
        response = client.get(url)  # warm-up: caches of Wagtail and the database
        assert response.status_code == 200, (url, response.status_code)
        results = response.context["listing"].result_count
        connection.queries_log.clear()  # a full log (9,000 entries) would hide new queries
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        timings = []
        for _ in range(args.runs):
            begin = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - begin) * 1000)
        timings.sort()
        p90 = timings[max(0, int(len(timings) * 0.9) - 1)]
        print(
            f"{name:<30}{results:>11}{len(queries):>9}"
            f"{statistics.median(timings):>8.1f}ms{p90:>8.1f}ms{timings[-1]:>8.1f}ms"
        )
    print(f"\n{args.runs} metingen per scenario, tijden in milliseconden per request.")
    connection.close()
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
