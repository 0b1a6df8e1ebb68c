"""Time the three writers of the draft protocol (issue #16: all three files for a complete
answer set in under one second) on a complete draft: 9 sections, lists, the roles table.

Usage: .venv/bin/python bench/protocol_documents.py [runs]   (no database needed)
Prints, per format, the first run (in this process: WeasyPrint loads and parses the fonts and
style sheets then) and the median of the following runs, and the same for all three together.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligpubliek.settings.dev")

import django  # noqa: E402

django.setup()

from protocol.formats import FORMATS  # noqa: E402
from tests.protocol.drafts import complete_draft  # noqa: E402

BUDGET_MS = 1000


def timed(render, draft):
    start = time.perf_counter()
    content = render(draft)
    return (time.perf_counter() - start) * 1000, len(content)


def render_all(draft):
    return b"".join(document_format.render(draft) for document_format in FORMATS.values())


def main(runs):
    draft = complete_draft()
    writers = {key: document_format.render for key, document_format in FORMATS.items()}
    first = {key: timed(render, draft) for key, render in writers.items()}
    first["all three"] = (sum(ms for ms, _ in first.values()), sum(n for _, n in first.values()))
    medians = {
        key: statistics.median(timed(render, draft)[0] for _ in range(runs))
        for key, render in {**writers, "all three": render_all}.items()
    }
    print(f"Complete draft ({len(draft.sections)} sections), median of {runs} runs")
    for key, median_ms in medians.items():
        first_ms, size = first[key]
        print(f"{key:<10} first {first_ms:7.1f} ms   median {median_ms:7.1f} ms   {size:>7} bytes")
    total = medians["all three"]
    verdict = "under" if total < BUDGET_MS and first["all three"][0] < BUDGET_MS else "NOT under"
    print(
        f"All three: {verdict} {BUDGET_MS} ms (first {first['all three'][0]:.0f} ms, median {total:.0f} ms)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
