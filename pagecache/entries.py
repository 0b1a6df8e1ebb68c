"""A stored page: compressed once when it is rendered, served as often as it is asked for."""

import gzip
import hashlib
import time

import brotli
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from .http import mark_public

# Headers that belong to one answer, not to the page: made anew for every response.
PER_RESPONSE_HEADERS = {
    "cache-control",
    "content-encoding",
    "content-length",
    "etag",
    "expires",
    "last-modified",
    "set-cookie",
    "vary",
    "x-cache",
}


# Each page is stored once per encoding, each its own cache entry.
STORED_ENCODINGS = ("br", "gzip")


def stored_encoding(request):
    """Which stored copy a request reads: Brotli when the visitor takes it, else gzip (also for
    the rare visitor who takes neither; it is decompressed for them)."""
    return "br" if "br" in accepted_encodings(request) else "gzip"


def make_entries(response, generation):
    """The page compressed once per stored encoding, each its own cache entry: a hit then reads
    and unpickles only the body it sends."""
    body = response.content
    common = {
        "generation": generation,
        "status": response.status_code,
        "headers": [
            (name, value)
            for name, value in response.items()
            if name.lower() not in PER_RESPONSE_HEADERS
        ],
        # Weak: the gzip, Brotli and plain bodies are the same page, byte for byte different.
        "etag": 'W/"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"',
        "last_modified": int(time.time()),
    }
    return {
        "br": {**common, "encoding": "br", "body": brotli.compress(body, quality=5)},
        "gzip": {
            **common,
            "encoding": "gzip",
            "body": gzip.compress(body, compresslevel=6, mtime=0),
        },
    }


def accepted_encodings(request):
    accepted = set()
    for item in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name, _, params = item.strip().partition(";")
        quality = params.strip().removeprefix("q=").strip() if params else "1"
        try:
            if float(quality or "1") > 0:
                accepted.add(name.strip().lower())
        except ValueError:
            continue
    return accepted


def response_from_entry(request, entry, x_cache):
    not_modified = get_conditional_response(
        request, etag=entry["etag"], last_modified=entry["last_modified"]
    )
    if not_modified is not None:
        response = not_modified
    else:
        encoding, body = entry["encoding"], entry["body"]
        if encoding not in accepted_encodings(request):
            encoding, body = None, gzip.decompress(body)
        response = HttpResponse(b"" if request.method == "HEAD" else body, status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        if encoding:
            response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(body))
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["last_modified"])
    response["X-Cache"] = x_cache
    return mark_public(response)
