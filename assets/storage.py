"""Uploaded images and documents on S3-compatible object storage (MEDIA_STORAGE=s3).

Every web replica reads and writes the same bucket, so an image uploaded through one replica is
served by all of them. The bucket stays private: files are written without a public ACL, and the
site never hands out the bucket's own address. Images are served by the site's media view at
MEDIA_URL (which reads through this storage), documents by Wagtail's document view (which applies
the privacy rules of their collection first). A page's HTML therefore holds only stable /media/
addresses, never an expiring signed URL, and stays cacheable in Varnish and the page cache.
"""

from urllib.parse import quote, urljoin

from django.conf import settings
from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class PrivateS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, quote(clean_name(name)))
