"""How long browsers and a CDN may keep a downloaded document.

A public document: a minute, then they ask again with its ETag (the file's hash) and get a cheap
304 while it is unchanged. So an unpublished example's PDF is gone for everyone within a minute
(the page cache never stores documents). Anything else (an unreviewed upload shown to its
editors, a document of a restricted collection, any download by a logged-in editor): kept by no
cache at all.
"""

from django.utils.cache import patch_vary_headers
from wagtail.documents import get_document_model

from .documents import public_documents

PUBLIC_DOCUMENT_CACHE_CONTROL = "public, max-age=60, s-maxage=60, must-revalidate"
PRIVATE_DOCUMENT_CACHE_CONTROL = "private, no-store"
SERVE_VIEW = "wagtaildocs_serve"


def is_public_document(document_id):
    return public_documents(get_document_model().objects.filter(pk=document_id)).exists()


class DocumentCacheHeadersMiddleware:
    """Cache-Control for the documents Wagtail serves (after authentication: it asks who)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if match is None or match.url_name != SERVE_VIEW:
            return response
        if (
            response.status_code in (200, 206, 304)
            and not request.user.is_authenticated
            and is_public_document(match.args[0])
        ):
            response["Cache-Control"] = PUBLIC_DOCUMENT_CACHE_CONTROL
        else:
            response["Cache-Control"] = PRIVATE_DOCUMENT_CACHE_CONTROL
        patch_vary_headers(response, ("Cookie",))
        response.headers.pop("Expires", None)
        return response
