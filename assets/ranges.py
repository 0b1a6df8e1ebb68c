"""Byte ranges for downloaded files: resumable downloads and PDF viewers that fetch page by page.

Django's FileResponse always sends the whole file. This middleware answers a single `Range`
request with 206 Partial Content for any FileResponse, so it works for the media view
(assets/media.py) and for Wagtail's document view alike, behind their own permission checks.
Static files get the same from WhiteNoise.
"""

import re

from django.http import FileResponse, HttpResponse
from django.utils.http import parse_http_date_safe

RANGE_PATTERN = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK_SIZE = 64 * 1024


class UnsatisfiableRange(Exception):
    pass


def parse_range(header, size):
    """(start, end) inclusive for one byte range, or None to send the whole file.

    Headers we do not understand, and several ranges at once, are ignored as RFC 9110 allows.
    """
    match = RANGE_PATTERN.match(header.strip())
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":
        suffix_length = int(last)
        if suffix_length == 0 or size == 0:
            raise UnsatisfiableRange
        return max(size - suffix_length, 0), size - 1
    start = int(first)
    if start >= size:
        raise UnsatisfiableRange
    end = int(last) if last else size - 1
    if end < start:
        return None
    return start, min(end, size - 1)


def if_range_matches(request, response):
    """A Range with If-Range only applies when the file is still the version the client has."""
    validator = request.headers.get("If-Range")
    if not validator:
        return True
    if validator.startswith(('"', "W/")):
        etag = response.get("ETag", "")
        return not validator.startswith("W/") and etag not in ("", '""') and validator == etag
    requested = parse_http_date_safe(validator)
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    return requested is not None and requested == last_modified


def _read_slice(filelike, start, length):
    filelike.seek(start)
    while length > 0:
        chunk = filelike.read(min(CHUNK_SIZE, length))
        if not chunk:
            break
        length -= len(chunk)
        yield chunk


class RangeRequestsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.get("Content-Encoding") == "None":
            # Wagtail's document view writes the Python value None into this header.
            del response["Content-Encoding"]
        filelike = getattr(response, "file_to_stream", None)
        if (
            not isinstance(response, FileResponse)
            or response.status_code != 200
            or filelike is None
            or not hasattr(filelike, "seek")
            or response.get("Content-Encoding")
            or not response.get("Content-Length", "").isdigit()
        ):
            return response
        response["Accept-Ranges"] = "bytes"
        header = request.headers.get("Range")
        if not header or request.method not in ("GET", "HEAD"):
            return response
        if not if_range_matches(request, response):
            return response
        size = int(response["Content-Length"])
        try:
            byte_range = parse_range(header, size)
        except UnsatisfiableRange:
            # Only the file: closing the response would announce the end of the request
            # (request_finished) while it is still being answered.
            filelike.close()
            refusal = HttpResponse(status=416)
            refusal["Content-Range"] = f"bytes */{size}"
            return refusal
        if byte_range is None:
            return response
        start, end = byte_range
        length = end - start + 1
        # The file stays registered for closing by the response; only the stream changes.
        response.streaming_content = _read_slice(filelike, start, length)
        response.status_code = 206
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(length)
        return response
