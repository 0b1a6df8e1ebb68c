"""What the fault test (.ci/checks/faults.py) makes of each fault's load: PASS or FAIL, and the
table row: fault | requests | 5xx on pages | 5xx on documents | no answer | p99 ms | recovery s.

"5xx on pages" counts the pages and the new searches; "no answer" every request that got none
(refused, reset, timed out). A page must always get 200. A fault may allow a 503 (the designed
answer, with Retry-After) for documents or new searches, or no answer at all (while Varnish
restarts): anything else fails, a 500 included.
"""

from dataclasses import dataclass, field

KINDS = ("page", "search", "document")
HEADER = (
    "| fault | requests | 5xx on pages | 5xx on documents | no answer | p99 ms | recovery s |\n"
    "|---|---|---|---|---|---|---|"
)


@dataclass
class Row:
    fault: object
    tally: object
    recovery: float | None  # None: did not recover in time
    injected: float | None  # time.monotonic() of the fault and of the part's return
    returned: float | None
    notes: list = field(default_factory=list)

    def __post_init__(self):
        for kind in KINDS:
            statuses = self.tally.statuses(kind)
            if set(statuses) - {200}:
                self.notes.append(f"{kind}: " + ", ".join(f"{n}x {s}" for s, n in statuses.items()))

    def failures(self, recovery_limit):
        found = [
            f"{kind}: {n}x {status} {self.window(kind, status)}"
            for kind in KINDS
            for status, n in self.unexpected(kind).items()
        ]
        if self.recovery is None:
            found.append(f"not recovered within {recovery_limit} s")
        return found

    def unexpected(self, kind):
        """The answers of one kind that the fault does not excuse."""
        allowed = {200}
        if kind in self.fault.allowed:
            allowed.add(503)
        if "no answer" in self.fault.allowed:
            allowed.add("no answer")
        return {s: n for s, n in self.tally.statuses(kind).items() if s not in allowed}

    def window(self, kind, status):
        """When those answers came, counted from the fault: (+12.1 to +20.3 s; back at +10.2 s)."""
        if self.injected is None:
            return ""
        first, last = (t - self.injected for t in self.tally.when(kind, status))
        back = "" if self.returned is None else f"; back at {self.returned - self.injected:+.1f} s"
        return f"({first:+.1f} to {last:+.1f} s{back})"

    def line(self):
        tally = self.tally
        pages = str(tally.server_errors("page", "search"))
        searches = tally.server_errors("search")
        if "search" in self.fault.allowed and searches:
            pages = f"{tally.server_errors('page')} (+{searches} 503 on new searches, allowed)"
        recovery = "never" if self.recovery is None else f"{self.recovery:.1f}"
        return (
            f"| {self.fault.name} | {len(tally.records)} | {pages} "
            f"| {tally.server_errors('document')} | {tally.no_answer(*KINDS)} "
            f"| {tally.p99_ms()} | {recovery} |"
        )


def table(rows):
    return "\n".join([HEADER, *(row.line() for row in rows)])


def last_traceback(log):
    """The last error in a log: the request, the innermost frames and the exception."""
    lines = log.splitlines()
    starts = [n for n, line in enumerate(lines) if line.startswith("Traceback")]
    if not starts:
        return "no traceback"
    start = starts[-1]
    end = next((n for n in range(start + 1, len(lines)) if not lines[n].startswith(" ")), None)
    end = len(lines) - 1 if end is None else end
    frames = lines[max(start + 1, end - 12) : end]
    return "\n".join([*lines[max(0, start - 1) : start + 1], "  ...", *frames, lines[end]])
