"""Version 1 of the open API at /api/v1/, built with django-ninja (see docs/developers/api.md)."""

from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from . import openapi
from .problems import Problem, from_validation_error, problem_response
from .resources.documents import router as documents_router
from .resources.news import router as news_router
from .resources.practice import router as practice_router
from .resources.themes import themes_router, topics_router
from .versions import V1_VERSION

DESCRIPTION = """\
Open gegevens van Veilige publieke dienstverlening: thema's en onderwerpen, praktijkvoorbeelden
(met hun filters), documenten en nieuws. Alleen lezen (GET), zonder sleutel, zonder cookies.

Lijsten zijn gepagineerd met `page` en `pageSize` (hoogstens 100) en linken in `_links` naar de
eerste, vorige, volgende en laatste pagina. Fouten zijn `application/problem+json`, met
`invalidParams` bij een parameter die niet klopt. Elk antwoord noemt de versie in de header
`API-Version`. Teksten vallen onder CC0 1.0, zoals de website zegt.
"""


class OpenApi(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        document = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        return openapi.complete(document)

    def get_openapi_operation_id(self, operation):
        return openapi.camel_case(operation.view_func.__name__)


api_v1 = OpenApi(
    title="Veilige publieke dienstverlening",
    version=V1_VERSION,
    description=DESCRIPTION,
    # The interactive docs page loads its scripts from a CDN; the site's policy allows none.
    docs_url=None,
    urls_namespace="api-v1",
)
for router in (
    themes_router,
    topics_router,
    practice_router,
    documents_router,
    news_router,
):
    api_v1.add_router("", router)


@api_v1.exception_handler(Problem)
def problem(request, exc):
    return problem_response(request, exc.status, exc.detail, exc.invalid_params)


@api_v1.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    return from_validation_error(request, exc.errors)


@api_v1.exception_handler(Http404)
def not_found(request, exc):
    return problem_response(request, 404)


@api_v1.exception_handler(HttpError)
def http_error(request, exc):
    return problem_response(request, exc.status_code)
