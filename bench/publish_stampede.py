"""No stampede after a publish: the page cache under load, with and without an editor publishing.

Starts the production stack on a throwaway PostgreSQL with the demo content (gunicorn with
docker/gunicorn.conf.py, 2 workers, the file cache as on one host without Redis), then runs wrk
with 16 connections over ten page types, DURATION seconds each:
  1. no publishes;
  2. a publish every 5 seconds (each one makes every stored page out of date), out-of-date pages
     rendered by the replica's background renderer (pagecache/background_renders.py);
  3. the same with PAGE_RENDERER=false: the first request for each page renders it in its worker
     while the others get the copy from before;
  4. the same, with the page cache told not to serve the copy from before either
     (PAGE_CACHE_SERVE_STALE off): every waiting request renders the page itself.
Prints a Markdown table with requests/s, p50 and p99, and the ratios of run 2 to run 1 (targets:
p99 at most 2x, throughput at least 50%), and the static file's rate through the same stack.

Usage (as root, like CI): .venv/bin/python bench/publish_stampede.py [DURATION]
This prints figures; it does not fail on them (it fails on errors).
"""

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / ".ci" / "checks"))

from stack import (  # noqa: E402
    PYTHON,
    ROOT,
    Postgres,
    fetch,
    manage,
    production_env,
    start_gunicorn,
    stop_process,
)

PG_PORT = 54361
PORT, PORT_IN_WORKERS, PORT_WITHOUT_STALE = 8797, 8799, 8798
GUNICORN_CONFIG = "docker/gunicorn.conf.py"
CONNECTIONS = 16
PUBLISH_EVERY_SECONDS = 5
LUA_SCRIPT = ROOT / ".ci" / "checks" / "load.lua"
PAGES = [
    "/",
    "/preventie/",
    "/preventie/stel-een-norm/",
    "/handelen-bij-een-incident/",
    "/ervaringen-uit-de-praktijk/",
    "/ervaringen-uit-de-praktijk/zuiderhaven-reageert-binnen-48-uur/",
    "/infographic/",
    "/actueel/",
    "/documenten/",
    "/zelfinspectie/",
]
# Runs in its own process with the server's settings: publishes the home page, as an editor would.
PUBLISHER = f"""
import time, django
django.setup()
from wagtail.models import Site
while True:
    home = Site.objects.get(is_default_site=True).root_page.specific
    home.save_revision().publish()
    time.sleep({PUBLISH_EVERY_SECONDS})
"""


def wrk(base_url, duration, paths):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{duration}s", "--timeout", "10s", "--latency"]
        + ["-s", str(LUA_SCRIPT), "-H", "Accept-Encoding: gzip, br", base_url],
        env={**os.environ, "LOAD_PATHS": " ".join(paths)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = 0
    for pattern in (r"Non-2xx or 3xx responses: (\d+)", r"Socket errors: (.*)"):
        match = re.search(pattern, output)
        if match:
            errors += sum(int(n) for n in re.findall(r"\d+", match.group(1)))
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _ms(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99": _ms(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        "errors": errors,
    }


def _ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def under_publishes(env, base_url, duration):
    publisher = subprocess.Popen([PYTHON, "-c", PUBLISHER], cwd=ROOT, env=env)
    try:
        time.sleep(1)
        return wrk(base_url, duration, PAGES)
    finally:
        stop_process(publisher)


def main(duration):
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    postgres = Postgres(PG_PORT)
    servers = []
    try:
        postgres.init()
        env = production_env(postgres.url, postgres.workdir, PORT)
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        manage(env, "load_demo_content")
        servers.append(start_gunicorn(env, PORT, config=GUNICORN_CONFIG))
        in_workers_env = dict(
            env,
            PAGE_RENDERER="false",
            VEILIGPUBLIEK_VAR_DIR=str(postgres.workdir / "var-in-workers"),
        )
        servers.append(start_gunicorn(in_workers_env, PORT_IN_WORKERS, config=GUNICORN_CONFIG))
        without_stale_env = dict(
            in_workers_env,
            PAGE_CACHE_SERVE_STALE="false",
            VEILIGPUBLIEK_VAR_DIR=str(postgres.workdir / "var-without-stale"),
        )
        servers.append(
            start_gunicorn(without_stale_env, PORT_WITHOUT_STALE, config=GUNICORN_CONFIG)
        )
        base_url = f"http://127.0.0.1:{PORT}"
        for path in PAGES:
            status = fetch(base_url + path)[0]
            if status != 200:
                sys.exit(f"{path}: {status}")
        home = fetch(base_url + "/")[2].decode()
        stylesheet = home.split('rel="stylesheet" href="')[1].split('"')[0]

        static = wrk(base_url, duration, [stylesheet])
        quiet = wrk(base_url, duration, PAGES)
        publishing = under_publishes(env, base_url, duration)
        in_workers = under_publishes(
            in_workers_env, f"http://127.0.0.1:{PORT_IN_WORKERS}", duration
        )
        without_stale = under_publishes(
            without_stale_env, f"http://127.0.0.1:{PORT_WITHOUT_STALE}", duration
        )
        runs = (static, quiet, publishing, in_workers, without_stale)
        print_table(*runs, duration=duration)
        errors = sum(run["errors"] for run in runs)
        if errors:
            sys.exit(f"{errors} errors")
    finally:
        for server in servers:
            stop_process(server)
        postgres.remove()


def print_table(static, quiet, publishing, in_workers, without_stale, duration):
    print()
    print(
        f"Ten page types, {CONNECTIONS} connections, {duration} s per run, gunicorn 2 workers, "
        f"file cache; a publish every {PUBLISH_EVERY_SECONDS} s empties the page cache."
    )
    print()
    print("| run | req/s | p50 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|")
    for name, run in [
        ("static file (CSS), for scale", static),
        ("pages, no publishes", quiet),
        ("pages, publishing (background renderer, copy from before)", publishing),
        ("pages, publishing, renders in the workers (copy from before)", in_workers),
        ("pages, publishing, without the copy from before", without_stale),
    ]:
        print(
            f"| {name} | {run['rps']:.0f} | {run['p50']:.1f} | {run['p99']:.1f} | {run['errors']} |"
        )
    print()
    print(
        f"Publishing vs no publishes: p99 {publishing['p99'] / quiet['p99']:.2f}x (target <= 2x), "
        f"throughput {publishing['rps'] / quiet['rps']:.0%} (target >= 50%). Renders in the "
        f"workers: p99 {in_workers['p99'] / quiet['p99']:.2f}x, throughput "
        f"{in_workers['rps'] / quiet['rps']:.0%}. Without the copy from before: p99 "
        f"{without_stale['p99'] / quiet['p99']:.2f}x, throughput "
        f"{without_stale['rps'] / quiet['rps']:.0%}."
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
