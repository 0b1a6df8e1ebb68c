"""Time the draft protocol from a complete answer set to the three files (issue #16: all three
files for a complete answer set in under one second).

The draft comes from the section templates the site ships (protocol/content/) and the proposed
answers of a gemeente, as a visitor who accepts every proposal gets it; no database is needed.
Usage: .venv/bin/python bench/protocol_documents.py [runs]
Prints, per step, the first run (in this process: WeasyPrint loads and parses the fonts and
style sheets then; a gunicorn worker does that before its first request) and the median of the
following runs, and the same for the whole: answers -> draft -> ODT, DOCX and PDF.
"""

import os
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligpubliek.settings.dev")

import django  # noqa: E402

django.setup()

from django.utils import timezone  # noqa: E402

from protocol.assemble import build_draft  # noqa: E402
from protocol.formats import FORMATS  # noqa: E402
from protocol.models import ProtocolToolPage  # noqa: E402
from protocol.samples import sample_answers  # noqa: E402

BUDGET_MS = 1000
SHIPPED_PAGE = ROOT / "protocol" / "content" / "agressieprotocol-maken.yaml"


def shipped_sections():
    content = yaml.safe_load(SHIPPED_PAGE.read_text())
    block = ProtocolToolPage._meta.get_field("sections").stream_block
    return content, block.to_python(content["sections"])


def make_draft(content, sections):
    return build_draft(
        sections,
        sample_answers(),
        today=timezone.localdate(),
        title=content["document_title"],
        subtitle=content.get("document_subtitle", ""),
    )


def timed(work):
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def main(runs):
    content, sections = shipped_sections()
    steps = {"draft": lambda: make_draft(content, sections)}
    draft = make_draft(content, sections)
    for key, document_format in FORMATS.items():
        steps[key] = lambda render=document_format.render: render(draft)

    def everything():
        fresh = make_draft(content, sections)
        return [document_format.render(fresh) for document_format in FORMATS.values()]

    steps["all three"] = everything
    print(f"Shipped templates ({len(draft.sections)} sections), median of {runs} runs")
    figures = {}
    for name, work in steps.items():
        first, result = timed(work)
        later = [timed(work)[0] for _ in range(runs)]
        figures[name] = (first, statistics.median(later))
        files = result if name == "all three" else [] if name == "draft" else [result]
        size = sum(map(len, files))
        print(
            f"{name:<10} first {first:8.1f} ms   median {figures[name][1]:8.1f} ms"
            + (f"   {size:>8} bytes" if size else "")
        )
    first, median = figures["all three"]
    verdict = "under" if median < BUDGET_MS else "OVER"
    print(
        f"Answers to all three files: {verdict} {BUDGET_MS} ms (median {median:.0f} ms; "
        f"first {first:.0f} ms, after WeasyPrint loaded)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
