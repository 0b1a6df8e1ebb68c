"""How the API answers over HTTP: its version header, CORS for reading, no cookies, GET and HEAD
only, problem+json for every error, and never a server error for what a client sends."""

import pytest
from django.test import Client

from .conftest import API, LIST_ENDPOINTS, PROBLEM, get_json, invalid_names, problem

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    ["themes", "themes/handelen", "openapi.json", "themes/bestaat-niet", "themes?page=x", "nope"],
)
def test_every_answer_names_the_version_and_may_be_read_from_any_site(site, anonymous_client, path):
    response = anonymous_client.get(API + path, HTTP_ORIGIN="https://intranet.example.nl")
    assert response["API-Version"] == "1.0.0"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "API-Version" in response["Access-Control-Expose-Headers"]
    assert not response.has_header("Access-Control-Allow-Credentials")


def test_a_preflight_allows_reading_only(site, anonymous_client):
    response = anonymous_client.options(
        API + "practice-examples",
        HTTP_ORIGIN="https://intranet.example.nl",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept-language",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert response["API-Version"] == "1.0.0"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_is_not_allowed_and_gets_no_cors(site, anonymous_client, method):
    response = getattr(anonymous_client, method)(
        API + "themes", HTTP_ORIGIN="https://intranet.example.nl"
    )
    assert response.status_code == 405
    assert response["Content-Type"] == PROBLEM
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response["API-Version"] == "1.0.0"
    assert response.json()["title"] == "Methode niet toegestaan"
    assert not response.has_header("Access-Control-Allow-Origin")


def test_head_is_get_without_the_body(site, anonymous_client):
    get = anonymous_client.get(API + "themes")
    head = anonymous_client.head(API + "themes")
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Length"] == str(len(get.content))
    assert head["API-Version"] == "1.0.0"


def test_no_answer_sets_a_cookie_not_even_for_a_logged_in_editor(site, admin_client):
    # SESSION_SAVE_EVERY_REQUEST renews an editor's session cookie on every request elsewhere.
    for path in ("themes", "themes/bestaat-niet", "themes?page=0"):
        response = admin_client.get(API + path)
        assert not response.cookies, path
        assert "Set-Cookie" not in response.headers


def test_addresses_end_without_a_slash_and_unknown_ones_are_problems(site, anonymous_client):
    for path in ("themes/", "nope", "v2/themes", "", "practice-examples/facets/"):
        body = problem(anonymous_client, path, 404)
        assert body["title"] == "Niet gevonden"
    assert problem(anonymous_client, "nope", 404)["instance"] == "/api/v1/nope"


def test_a_bad_parameter_is_explained_in_dutch(site, anonymous_client):
    body = problem(anonymous_client, "practice-examples?page=nul&pageSize=500&provincie=atlantis")
    assert body["title"] == "Ongeldig verzoek"
    assert body["type"] == "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1"
    reasons = {param["name"]: param for param in body["invalidParams"]}
    assert reasons["page"]["reason"] == "Moet een geheel getal zijn."
    assert reasons["pageSize"] == {
        "name": "pageSize",
        "code": "maximum",
        "reason": "Mag hoogstens 100 zijn.",
    }


def test_an_unknown_value_is_named_and_points_to_the_facets(site, anonymous_client):
    body = problem(anonymous_client, "practice-examples?provincie=atlantis&provincie=utrecht")
    (param,) = body["invalidParams"]
    assert param["name"] == "provincie"
    assert param["code"] == "unknownValue"
    assert "‘atlantis’" in param["reason"]
    assert "/api/v1/practice-examples/facets" in param["reason"]


def test_a_page_past_the_last_is_an_error_not_another_page(site, anonymous_client):
    body = problem(anonymous_client, "themes?page=2")
    assert body["invalidParams"] == [
        {
            "name": "page",
            "code": "pageNotFound",
            "reason": "Deze pagina bestaat niet; de laatste pagina is 1.",
        }
    ]


def test_pages_link_to_each_other_with_absolute_addresses(site, anonymous_client):
    answer = get_json(anonymous_client, "topics?thema=handelen&pageSize=2&page=2")
    base = "https://www.veiligepubliekedienstverlening.nl/api/v1/topics?thema=handelen&pageSize=2"
    assert answer["_links"] == {
        "self": {"href": f"{base}&page=2"},
        "first": {"href": f"{base}&page=1"},
        "prev": {"href": f"{base}&page=1"},
        "next": {"href": f"{base}&page=3"},
        "last": {"href": f"{base}&page=3"},
    }
    assert (answer["page"], answer["pageSize"], answer["totalItems"], answer["totalPages"]) == (
        2,
        2,
        5,
        3,
    )
    first = get_json(anonymous_client, "topics?thema=handelen&pageSize=2")
    assert "prev" not in first["_links"]
    last = get_json(anonymous_client, "topics?thema=handelen&pageSize=2&page=3")
    assert "next" not in last["_links"]


HUGE = "9" * 5000
LONG = "x" * 10_000
HOSTILE_VALUES = [
    "-1",
    "0",
    "1.5",
    "1e3",
    "abc",
    HUGE,
    "99999999999999999999999",
    "%00",
    "1%00",
    LONG,
    "%ED%A0%80",  # a lone surrogate, as UTF-8
    "' OR 1=1 --",
    "<script>",
]
FILTERS = {
    "themes": [],
    "topics": ["thema"],
    "practice-examples": [
        "thema",
        "organisatie",
        "provincie",
        "agressie",
        "werksituatie",
        "sorteer",
    ],
    "documents": ["soort", "thema"],
    "news": [],
}


@pytest.mark.parametrize("endpoint", LIST_ENDPOINTS)
def test_hostile_values_get_a_problem_never_a_server_error(site, anonymous_client, endpoint):
    for name in ["page", "pageSize", *FILTERS[endpoint]]:
        for value in HOSTILE_VALUES:
            path = f"{endpoint}?{name}={value}"
            response = anonymous_client.get(API + path)
            assert response.status_code == 400, (path[:80], response.status_code)
            assert response["Content-Type"] == PROBLEM
            assert invalid_names(response.json()) == {name}, path[:80]
            assert len(response.content) < 2000, "an error repeats a long value only in part"


@pytest.mark.parametrize("endpoint", LIST_ENDPOINTS)
def test_an_unknown_parameter_is_named(site, anonymous_client, endpoint):
    body = problem(anonymous_client, f"{endpoint}?pagesize=5")
    assert body["invalidParams"][0]["code"] == "unknownParameter"
    assert invalid_names(body) == {"pagesize"}


@pytest.mark.parametrize(
    "query",
    ["q=%00", "q=a%00b", "q=%ED%A0%80", "q=" + "woord+" * 30, "q=AND OR NOT", "q=%25%5F"],
)
def test_any_text_query_is_searched_safely(site, anonymous_client, query):
    for path in ("practice-examples", "practice-examples/facets"):
        get_json(anonymous_client, f"{path}?{query}")


def test_a_text_query_longer_than_the_sites_is_refused(site, anonymous_client):
    body = problem(anonymous_client, f"practice-examples?q={LONG}")
    assert body["invalidParams"][0]["code"] == "maxLength"


@pytest.mark.parametrize("slug", ["%00", LONG, "..", "a b", "%ED%A0%80", "proefdorp-balie%00"])
def test_a_hostile_slug_is_not_found(site, anonymous_client, slug):
    for path in (f"themes/{slug}", f"practice-examples/{slug}"):
        problem(anonymous_client, path, 404)


def test_a_server_error_is_a_problem_too(site, monkeypatch):
    from api.resources import news

    def broken(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(news, "published", broken)
    response = Client(raise_request_exception=False).get(API + "news")
    assert response.status_code == 500
    assert response["Content-Type"] == PROBLEM
    assert response.json()["title"] == "Interne fout"
    assert "kapot" not in response.content.decode()
    assert response["API-Version"] == "1.0.0"
