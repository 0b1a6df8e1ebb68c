"""A small web server on 127.0.0.1 for the link checker's tests: it answers the way other sites
do (200, 404, HEAD refused, redirects, slow) and notes every request it gets."""

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REDIRECTS = {
    "/moved": "/ok",
    "/moved-twice": "/moved",
    "/loop": "/loop",
    "/to-ftp": "ftp://example.org/file",
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass  # the test output stays clean

    def answer(self, status, location=None):
        body = b"" if self.command == "HEAD" else b"<p>Hallo</p>"
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The checker may have given up waiting (its read timeout).
        with contextlib.suppress(BrokenPipeError):
            self.wfile.write(body)

    def respond(self):
        # Noted on arrival: the spacing the tests measure is that of the requests themselves.
        self.server.requests.append(
            (
                self.command,
                self.path,
                self.headers.get("Host"),
                self.headers.get("User-Agent"),
                time.monotonic(),
            )
        )
        path = self.path.split("?")[0]
        if path in REDIRECTS:
            return self.answer(301 if path == "/moved" else 302, REDIRECTS[path])
        if path == "/no-head" and self.command == "HEAD":
            return self.answer(405)
        if path == "/not-implemented" and self.command == "HEAD":
            return self.answer(501)
        if path == "/slow":
            time.sleep(self.server.slow_seconds)
        if path in {"/ok", "/no-head", "/not-implemented", "/slow"} or path.startswith("/page/"):
            return self.answer(200)
        if path == "/error":
            return self.answer(500)
        return self.answer(404)

    do_HEAD = respond
    do_GET = respond


class LocalServer:
    def __init__(self, slow_seconds=2.0):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.requests = []
        self.httpd.slow_seconds = slow_seconds
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path, host="127.0.0.1"):
        return f"http://{host}:{self.port}{path}"

    @property
    def requests(self):
        return self.httpd.requests
