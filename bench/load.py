"""Load test of the production stack: requests per second per page type, cached and uncached.

Seeds a large site on a throwaway PostgreSQL (the demo content plus 10,000 practice examples,
500 topic pages and 1,000 news items), starts gunicorn (2 workers, production settings) twice:
with the page cache and without it (the shared fragments stay cached, as in production after a
change). wrk (Debian: apt-get install -y wrk) measures each page type for DURATION seconds with
16 connections, and a static file through the same stack; then 50 connections for 60 seconds on
the cached pages, which must give no errors. Prints a Markdown table (as in docs/developers/benchmarks.md).

Usage (as root, like CI): .venv/bin/python bench/load.py [DURATION] [SCALE]
(default 10 seconds per row; SCALE 0.1 seeds a tenth of the large site, for a quick run)
Targets on a 2-core machine: cached pages >= 50% of the static file's req/s, uncached topic
pages >= 6%. This prints figures; it does not fail on them (it fails on errors).
"""

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

# The same throwaway stack (PostgreSQL, gunicorn) as CI's production checks.
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

PG_PORT = 54351
CACHED_PORT, UNCACHED_PORT = 8793, 8794
CONNECTIONS = 16
ENCODINGS = "gzip, br"


def wrk(url, duration, connections=CONNECTIONS):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
        + ["-H", f"Accept-Encoding: {ENCODINGS}", url],
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
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def main(duration, scale):
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    postgres = Postgres(PG_PORT)
    servers = []
    try:
        postgres.init()
        env = production_env(postgres.url, postgres.workdir, CACHED_PORT, BENCH_SCALE=str(scale))
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        manage(env, "load_demo_content")
        print("Seeding the large site ...", flush=True)
        started = time.monotonic()
        seed_file = postgres.workdir / "seed.json"
        subprocess.run(
            [PYTHON, "bench/seed_large_site.py", str(seed_file)], cwd=ROOT, env=env, check=True
        )
        print(f"  seeded in {time.monotonic() - started:.0f} s", flush=True)
        seeded = json.loads(seed_file.read_text())
        urls, queries = seeded["urls"], seeded["queries"]

        servers.append(start_gunicorn(env, CACHED_PORT))
        uncached_env = dict(env, PAGE_CACHE_ENABLED="false")
        servers.append(start_gunicorn(uncached_env, UNCACHED_PORT))
        cached_base = f"http://127.0.0.1:{CACHED_PORT}"
        uncached_base = f"http://127.0.0.1:{UNCACHED_PORT}"

        home = fetch(cached_base + "/")[2].decode()
        stylesheet = home.split('rel="stylesheet" href="')[1].split('"')[0]
        rows = [("static file (CSS)", "", wrk(cached_base + stylesheet, duration), None)]
        for name, path in urls.items():
            for _ in range(2):
                status, headers, _ = fetch(cached_base + path)
            if status != 200 or headers.get("X-Cache") != "HIT":
                sys.exit(f"{path}: expected a cache hit, got {status} {headers.get('X-Cache')}")
            rows.append((name, "cached", wrk(cached_base + path, duration), 0))
            rows.append((name, "uncached", wrk(uncached_base + path, duration), queries[name]))

        print("50 connections for 60 s on the cached pages ...", flush=True)
        soak = [
            wrk(cached_base + path, 60 // len(urls) + 1, connections=50) for path in urls.values()
        ]
        soak_errors = sum(result["errors"] for result in soak)
        print_table(rows, duration, soak_errors, scale)
        # Uncached rows may time out on a busy machine (wrk gives up after 2 s): reported in the
        # table. Cached pages and the static file must never fail.
        errors = soak_errors + sum(
            result["errors"] for _, mode, result, _ in rows if mode != "uncached"
        )
        if errors:
            sys.exit(f"{errors} errors on cached pages or the static file")
    finally:
        for server in servers:
            stop_process(server)
        postgres.remove()


def print_table(rows, duration, soak_errors, scale):
    static_rps = rows[0][2]["rps"]
    print()
    print(
        f"wrk, {CONNECTIONS} connections, {duration} s per row, gunicorn 2 workers, production "
        f"settings, PostgreSQL 15; Accept-Encoding: {ENCODINGS}"
        + ("" if scale == 1 else f"; large site at scale {scale}")
    )
    print()
    print("| page | cache | req/s | p50 ms | p99 ms | errors | SQL queries | vs static |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, mode, result, query_count in rows:
        print(
            f"| {name} | {mode} | {result['rps']:.0f} | {result['p50']:.1f} | "
            f"{result['p99']:.1f} | {result['errors']} | "
            f"{'' if query_count is None else query_count} | "
            f"{result['rps'] / static_rps:.0%} |"
        )
    print()
    print(f"50 connections, 60 s over the cached pages: {soak_errors} errors.")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 10,
        float(sys.argv[2]) if len(sys.argv) > 2 else 1.0,
    )
