"""Heavy answers kept apart: a topic page's p50 while 32 connections download protocol PDFs.

Starts the production stack on a throwaway PostgreSQL with the demo content (gunicorn, 2
workers), walks the protocol tool once to the draft (as .ci/checks/smoke_protocol.py does) and
takes the PDF download form. Then, DURATION seconds each, with wrk:
  1. the topic page alone (16 connections), uncached (a new query string each time);
  2. the same while 32 other connections POST the PDF download without pause, with the limits as
     shipped (HEAVY_ANSWERS_AT_ONCE=1 per replica, HEAVY_ANSWERS_PER_MINUTE=20 per address);
  3. the same with the per-address limit lifted (every download from this one address would
     otherwise soon get a 429): only the concurrency limit protects the pages.
Prints the p50 ratios (target: at most 3x) and what the downloads got (200, or 429 or 503 when refused), with the
static file's rate through the same stack for scale.

Usage (as root, like CI): .venv/bin/python bench/heavy_answers.py [DURATION]
This prints figures; it does not fail on them (it fails on page errors).
"""

import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / ".ci" / "checks"))

from smoke_protocol import TOOL_PATH, format_key, forms_of, post  # noqa: E402
from stack import (  # noqa: E402
    Postgres,
    fetch,
    manage,
    production_env,
    start_gunicorn,
    stop_process,
)

PG_PORT = 54371
PORT, PORT_WITHOUT_RATE_LIMIT = 8801, 8802
TOPIC = "/preventie/stel-een-norm/"
PAGE_CONNECTIONS, DOWNLOAD_CONNECTIONS = 16, 32


def pdf_download_form(base_url):
    """Every step with the proposed answers, then the draft's PDF form."""
    html = fetch(base_url + TOOL_PATH)[2].decode()
    for _ in range(20):
        forms = [form for form in forms_of(html) if "vp-pt-form" in form["class"]]
        if "Controleer uw antwoorden" in html:
            html = post(base_url, forms[-1])[2].decode()  # "Maak het concept"
            break
        html = post(base_url, forms[0], [("actie", "volgende")])[2].decode()
    for form in forms_of(html):
        if format_key(form) == "pdf":
            return form
    sys.exit("no PDF download on the draft")


def wrk(url, duration, connections, script=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s"]
    command += ["--latency"] + (["-s", str(script)] if script else []) + [url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _ms(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99": _ms(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        "not_2xx": int(bad.group(1)) if bad else 0,
    }


def _ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def lua_scripts(folder, form):
    """An uncached topic request each time; and the PDF download as a browser posts it."""
    unique = folder / "unique.lua"
    unique.write_text(
        "local n = 0\nrequest = function()\n  n = n + 1\n"
        '  return wrk.format(nil, wrk.path .. "?bank=" .. n)\nend\n'
    )
    body = urlencode([(name, value) for name, value in form["fields"]])
    download = folder / "download.lua"
    download.write_text(
        'wrk.method = "POST"\n'
        'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
        f"wrk.body = [[{body}]]\n"
    )
    return unique, download


def topic_under_downloads(base_url, form_action, duration, scripts):
    unique, download = scripts
    result = {}
    downloads = threading.Thread(
        target=lambda: result.update(
            downloads=wrk(base_url + form_action, duration + 2, DOWNLOAD_CONNECTIONS, download)
        )
    )
    downloads.start()
    pages = wrk(base_url + TOPIC, duration, PAGE_CONNECTIONS, unique)
    downloads.join()
    return pages, result["downloads"]


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
        servers.append(start_gunicorn(env, PORT))
        lifted = dict(
            env,
            HEAVY_ANSWERS_PER_MINUTE="1000000",
            VEILIGPUBLIEK_VAR_DIR=str(postgres.workdir / "var-lifted"),
        )
        servers.append(start_gunicorn(lifted, PORT_WITHOUT_RATE_LIMIT))
        base_url = f"http://127.0.0.1:{PORT}"
        lifted_url = f"http://127.0.0.1:{PORT_WITHOUT_RATE_LIMIT}"
        form = pdf_download_form(base_url)
        scripts = lua_scripts(postgres.workdir, form)
        home = fetch(base_url + "/")[2].decode()
        stylesheet = home.split('rel="stylesheet" href="')[1].split('"')[0]

        static = wrk(base_url + stylesheet, duration, PAGE_CONNECTIONS)
        alone = wrk(base_url + TOPIC, duration, PAGE_CONNECTIONS, scripts[0])
        shipped = topic_under_downloads(base_url, form["action"], duration, scripts)
        concurrency_only = topic_under_downloads(lifted_url, form["action"], duration, scripts)
        print_table(static, alone, shipped, concurrency_only, duration)
        page_errors = alone["not_2xx"] + shipped[0]["not_2xx"] + concurrency_only[0]["not_2xx"]
        if page_errors:
            sys.exit(f"{page_errors} topic page answers were not 2xx")
    finally:
        for server in servers:
            stop_process(server)
        postgres.remove()


def print_table(static, alone, shipped, concurrency_only, duration):
    print()
    print(
        f"Topic page {TOPIC} uncached, {PAGE_CONNECTIONS} connections, {duration} s per run, "
        f"gunicorn 2 workers; downloads: {DOWNLOAD_CONNECTIONS} connections posting the PDF."
    )
    print()
    print(
        "| run | topic req/s | topic p50 ms | topic p99 ms | PDFs made | downloads refused (429 or 503) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| static file (CSS), for scale | {static['rps']:.0f} | {static['p50']:.1f} | "
          f"{static['p99']:.1f} | | |")  # fmt: skip
    print(f"| topic alone | {alone['rps']:.0f} | {alone['p50']:.1f} | {alone['p99']:.1f} | | |")
    for name, (pages, downloads) in [
        ("topic + PDFs, limits as shipped", shipped),
        ("topic + PDFs, per-address limit lifted", concurrency_only),
    ]:
        made = downloads["requests"] - downloads["not_2xx"]
        print(
            f"| {name} | {pages['rps']:.0f} | {pages['p50']:.1f} | {pages['p99']:.1f} | "
            f"{made} | {downloads['not_2xx']} |"
        )
    print()
    print(
        f"Topic p50 with downloads vs alone: {shipped[0]['p50'] / alone['p50']:.2f}x as shipped, "
        f"{concurrency_only[0]['p50'] / alone['p50']:.2f}x with only the concurrency limit "
        "(target <= 3x)."
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
