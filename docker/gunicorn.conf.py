"""gunicorn settings that belong to the code, not the environment (docker/entrypoint.sh uses it).

An orchestrator probes /healthz and /readyz every few seconds; their successful answers would
drown the access log, so only a failing probe is logged.

The access log holds no query strings, of the address or of the referring page: the
self-assessment's answers (and the name of the organisation) travel in the query string of its
addresses, and the site promises its visitors they are kept nowhere. The path stays, so errors and
traffic can still be followed.

A database statement that takes longer than DATABASE_STATEMENT_TIMEOUT_MS (5 s) is cancelled in
the web processes, so a slow database cannot hold every worker.

Each worker loads the PDF library before it takes requests: otherwise the first PDF download
of every worker (the self-assessment result, the draft protocol) waits a second longer.

The master starts the replica's background page renderer (manage.py render_pages_anew, see
pagecache/background_renders.py) when it is ready and stops it when it exits; without it (or
with PAGE_RENDERER=false) workers render out-of-date pages themselves, as they always could.
"""

import logging
import os
import subprocess
import sys
from urllib.parse import urlsplit, urlunsplit

from gunicorn.glogging import Logger

# Web processes only: a statement slower than this is cancelled (veiligpubliek/settings/base.py).
os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT_MS", "5000")

PROBE_PATHS = {"/healthz", "/readyz"}


# gunicorn's log atoms that hold nothing but a query string, and those that hold the browser's
# name (free text, not an address). Every other atom that holds a "?" is an address: the request,
# the referring page, a redirect's Location, and their copies in the request's environment.
QUERY_ATOMS = ("q", "{query_string}e")
USER_AGENT_ATOMS = ("a", "{user-agent}i", "{http_user_agent}e")


def without_query(address):
    """The address without its query string (and fragment); '-' and paths stay as they are."""
    if not isinstance(address, str) or "?" not in address and "#" not in address:
        return address
    parts = urlsplit(address)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


class ProbeQuietLogger(Logger):
    def access(self, resp, req, environ, request_time):
        status = getattr(resp, "status_code", None) or 0
        if environ.get("PATH_INFO") in PROBE_PATHS and status < 400:
            return
        super().access(resp, req, environ, request_time)

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        method, protocol = environ.get("REQUEST_METHOD", "-"), environ.get("SERVER_PROTOCOL", "-")
        atoms["r"] = f"{method} {without_query(environ.get('RAW_URI', ''))} {protocol}"
        for name, value in atoms.items():
            if name in QUERY_ATOMS:
                atoms[name] = "-"
            elif name not in USER_AGENT_ATOMS and name != "r":
                atoms[name] = without_query(value)
        return atoms


logger_class = ProbeQuietLogger


def post_worker_init(worker):
    try:
        from visitortools.pdf import warm_up

        warm_up()
    except Exception:  # noqa: BLE001 - pages work without it; only PDF downloads would fail
        logging.getLogger("veiligpubliek.pdf").exception("WeasyPrint could not be loaded")


_page_renderer = None


def when_ready(server):
    global _page_renderer
    if os.environ.get("PAGE_RENDERER", "true").lower() in ("0", "false", "no", "off"):
        return
    _page_renderer = subprocess.Popen(
        [sys.executable, "-m", "django", "render_pages_anew"], env=dict(os.environ)
    )
    server.log.info("Page renderer started (pid %s)", _page_renderer.pid)


def on_exit(server):
    if _page_renderer is not None and _page_renderer.poll() is None:
        _page_renderer.terminate()
        try:
            _page_renderer.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _page_renderer.kill()
