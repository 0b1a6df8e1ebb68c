"""The open API's tests: the sample site (tests/sample_site.py) and a few helpers."""

import pytest

from tests.sample_site import build_sample_site

API = "/api/v1/"
LIST_ENDPOINTS = ["themes", "topics", "practice-examples", "documents", "news"]
PROBLEM = "application/problem+json"


@pytest.fixture
def site(db):
    return build_sample_site()


def get_json(client, path, status=200, **headers):
    """The JSON answer of API + path, checked for its status and content type."""
    response = client.get(API + path, **headers)
    assert response.status_code == status, (path, response.status_code, response.content[:500])
    expected = "application/json" if status == 200 else PROBLEM
    assert response["Content-Type"].startswith(expected), response["Content-Type"]
    return response.json()


def problem(client, path, status=400, **headers):
    body = get_json(client, path, status=status, **headers)
    assert body["status"] == status
    assert {"type", "title", "status", "detail", "instance"} <= set(body)
    return body


def invalid_names(body):
    return {param["name"] for param in body.get("invalidParams", [])}
