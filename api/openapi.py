"""What ninja's OpenAPI document does not say by itself: the errors (problem+json), the headers
every answer has, the server, operation ids that read well; and it is made exact where Pydantic
is vague: a field without a value is left out of the answers (never null), so it is optional
but not nullable here, and the query-parameter models that nothing refers to are left out."""

from django.conf import settings

from .problems import PROBLEM_CONTENT_TYPE
from .schemas import ProblemDetails

REF_TEMPLATE = "#/components/schemas/{model}"
HEADERS = {
    "API-Version": {
        "description": "De volledige versie van de API (NL API Design Rules).",
        "schema": {"type": "string", "example": "1.0.0"},
    },
    "Retry-After": {
        "description": "Over zoveel seconden mag u het opnieuw proberen.",
        "schema": {"type": "integer"},
    },
}
ERROR_ANSWERS = {
    "400": "Een parameter klopt niet (zie invalidParams).",
    "429": "Te veel verzoeken van dit adres; probeer het na Retry-After seconden opnieuw.",
}
NOT_FOUND = {"404": "Dit object bestaat niet (of is niet openbaar)."}


def camel_case(name):
    first, *rest = name.split("_")
    return first + "".join(part.capitalize() for part in rest)


def header_ref(name):
    return {"$ref": f"#/components/headers/{name}"}


def problem_schemas():
    """ProblemDetails and the schemas it refers to, for components/schemas."""
    schema = ProblemDetails.model_json_schema(by_alias=True, ref_template=REF_TEMPLATE)
    definitions = schema.pop("$defs", {})
    return {"ProblemDetails": schema, **definitions}


def add_errors_and_headers(document):
    problem = {
        PROBLEM_CONTENT_TYPE: {"schema": {"$ref": REF_TEMPLATE.format(model="ProblemDetails")}}
    }
    for path, operations in document["paths"].items():
        for operation in operations.values():
            errors = {**ERROR_ANSWERS, **(NOT_FOUND if "{" in path else {})}
            for status, description in errors.items():
                operation["responses"][status] = {"description": description, "content": problem}
            for status, answer in operation["responses"].items():
                answer["headers"] = {"API-Version": header_ref("API-Version")}
                if status == "429":
                    answer["headers"]["Retry-After"] = header_ref("Retry-After")


def tidy_property(schema, required):
    """Without Pydantic's generated title; an optional field is left out rather than null."""
    schema.pop("title", None)
    alternatives = schema.get("anyOf")
    if not required and alternatives:
        kept = [alternative for alternative in alternatives if alternative != {"type": "null"}]
        if len(kept) == 1:
            del schema["anyOf"]
            schema.update(kept[0])
        else:
            schema["anyOf"] = kept
        if schema.get("default", "") is None:
            del schema["default"]
    return schema


def referenced_names(value):
    """The names of every component schema that `value` refers to."""
    if isinstance(value, dict):
        names = set()
        reference = value.get("$ref", "")
        if reference.startswith("#/components/schemas/"):
            names.add(reference.rsplit("/", 1)[1])
        for item in value.values():
            names |= referenced_names(item)
        return names
    if isinstance(value, list):
        return set().union(*(referenced_names(item) for item in value)) if value else set()
    return set()


def used_schemas(document, schemas):
    """The schemas the paths refer to, directly or through other schemas."""
    used = set()
    todo = referenced_names(document["paths"])
    while todo:
        name = todo.pop()
        if name not in used and name in schemas:
            used.add(name)
            todo |= referenced_names(schemas[name])
    return {name: schema for name, schema in schemas.items() if name in used}


def complete(document):
    document["servers"] = [{"url": settings.CANONICAL_BASE_URL}]
    document["info"]["contact"] = {
        "name": settings.WAGTAIL_SITE_NAME,
        "url": settings.CANONICAL_BASE_URL + "/",
    }
    components = document.setdefault("components", {})
    schemas = {**components.get("schemas", {}), **problem_schemas()}
    for schema in schemas.values():
        required = set(schema.get("required", []))
        for name, property_schema in schema.get("properties", {}).items():
            tidy_property(property_schema, name in required)
    add_errors_and_headers(document)
    for operation in (op for ops in document["paths"].values() for op in ops.values()):
        for parameter in operation.get("parameters", []):
            parameter["schema"].pop("title", None)
    components["schemas"] = used_schemas(document, schemas)
    components["headers"] = HEADERS
    return document
