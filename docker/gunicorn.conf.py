"""gunicorn settings that belong to the code, not the environment (docker/entrypoint.sh uses it).

An orchestrator probes /healthz and /readyz every few seconds; their successful answers would
drown the access log, so only a failing probe is logged.

Each worker loads the PDF library before it takes requests: otherwise the first PDF download
of every worker (the self-assessment result, the draft protocol) waits a second longer.
"""

import logging

from gunicorn.glogging import Logger

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
