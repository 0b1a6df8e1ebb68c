"""Web archiving (Archiefwet): the whole public site, as visitors get it, in WARC files.

A harvest starts at the home page and the sitemap, follows every link, image, stylesheet,
script and document on the site's own host, and writes each answer as a WARC `response` record
(ISO 28500, with warcio): uncompressed, as the national archive's guideline asks, in files of at
most `max_bytes` (1 GB by default; a single answer larger than that gets a file of its own).
Addresses with a query string are left out except the pages of a listing (`?pagina=2`): filter
combinations would multiply without end and show nothing new. The admin and the search are not
public content and are not harvested.

The harvest speaks HTTP to `fetch_from` (the site itself, or Varnish in front of it, with the
canonical host name in the Host header) and records every answer under its canonical address.
"""

import re
import urllib.error
import urllib.request
from collections import deque
from datetime import UTC, datetime
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

MAX_WARC_BYTES = 1_000_000_000
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/zoeken/", "/_util/")
PAGINATION = re.compile(r"^pagina=\d{1,4}$")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")
# The modules a script module loads: import("./x.js") and import … from "./x.js".
JS_IMPORT = re.compile(r"""import\s*\(\s*["']([^"']+)["']\s*\)|from\s*["']([^"']+)["']""")
USER_AGENT = "veiligpubliek-archief (WARC)"


class _Links(HTMLParser):
    """Every address a browser would load or follow from a page."""

    ATTRIBUTES = {"href", "src", "poster", "data"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if not value:
                continue
            if name in self.ATTRIBUTES:
                self.found.append(value)
            elif name in {"srcset", "imagesrcset"}:
                self.found.extend(part.strip().split(" ")[0] for part in value.split(","))


def links_in(body, content_type):
    text = body.decode("utf-8", "replace")
    if content_type.startswith("text/html"):
        parser = _Links()
        parser.feed(text)
        return parser.found
    if content_type.startswith("text/css"):
        return CSS_URL.findall(text)
    if "javascript" in content_type:
        return [dynamic or static for dynamic, static in JS_IMPORT.findall(text)]
    if content_type in {"application/xml", "text/xml"}:
        return re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", text)
    return []


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def http_fetcher(fetch_from, host, timeout=60):
    """fetch(path) -> (status, reason, [(header, value)], body) over HTTP, redirects not followed."""
    if urlsplit(fetch_from).scheme not in {"http", "https"}:
        raise ValueError(f"Not an http(s) address: {fetch_from}")
    opener = urllib.request.build_opener(_NoRedirects)

    def fetch(path):
        request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
            fetch_from.rstrip("/") + path,
            headers={"Host": host, "User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
        )
        try:
            with opener.open(request, timeout=timeout) as response:
                return (
                    response.status,
                    response.reason,
                    list(response.headers.items()),
                    response.read(),
                )
        except urllib.error.HTTPError as error:
            return error.code, error.reason, list(error.headers.items()), error.read()

    return fetch


class WarcFiles:
    """WARC files of at most max_bytes each, every one opened with a warcinfo record."""

    def __init__(self, folder, max_bytes, prefix):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self.prefix = prefix
        self.paths = []
        self._file = None
        self._writer = None

    def write(self, uri, status, reason, headers, body):
        record = self._record(uri, status, reason, headers, body)
        size = len(record)
        if self._file is None or (
            self._file.tell() > 0 and self._file.tell() + size > self.max_bytes
        ):
            self._next_file()
        self._file.write(record)

    def _record(self, uri, status, reason, headers, body):
        # Written to memory first, to know its size before it goes into a file.
        buffer = BytesIO()
        writer = WARCWriter(buffer, gzip=False)
        http_headers = StatusAndHeaders(f"{status} {reason}", headers, protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                uri, "response", payload=BytesIO(body), length=len(body), http_headers=http_headers
            )
        )
        return buffer.getvalue()

    def _next_file(self):
        self.close()
        path = self.folder / f"{self.prefix}-{len(self.paths) + 1:05d}.warc"
        self._file = path.open("wb")
        self._writer = WARCWriter(self._file, gzip=False)
        info = {
            "software": "Veilig Publiek archive_site (warcio)",
            "format": "WARC File Format 1.0",
        }
        self._writer.write_record(self._writer.create_warcinfo_record(path.name, info))
        self.paths.append(path)

    def close(self):
        if self._file is not None:
            self._file.close()
            self._file = None


def should_harvest(path_and_query):
    path, _, query = path_and_query.partition("?")
    if path.startswith(SKIPPED_PREFIXES):
        return False
    return not query or bool(PAGINATION.match(query))


def harvest(canonical_base, fetch, folder, max_bytes=MAX_WARC_BYTES, now=None):
    """Harvest the site into WARC files in `folder`; returns (paths, records, bytes of answers)."""
    canonical_base = canonical_base.rstrip("/")
    host = urlsplit(canonical_base).netloc
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")
    files = WarcFiles(folder, max_bytes, f"veiligpubliek-{stamp}")
    queue = deque(["/", "/sitemap.xml", "/robots.txt"])
    seen = set(queue)
    records = answered_bytes = 0
    try:
        while queue:
            path = queue.popleft()
            status, reason, headers, body = fetch(path)
            files.write(canonical_base + path, status, reason, headers, body)
            records += 1
            answered_bytes += len(body)
            content_type = dict((k.lower(), v) for k, v in headers).get("content-type", "")
            found = links_in(body, content_type.lower()) if status == 200 else []
            location = dict((k.lower(), v) for k, v in headers).get("location")
            if location:
                found.append(location)
            for link in found:
                target = _same_site_path(canonical_base + path, link, host)
                if target and target not in seen and should_harvest(target):
                    seen.add(target)
                    queue.append(target)
    finally:
        files.close()
    return files.paths, records, answered_bytes


def _same_site_path(page_url, link, host):
    link = link.strip()
    if link.startswith(("mailto:", "tel:", "javascript:", "data:", "#")):
        return None
    absolute = urlsplit(urljoin(page_url, link))
    if absolute.scheme not in {"http", "https"} or absolute.netloc != host:
        return None
    return absolute.path + (f"?{absolute.query}" if absolute.query else "")
