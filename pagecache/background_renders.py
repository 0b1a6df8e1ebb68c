"""Pages made out of date by a change are rendered anew by one background process per replica,
so that no gunicorn worker is taken away from visitors to do it.

A publish makes every stored page out of date at once (one site-wide generation). Until now the
first request for each page rendered it while everyone else got the copy from before; that still
took a worker for every page that was asked for, and visitors queued behind those renders. Now
the request that claims the page (pagecache/rendering_claims.py) only sends its address to the
renderer and is itself served the copy from before. The renderer is a separate process at a lower
CPU priority (started by gunicorn's master, docker/gunicorn.conf.py): it renders the page through
the whole Django stack as an anonymous visitor would get it, stores it, and releases the claim.

Workers and the renderer talk over a Unix datagram socket in VAR_DIR (one per replica, like the
render slots). The renderer touches a heartbeat file while it is alive; a worker that finds no
recent heartbeat, or no socket, renders the page itself as before: without the renderer (the
development server, the tests, a renderer that died) nothing changes but the speed.
"""

import io
import json
import logging
import socket
import sys
import time
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

SOCKET_NAME = "page-renderer.sock"
HEARTBEAT_NAME = "page-renderer.alive"
# The renderer touches its heartbeat at least this often, also when it has nothing to do...
HEARTBEAT_EVERY_SECONDS = 2.0
# ...and a worker trusts it with a page only when it was touched this recently.
HEARTBEAT_TRUSTED_SECONDS = 15.0
# Set in the WSGI environ of the renderer's own requests; an HTTP header cannot set it (those
# arrive as HTTP_*), so a visitor cannot pass for the renderer.
RENDERER_ENVIRON_KEY = "veiligpubliek.page_renderer"
MAX_MESSAGE_BYTES = 8192


def socket_path():
    return Path(settings.VAR_DIR) / SOCKET_NAME


def heartbeat_path():
    return Path(settings.VAR_DIR) / HEARTBEAT_NAME


def is_renderer_request(request):
    return bool(request.META.get(RENDERER_ENVIRON_KEY))


def renderer_is_alive():
    try:
        return time.time() - heartbeat_path().stat().st_mtime < HEARTBEAT_TRUSTED_SECONDS
    except OSError:
        return False


def ask_renderer(request):
    """True when the renderer took the page's address; False: render it in this request."""
    if not renderer_is_alive():
        return False
    message = json.dumps(
        {
            "scheme": request.scheme,
            "host": request.get_host(),
            "path": request.path,
            "query": request.META.get("QUERY_STRING", ""),
        }
    ).encode()
    if len(message) > MAX_MESSAGE_BYTES:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as channel:
            channel.setblocking(False)
            channel.sendto(message, str(socket_path()))
    except BlockingIOError:
        # The renderer is alive but has a queue: the claim lapses and the page is asked again.
        return True
    except OSError:
        return False  # no renderer listening (its socket is gone, or it died)
    return True


def renderer_environ(message):
    """The WSGI environ of an anonymous visitor's GET of the address in the message."""
    host = message["host"]
    name, _, port = host.rpartition(":") if host.rpartition(":")[2].isdigit() else (host, "", "")
    scheme = "https" if message["scheme"] == "https" else "http"
    return {
        "REQUEST_METHOD": "GET",
        # WSGI carries the path as bytes decoded as Latin-1 (PEP 3333).
        "PATH_INFO": message["path"].encode().decode("latin-1"),
        "QUERY_STRING": message["query"],
        "SCRIPT_NAME": "",
        "SERVER_NAME": name or host,
        "SERVER_PORT": port or ("443" if scheme == "https" else "80"),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "HTTP_ACCEPT_ENCODING": "br, gzip",
        "HTTP_USER_AGENT": "veiligpubliek-page-renderer",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        RENDERER_ENVIRON_KEY: True,
    }


class PageRenderer:
    """The renderer's loop: receive addresses, render each once, keep the heartbeat."""

    def __init__(self, application=None, path=None):
        if application is None:
            from django.core.wsgi import get_wsgi_application

            application = get_wsgi_application()
        self.application = application
        self.path = Path(path or socket_path())
        self.channel = None
        self.rendered = 0

    def open(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.unlink(missing_ok=True)  # left by a renderer that died
        self.channel = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.channel.bind(str(self.path))
        self.channel.settimeout(HEARTBEAT_EVERY_SECONDS)
        self.beat()

    def close(self):
        if self.channel is not None:
            self.channel.close()
            self.channel = None
        self.path.unlink(missing_ok=True)
        heartbeat_path().unlink(missing_ok=True)

    def beat(self):
        heartbeat_path().touch()

    def serve(self, should_stop=lambda: False):
        while not should_stop():
            self.beat()
            self.render_waiting()

    def render_waiting(self):
        for message in self.receive():
            self.render(message)
            self.beat()

    def receive(self):
        """The addresses waiting now, each once, in the order they were first asked for."""
        waiting = {}
        try:
            data = self.channel.recv(MAX_MESSAGE_BYTES)
        except TimeoutError:
            return []
        self.channel.setblocking(False)
        try:
            while data is not None:
                try:
                    message = json.loads(data)
                    address = (message["scheme"], message["host"], message["path"])
                    waiting.setdefault(address + (message["query"],), message)
                except (ValueError, KeyError, TypeError):
                    logger.warning("Page renderer: a message it cannot read was ignored")
                try:
                    data = self.channel.recv(MAX_MESSAGE_BYTES)
                except BlockingIOError:
                    data = None
        finally:
            self.channel.settimeout(HEARTBEAT_EVERY_SECONDS)
        return list(waiting.values())

    def render(self, message):
        # Django's handler closes database connections that are broken or too old, as per request.
        try:
            response = self.application(renderer_environ(message), lambda *args: None)
            for _ in response:
                pass
            if hasattr(response, "close"):
                response.close()
            self.rendered += 1
        except Exception:  # noqa: BLE001 - one page that fails must not stop the renderer
            logger.exception("Page renderer: %s could not be rendered", message.get("path"))
