"""Errors as `application/problem+json` (RFC 9457), in Dutch, as the NL API Design Rules ask.

Every error of the API has the same shape: ``type``, ``title``, ``status``, ``detail`` and
``instance``; a bad query parameter adds ``invalidParams`` with a line per parameter. A view
raises ``Problem``; ninja's own validation errors and anything else that ends in an error under
/api/ are turned into the same shape (see ``from_validation_error`` and api/middleware.py).
"""

import json
from dataclasses import asdict, dataclass
from urllib.parse import quote

from django.http import HttpResponse

PROBLEM_CONTENT_TYPE = "application/problem+json"

RFC9110 = "https://www.rfc-editor.org/rfc/rfc9110#section-"
STATUSES = {
    400: ("Ongeldig verzoek", RFC9110 + "15.5.1"),
    404: ("Niet gevonden", RFC9110 + "15.5.5"),
    405: ("Methode niet toegestaan", RFC9110 + "15.5.6"),
    429: ("Te veel verzoeken", "https://www.rfc-editor.org/rfc/rfc6585#section-4"),
    500: ("Interne fout", RFC9110 + "15.6.1"),
    503: ("Tijdelijk niet beschikbaar", RFC9110 + "15.6.4"),
}
OTHER_STATUS = ("Fout", "about:blank")

# What an error answer says when nobody said more (a 404 from the URL resolver, a 500).
DEFAULT_DETAILS = {
    400: "Het verzoek klopt niet.",
    404: "Dit adres bestaat niet in de API. Zie /api/v1/openapi.json voor de adressen.",
    405: "De API is alleen te lezen: gebruik GET of HEAD.",
    429: "U hebt te veel verzoeken gedaan. Probeer het over een minuut opnieuw.",
    500: "Er ging bij ons iets mis. Probeer het later opnieuw.",
    503: "De API is even niet beschikbaar. Probeer het later opnieuw.",
}
INVALID_PARAMS_DETAIL = "Een of meer parameters kloppen niet. Zie invalidParams."
# Longer values are cut when an error repeats them.
MAX_SHOWN_VALUE_LENGTH = 40


@dataclass(frozen=True)
class InvalidParam:
    name: str
    code: str
    reason: str


class Problem(Exception):
    """Raised by a view: answered as problem+json with this status."""

    def __init__(self, status, detail=None, invalid_params=()):
        self.status = status
        self.detail = detail or DEFAULT_DETAILS.get(status, "")
        self.invalid_params = list(invalid_params)
        super().__init__(status, self.detail)


def invalid(*invalid_params):
    """A 400 for bad query parameters."""
    return Problem(400, INVALID_PARAMS_DETAIL, invalid_params)


def problem_body(request, status, detail=None, invalid_params=()):
    title, type_uri = STATUSES.get(status, OTHER_STATUS)
    body = {
        "type": type_uri,
        "title": title,
        "status": status,
        "detail": detail or DEFAULT_DETAILS.get(status, title),
        "instance": quote(request.path),
    }
    if invalid_params:
        body["invalidParams"] = [asdict(param) for param in invalid_params]
    return body


def problem_response(request, status, detail=None, invalid_params=(), response=None):
    """The problem answer; into `response` when given (keeping its headers, such as Allow and
    Retry-After), else a new one. Errors are not kept by shared caches."""
    content = json.dumps(problem_body(request, status, detail, invalid_params))
    if response is None:
        response = HttpResponse(status=status)
    response.content = content.encode()
    response["Content-Type"] = PROBLEM_CONTENT_TYPE
    response["Content-Language"] = "nl"
    response["Cache-Control"] = "no-store"
    response.headers.pop("Content-Length", None)
    response.headers.pop("Content-Encoding", None)
    return response


def is_problem(response):
    return response.get("Content-Type", "").startswith(PROBLEM_CONTENT_TYPE)


def shown_value(value):
    """A value as an error repeats it: without control characters, and cut when long."""
    value = "".join(character if character.isprintable() else "?" for character in str(value))
    if len(value) > MAX_SHOWN_VALUE_LENGTH:
        return value[:MAX_SHOWN_VALUE_LENGTH] + "…"
    return value


# Pydantic's error types, as a code for programs and a Dutch reason for people.
def _reason(error):
    context = error.get("ctx", {})
    reasons = {
        "missing": ("required", "Deze parameter is verplicht."),
        "int_parsing": ("integer", "Moet een geheel getal zijn."),
        "int_type": ("integer", "Moet een geheel getal zijn."),
        "int_from_float": ("integer", "Moet een geheel getal zijn."),
        "int_parsing_size": ("maximum", "Dit getal is veel te groot."),
        "greater_than_equal": ("minimum", f"Moet minstens {context.get('ge')} zijn."),
        "greater_than": ("minimum", f"Moet groter dan {context.get('gt')} zijn."),
        "less_than_equal": ("maximum", f"Mag hoogstens {context.get('le')} zijn."),
        "less_than": ("maximum", f"Moet kleiner dan {context.get('lt')} zijn."),
        "string_too_long": (
            "maxLength",
            f"Mag hoogstens {context.get('max_length')} tekens lang zijn.",
        ),
        "too_long": ("maxItems", f"Hoogstens {context.get('max_length')} waarden."),
        "literal_error": ("enum", f"Kies uit: {context.get('expected', '')}.".replace("'", "")),
        "enum": ("enum", f"Kies uit: {context.get('expected', '')}.".replace("'", "")),
        "string_type": ("string", "Moet tekst zijn."),
        "string_unicode": ("string", "Moet geldige tekst (UTF-8) zijn."),
    }
    return reasons.get(error.get("type"), ("invalid", "Deze waarde klopt niet."))


def from_validation_error(request, errors):
    """Ninja's list of pydantic errors as our 400, one line per parameter."""
    params = []
    seen = set()
    for error in errors:
        location = [part for part in error.get("loc", ()) if part != "query"]
        name = str(location[0]) if location else ""
        if name in seen:
            continue  # one reason per parameter is enough (a list gives one per value)
        seen.add(name)
        code, reason = _reason(error)
        params.append(InvalidParam(name=name, code=code, reason=reason))
    return problem_response(request, 400, INVALID_PARAMS_DETAIL, params)
