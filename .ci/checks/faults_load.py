"""Load for the fault test: visitors in threads, each asking for the targets in turn, recording
the status and latency of every request.

A target is a kind ("page", "search" or "document") and a URL, or a function that makes a new
URL for every request (a search nobody asked before, so that no cache answers it).
"""

import http.client
import itertools
import threading
import time
from collections import Counter
from dataclasses import dataclass

from scaleout_components import fetch

VISITORS = 6
TIMEOUT_SECONDS = 30
# A refused connection fails at once: a visitor tries again after a moment, not in a tight loop.
NO_ANSWER_PAUSE_SECONDS = 0.1
# Asked by a browser; the page cache keeps Brotli and gzip copies.
HEADERS = {"Accept-Encoding": "br, gzip"}


@dataclass(frozen=True)
class Target:
    kind: str
    url: object  # a URL, or a function returning a new URL for every request

    def next_url(self):
        return self.url() if callable(self.url) else self.url


@dataclass(frozen=True)
class Record:
    kind: str
    status: int | None  # None: no answer (refused, reset or timed out)
    seconds: float
    at: float  # time.monotonic() when it was asked


class Tally:
    def __init__(self, records):
        self.records = records

    def of(self, *kinds):
        return [r for r in self.records if r.kind in kinds]

    def server_errors(self, *kinds):
        return sum(1 for r in self.of(*kinds) if r.status is not None and r.status >= 500)

    def no_answer(self, *kinds):
        return sum(1 for r in self.of(*kinds) if r.status is None)

    def when(self, kind, status):
        """(first, last) time.monotonic() at which `kind` got `status`."""
        times = [r.at for r in self.of(kind) if r.status == status]
        return min(times), max(times)

    def statuses(self, *kinds):
        return Counter("no answer" if r.status is None else r.status for r in self.of(*kinds))

    def p99_ms(self):
        latencies = sorted(r.seconds for r in self.records)
        if not latencies:
            return 0
        return round(1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))])


class Load:
    def __init__(self, targets, visitors=VISITORS):
        self.targets = targets
        self.visitors = visitors
        self.records = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._visit, args=(number,)) for number in range(visitors)
        ]

    def start(self):
        for thread in self._threads:
            thread.start()
        return self

    def stop(self):
        self._stop.set()
        for thread in self._threads:
            thread.join()
        return Tally(self.records)

    def _visit(self, number):
        # Each visitor starts elsewhere in the list, so all targets are asked all the time.
        turns = itertools.islice(itertools.cycle(self.targets), number, None)
        for target in turns:
            if self._stop.is_set():
                return
            started = time.monotonic()
            try:
                status = fetch(target.next_url(), headers=HEADERS, timeout=TIMEOUT_SECONDS).status
            except (OSError, http.client.HTTPException):
                status = None
            with self._lock:
                self.records.append(
                    Record(target.kind, status, time.monotonic() - started, started)
                )
            if status is None:
                time.sleep(NO_ANSWER_PAUSE_SECONDS)
