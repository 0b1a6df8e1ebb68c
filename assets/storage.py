"""Uploaded images and documents on S3-compatible object storage (MEDIA_STORAGE=s3).

Every web replica reads and writes the same bucket, so an image uploaded through one replica is
served by all of them. The bucket stays private: files are written without a public ACL, and the
site never hands out the bucket's own address. Images are served by the site's media view at
MEDIA_URL (which reads through this storage), documents by Wagtail's document view (which applies
the privacy rules of their collection first). A page's HTML therefore holds only stable /media/
addresses, never an expiring signed URL, and stays cacheable in Varnish and the page cache.
"""

from urllib.parse import quote, urljoin

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

# What a storage that does not answer raises: no connection, a timeout, an unreadable answer
# (BotoCoreError), or a server error of its own while it stops or starts (a ClientError with a
# 5xx status: 500 InternalError, 503 SlowDown). Catch these, then ask is_storage_outage(): a
# missing file is a ClientError too (404), and an OSError on the local disk; neither is an outage.
STORAGE_OUTAGES = (BotoCoreError, ClientError)


def is_storage_outage(exception):
    if isinstance(exception, BotoCoreError):
        return True
    if isinstance(exception, ClientError):
        return exception.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) >= 500
    return False


RETRY_AFTER_SECONDS = 30


class PrivateS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, quote(clean_name(name)))


def storage_outage_response():
    """503 with Retry-After and the Dutch page: the file is there, the storage does not answer."""
    response = HttpResponse(
        loader.get_template("503_files.html").render(),
        status=503,
        content_type="text/html; charset=utf-8",
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class StorageOutageMiddleware:
    """A download (a document, an image file) or an upload that meets a storage that does not
    answer gets 503 with Retry-After instead of a server error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_storage_outage(exception):
            return storage_outage_response()
        return None
