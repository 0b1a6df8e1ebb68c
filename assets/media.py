"""Serves uploaded images from MEDIA_URL in every deployment, also when DEBUG is off.

`make run`, the single container and compose have no web server in front that could serve
MEDIA_ROOT, so the site does it itself. Files are read through the default storage, so the view
keeps working when that storage changes; set SERVE_MEDIA=false when a proxy or a storage with
its own addresses (such as S3) serves the files instead.

Only images are served here. Documents live under `documents/` in the same storage but are always
served by Wagtail's document view (/documents/...), which applies the privacy rules of their
collection; their direct media address answers 404.
"""

import posixpath

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.utils.cache import get_conditional_response, quote_etag
from django.utils.http import http_date

CONTENT_TYPES = {
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}

ONE_YEAR = 365 * 24 * 60 * 60
ONE_DAY = 24 * 60 * 60
# The folders Wagtail keeps images in, with how long a browser may keep them. A rendition's name
# contains its size and crop (`images/foto.width-800.webp`) and a new upload gets a new name,
# so renditions never change. An original keeps its name when an editor replaces the file.
CACHE_CONTROL = {
    "images/": f"public, max-age={ONE_YEAR}, immutable",
    "original_images/": f"public, max-age={ONE_DAY}",
}


def cache_control_for(name):
    for folder, cache_control in CACHE_CONTROL.items():
        if name.startswith(folder):
            return cache_control
    return None


def serve_media(request, path):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    name = posixpath.normpath(path)
    content_type = CONTENT_TYPES.get(posixpath.splitext(name)[1].lower())
    cache_control = cache_control_for(name)
    if name != path or "\x00" in name or not content_type or not cache_control:
        raise Http404("Dit bestand bestaat niet.")
    try:
        size = default_storage.size(name)
        modified = default_storage.get_modified_time(name)
    except (OSError, SuspiciousFileOperation, NotImplementedError) as error:
        raise Http404("Dit bestand bestaat niet.") from error

    timestamp = int(modified.timestamp())
    etag = quote_etag(f"{timestamp:x}-{size:x}")
    headers = {
        "Cache-Control": cache_control,
        "ETag": etag,
        "Last-Modified": http_date(timestamp),
        "X-Content-Type-Options": "nosniff",
    }
    not_modified = get_conditional_response(request, etag=etag, last_modified=timestamp)
    if not_modified is not None:
        for header, value in headers.items():
            not_modified[header] = value
        return not_modified

    try:
        file = default_storage.open(name, "rb")
    except OSError as error:
        raise Http404("Dit bestand bestaat niet.") from error
    response = FileResponse(file, content_type=content_type)
    for header, value in headers.items():
        response[header] = value
    response["Content-Length"] = str(size)
    # FileResponse names the file for a download; an image on a page is shown, not saved.
    del response["Content-Disposition"]
    return response
