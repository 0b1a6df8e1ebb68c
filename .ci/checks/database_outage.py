"""Integration check of the page cache on the production stack (gunicorn, production settings,
a real PostgreSQL): repeated anonymous requests are cache hits; a publish shows at once; while
the database is stopped, cached pages are still served and every other request gets a 503 with
Retry-After and the branded page; after the restart the site recovers by itself.

Usage (as root, like CI): .venv/bin/python .ci/checks/database_outage.py
Starts and stops everything it needs. Exits non-zero on the first problem.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stack import Postgres, fetch, manage, production_env, start_gunicorn, stop_process  # noqa: E402

PG_PORT = 54341
WEB_PORT = 8791
BASE = f"http://127.0.0.1:{WEB_PORT}"
CACHED_PAGES = ["/", "/preventie/", "/ervaringen-uit-de-praktijk/", "/infographic/", "/actueel/"]
PUBLISH = """
from themes.models import ThemePage
theme = ThemePage.objects.get(slug="preventie")
theme.title = "Preventie (bijgewerkt)"
theme.save_revision().publish()
"""


def check(condition, message):
    if not condition:
        sys.exit(f"FAILED: {message}")
    print(f"ok   {message}")


def main():
    postgres = Postgres(PG_PORT)
    server = None
    try:
        postgres.init()
        env = production_env(postgres.url, postgres.workdir, WEB_PORT)
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        manage(env, "load_demo_content")
        server = start_gunicorn(env, WEB_PORT)

        for path in CACHED_PAGES:
            fetch(BASE + path)
            status, headers, _ = fetch(BASE + path)
            check(status == 200 and headers["X-Cache"] == "HIT", f"{path} again: a cache hit")
            check(not headers.get("Set-Cookie"), f"{path}: no cookie")

        manage(env, "shell", "-c", PUBLISH)
        status, headers, body = fetch(BASE + "/preventie/")
        check(b"Preventie (bijgewerkt)" in body, "a publish shows on the very next request")
        check(b"Preventie (bijgewerkt)" in fetch(BASE + "/")[2], "... and in the home navigation")
        for path in CACHED_PAGES:
            fetch(BASE + path)  # back in the cache

        postgres.stop()
        print("---- PostgreSQL stopped")
        for path in CACHED_PAGES:
            status, headers, body = fetch(BASE + path)
            check(status == 200 and headers["X-Cache"] == "HIT", f"{path}: served from the cache")
        for path in ("/zoeken/?q=storing", "/admin/login/", "/niet-in-de-cache/"):
            status, headers, body = fetch(BASE + path)
            check(status == 503, f"{path}: 503 (got {status})")
            check(headers.get("Retry-After", "").isdigit(), f"{path}: Retry-After")
            check("even niet beschikbaar" in body.decode(), f"{path}: the branded page")

        postgres.start()
        print("---- PostgreSQL started again")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            status = fetch(BASE + "/zoeken/?q=herstel")[0]
            if status == 200:
                break
            time.sleep(0.5)
        check(status == 200, "the site recovers by itself")
        check(fetch(BASE + "/admin/login/")[0] == 200, "the admin works again")
        print("Database outage check passed.")
    finally:
        if server is not None:
            stop_process(server)
        postgres.remove()


if __name__ == "__main__":
    main()
