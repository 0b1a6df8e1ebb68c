"""Load test: 50 connections for 60 seconds against a running server, and no error allowed.

Usage: python .ci/checks/steady_load.py http://127.0.0.1:8765 [seconds] [connections]
Meant for gunicorn with the production settings on PostgreSQL and the demo content, as .ci/run
starts it (the server must already answer). Needs wrk (Debian: apt-get install -y wrk). Every
path is fetched once first and must answer 200; then wrk runs and the script exits non-zero on
any socket error, timeout or response that is not 2xx/3xx. Only ever point it at this machine.
"""

import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

PATHS = [
    "/",
    "/preventie/",
    "/handelen-bij-een-incident/doe-een-melding-of-aangifte/",
    "/documenten/",
    "/ervaringen-uit-de-praktijk/",
    "/ervaringen-uit-de-praktijk/?provincie=utrecht&agressie=verbaal",
    "/infographic/",
    "/actueel/",
    "/zoeken/?q=agressieve+klant",
    "/sitemap.xml",
    "/robots.txt",
    "/healthz",
    "/readyz",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
LUA_SCRIPT = Path(__file__).with_name("load.lua")


def check_paths(base_url):
    for path in PATHS:
        with urllib.request.urlopen(base_url + path, timeout=30) as response:
            if response.status != 200:
                sys.exit(f"{path} answered {response.status} before the load test")


def run_wrk(base_url, seconds, connections):
    command = [
        "wrk",
        "--threads",
        "2",
        "--connections",
        str(connections),
        "--duration",
        f"{seconds}s",
        "--timeout",
        "10s",
        "--latency",
        "--script",
        str(LUA_SCRIPT),
        base_url,
    ]
    env = {**os.environ, "LOAD_PATHS": " ".join(PATHS)}
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)  # noqa: S603 - our own wrk command
    return result.stdout


def count_errors(output):
    """Socket errors (connect, read, write, timeout) plus responses that were not 2xx or 3xx."""
    errors = 0
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    bad_status = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if bad_status:
        errors += int(bad_status.group(1))
    return errors


def main(base_url, seconds=60, connections=50):
    base_url = base_url.rstrip("/")
    if urlsplit(base_url).hostname not in LOCAL_HOSTS:
        sys.exit(
            ".ci/checks/steady_load.py only runs against this machine (127.0.0.1 or localhost)"
        )
    check_paths(base_url)
    output = run_wrk(base_url, seconds, connections)
    print(output.rstrip())
    requests = re.search(r"(\d+) requests in", output)
    errors = count_errors(output)
    print(
        f"Load test: {connections} connections, {seconds} s, "
        f"{requests.group(1) if requests else '?'} requests, {errors} errors"
    )
    return 1 if errors or not requests else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    arguments = [int(value) for value in sys.argv[2:4]]
    sys.exit(main(sys.argv[1], *arguments))
