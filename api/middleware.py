"""What every answer under /api/ has, whichever view made it (or none did).

- GET and HEAD only (HEAD is answered as GET, without the body); OPTIONS answers a CORS
  preflight; any other method gets 405.
- CORS for reading: ``Access-Control-Allow-Origin: *`` on GET, HEAD and OPTIONS, never with
  credentials. No cookie is ever set (a session or CSRF cookie is dropped).
- ``API-Version`` on every answer (NL API Design Rules).
- The rate limit per client address (api/rate_limit.py): 429 with Retry-After.
- Every error is problem+json, also a 404 of the URL resolver or a 500 (api/problems.py).
- A 200 gets the page's cache headers (pagecache/http.py) when the page cache did not set them,
  so that a proxy or CDN keeps it as briefly as a page.

It sits before the page cache, so that answers from the cache get the same treatment and count
for the rate limit.
"""

from django.http import HttpResponse

from pagecache.http import mark_public

from .problems import is_problem, problem_response
from .rate_limit import over_rate, seconds_left_in_window
from .versions import API_PREFIX, V1_VERSION

READ_METHODS = ("GET", "HEAD")
CORS_METHODS = ("GET", "HEAD", "OPTIONS")
ALLOW = ", ".join(CORS_METHODS)
PREFLIGHT_MAX_AGE_SECONDS = 24 * 60 * 60
# What a script on another site may read of an answer, besides the simple headers.
EXPOSED_HEADERS = "API-Version, Retry-After, ETag"


class ApiMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        method = request.method
        if over_rate(request):
            response = problem_response(request, 429)
            response["Retry-After"] = str(seconds_left_in_window())
        elif method == "OPTIONS":
            response = preflight()
        elif method not in READ_METHODS:
            response = problem_response(request, 405)
            response["Allow"] = ALLOW
        else:
            response = self.read(request)
        return finish(request, method, response)

    def read(self, request):
        head = request.method == "HEAD"
        if head:
            request.method = "GET"  # the views and the page cache answer GET
        try:
            response = self.get_response(request)
        finally:
            if head:
                request.method = "HEAD"
        if response.status_code >= 400 and not is_problem(response):
            kept = None if response.streaming else response
            # An error no API view made (the URL resolver's 404, a 500, a 503 of an outage):
            # the same problem shape, keeping headers such as Retry-After.
            response = problem_response(request, response.status_code, response=kept)
        if response.status_code == 200 and not response.has_header("Cache-Control"):
            mark_public(response)
        if head and not response.streaming:
            length = len(response.content)
            response.content = b""
            response["Content-Length"] = str(length)
        return response


def preflight():
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Methods"] = ALLOW
    # Any request header: nothing here depends on credentials, and none are accepted.
    response["Access-Control-Allow-Headers"] = "*"
    response["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE_SECONDS)
    response["Allow"] = ALLOW
    return response


def finish(request, method, response):
    response["API-Version"] = V1_VERSION
    if method in CORS_METHODS:
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    response.cookies.clear()
    response.headers.pop("Set-Cookie", None)
    return response
