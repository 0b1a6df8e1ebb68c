"""The OpenAPI document at /api/v1/openapi.json is valid OpenAPI 3.1 and says what the API does.

Each endpoint's real answer (lists, details, the facets, errors) is walked against the schema the
document gives for it: every field in the answer must be declared there with the right type, and
every required field must be there. A field added to an answer but not to the schema, or the
other way round, fails here.
"""

import datetime

import pytest
from openapi_spec_validator import validate

from api.resources.practice import ExampleFilters
from practice.listing import FACETS
from tests.core.factories import DocumentFactory

from .conftest import API, LIST_ENDPOINTS, get_json

pytestmark = pytest.mark.django_db

JSON_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
}


def resolve(document, schema):
    while "$ref" in schema:
        name = schema["$ref"].removeprefix("#/components/schemas/")
        schema = document["components"]["schemas"][name]
    return schema


def mismatches(document, value, schema, where="answer"):
    """What in `value` the schema does not declare, or declares otherwise (a list of texts)."""
    schema = resolve(document, schema)
    if "anyOf" in schema:
        options = [mismatches(document, value, option, where) for option in schema["anyOf"]]
        return [] if any(not found for found in options) else [f"{where}: fits no anyOf"]
    kind = schema.get("type")
    if kind is None:
        return [f"{where}: the schema gives no type"]
    expected = JSON_TYPES[kind]
    if not isinstance(value, expected) or (kind in ("integer", "number") and value is True):
        return [f"{where}: {type(value).__name__} is not {kind}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} is not one of {schema['enum']}"]
    if schema.get("format") == "date":
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return [f"{where}: {value!r} is no date"]
    found = []
    if kind == "object":
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{where}.{name}: required, but missing")
        for name, item in value.items():
            if name not in properties:
                found.append(f"{where}.{name}: not declared in the schema")
            else:
                found += mismatches(document, item, properties[name], f"{where}.{name}")
    if kind == "array":
        for number, item in enumerate(value):
            found += mismatches(document, item, schema["items"], f"{where}[{number}]")
    return found


def answer_schema(document, path, status="200"):
    answer = document["paths"][path]["get"]["responses"][status]
    (content,) = answer["content"].values()
    return content["schema"]


@pytest.fixture
def document(site, anonymous_client):
    return get_json(anonymous_client, "openapi.json")


@pytest.fixture
def site_with_documents(site):
    DocumentFactory(
        title="Handreiking veilige balie",
        category="handreiking",
        theme=site.prevention,
        description="Hoe u de balie inricht.",
        publication_date=datetime.date(2026, 2, 3),
    )
    DocumentFactory(title="Een document zonder gegevens")
    return site


def test_the_document_is_valid_openapi_3_1(document):
    validate(document)
    assert document["openapi"].startswith("3.1")
    assert document["info"]["version"] == "1.0.0"
    assert document["servers"] == [{"url": "https://www.veiligepubliekedienstverlening.nl"}]


def test_the_document_lists_every_endpoint_with_a_readable_operation_id(document):
    assert set(document["paths"]) == {
        "/api/v1/themes",
        "/api/v1/themes/{slug}",
        "/api/v1/topics",
        "/api/v1/practice-examples",
        "/api/v1/practice-examples/facets",
        "/api/v1/practice-examples/{slug}",
        "/api/v1/documents",
        "/api/v1/news",
    }
    operations = [ops["get"] for ops in document["paths"].values()]
    assert all(set(ops) == {"get"} for ops in document["paths"].values())
    ids = [operation["operationId"] for operation in operations]
    assert len(set(ids)) == len(ids)
    assert "listPracticeExamples" in ids


def test_every_answer_declares_its_version_header_and_its_errors_as_problems(document):
    for path, operations in document["paths"].items():
        responses = operations["get"]["responses"]
        expected = {"200", "400", "429"} | ({"404"} if "{" in path else set())
        assert set(responses) == expected, path
        for status, answer in responses.items():
            assert "API-Version" in answer["headers"], (path, status)
            if status != "200":
                assert set(answer["content"]) == {"application/problem+json"}
        assert "Retry-After" in responses["429"]["headers"]


def test_paging_and_filters_are_declared_with_their_bounds(document):
    parameters = {
        parameter["name"]: parameter
        for parameter in document["paths"]["/api/v1/practice-examples"]["get"]["parameters"]
    }
    assert set(parameters) == {
        "page",
        "pageSize",
        "thema",
        "organisatie",
        "provincie",
        "agressie",
        "werksituatie",
        "q",
        "sorteer",
    }
    assert parameters["pageSize"]["schema"]["maximum"] == 100
    assert parameters["page"]["schema"]["minimum"] == 1
    assert parameters["sorteer"]["schema"]["enum"] == ["nieuwste", "titel"]
    assert parameters["provincie"]["schema"]["type"] == "array"


def test_the_api_filters_are_the_filters_of_the_listing():
    assert ExampleFilters.names() == {spec.param for spec in FACETS} | {"q"}


@pytest.mark.parametrize("endpoint", LIST_ENDPOINTS)
def test_each_list_answer_matches_its_schema(
    site_with_documents, document, anonymous_client, endpoint
):
    answer = get_json(anonymous_client, endpoint)
    assert answer["items"], f"{endpoint} should have items for a fair comparison"
    assert mismatches(document, answer, answer_schema(document, f"/api/v1/{endpoint}")) == []


@pytest.mark.parametrize(
    ("path", "schema_path"),
    [
        ("themes/handelen", "/api/v1/themes/{slug}"),
        ("practice-examples/proefdorp-balie", "/api/v1/practice-examples/{slug}"),
        ("practice-examples/facets?thema=voorkomen", "/api/v1/practice-examples/facets"),
        ("topics?thema=handelen&pageSize=2&page=2", "/api/v1/topics"),
    ],
)
def test_each_other_answer_matches_its_schema(site, document, anonymous_client, path, schema_path):
    answer = get_json(anonymous_client, path)
    assert mismatches(document, answer, answer_schema(document, schema_path)) == []


@pytest.mark.parametrize(
    ("path", "status"),
    [("themes?pageSize=1000", "400"), ("themes/bestaat-niet", "404")],
)
def test_error_answers_match_the_problem_schema(site, document, anonymous_client, path, status):
    answer = get_json(anonymous_client, path, status=int(status))
    schema_path = "/api/v1/themes/{slug}" if status == "404" else "/api/v1/themes"
    assert mismatches(document, answer, answer_schema(document, schema_path, status)) == []


def test_the_checker_finds_an_undeclared_field_and_a_wrong_type(site, document, anonymous_client):
    answer = get_json(anonymous_client, "themes")
    schema = answer_schema(document, "/api/v1/themes")
    answer["items"][0]["colour"] = "blauw"
    answer["items"][0]["numberedSteps"] = "ja"
    del answer["totalItems"]
    found = mismatches(document, answer, schema)
    assert "answer.items[0].colour: not declared in the schema" in found
    assert "answer.items[0].numberedSteps: str is not boolean" in found
    assert "answer.totalItems: required, but missing" in found


def test_the_document_is_served_like_every_answer(site, anonymous_client):
    response = anonymous_client.get(API + "openapi.json")
    assert response["API-Version"] == "1.0.0"
    assert response["Access-Control-Allow-Origin"] == "*"


def test_documents_declare_the_metadata_for_reuse(document):
    """Type, date, owner and licence: what the Woo asks for reuse, described in the document."""
    schemas = document["components"]["schemas"]
    properties = schemas["Document"]["properties"]
    assert {"type", "publicationDate", "owner", "licence"} <= set(properties)
    assert set(schemas["Licence"]["properties"]) == {"value", "label", "url"}
    assert set(schemas["Licence"]["required"]) == {"value", "label"}
