from django.urls import path, re_path

from .problems import problem_response
from .v1 import api_v1


def not_found(request, rest=""):
    """Any other address under /api/: a 404 as problem+json, never a redirect to the same
    address with a slash (the API's addresses end without one)."""
    return problem_response(request, 404)


urlpatterns = [
    path("v1/", api_v1.urls),
    re_path(r"^(?P<rest>.*)$", not_found),
]
