"""gunicorn settings that belong to the code, not the environment (docker/entrypoint.sh uses it).

An orchestrator probes /healthz and /readyz every few seconds; their successful answers would
drown the access log, so only a failing probe is logged.

A database statement that takes longer than DATABASE_STATEMENT_TIMEOUT_MS (5 s) is cancelled in
the web processes, so a slow database cannot hold every worker.

Each worker loads the PDF library before it takes requests: otherwise the first PDF download
of every worker (the self-assessment result, the draft protocol) waits a second longer.
"""

import logging
import os

from gunicorn.glogging import Logger

# Web processes only: a statement slower than this is cancelled (veiligpubliek/settings/base.py).
os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT_MS", "5000")

PROBE_PATHS = {"/healthz", "/readyz"}


class ProbeQuietLogger(Logger):
    def access(self, resp, req, environ, request_time):
        status = getattr(resp, "status_code", None) or 0
        if environ.get("PATH_INFO") in PROBE_PATHS and status < 400:
            return
        super().access(resp, req, environ, request_time)


logger_class = ProbeQuietLogger


def post_worker_init(worker):
    try:
        from visitortools.pdf import warm_up

        warm_up()
    except Exception:  # noqa: BLE001 - pages work without it; only PDF downloads would fail
        logging.getLogger("veiligpubliek.pdf").exception("WeasyPrint could not be loaded")
