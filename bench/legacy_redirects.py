"""How fast the legacy-host redirects answer, and with how many queries, as the map grows.

Usage: python bench/legacy_redirects.py   (uses the dev database with the demo content; every
redirect it adds is rolled back at the end). Prints milliseconds per request and queries per
request for maps of a few sizes.
"""

import os
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
from wagtail.contrib.redirects.models import Redirect  # noqa: E402

PATHS = [
    "/voorbereiden/risicoanalyse/",  # exact
    "/BIJ-INCIDENT/aangifte/index.html?x=1",  # forgiving
    "/documenten/publicaties/2016/01/01/iets/anders",  # ancestor fallback
    "/bestaat/niet/en/nooit",  # home
]
ROUNDS = 50


def measure(client):
    queries = []
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for path in PATHS:
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path, HTTP_HOST="agressievrijwerk.nl")
            assert response.status_code == 301, (path, response.status_code)
            queries.append(len(captured))
    elapsed = time.perf_counter() - start
    return elapsed * 1000 / (ROUNDS * len(PATHS)), max(queries)


def main():
    client = Client()
    measure(client)  # warm caches
    print(f"{'redirects':>10} {'ms/request':>11} {'max queries':>12}")
    with transaction.atomic():
        for added in (0, 1_000, 10_000):
            Redirect.objects.bulk_create(
                Redirect(old_path=f"/bench/{added}-{n}", redirect_link="/preventie/")
                for n in range(
                    added - Redirect.objects.filter(old_path__startswith="/bench/").count()
                )
            )
            ms, max_queries = measure(client)
            print(f"{Redirect.objects.count():>10} {ms:>11.2f} {max_queries:>12}")
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
