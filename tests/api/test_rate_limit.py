"""A client address gets API_REQUESTS_PER_MINUTE requests a minute, then 429 with Retry-After;
every request counts, also one the page cache answers, and other addresses go on."""

import pytest
from django.test import Client

from api import rate_limit

from .conftest import API, PROBLEM

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def one_minute(monkeypatch):
    """All requests of a test in the same minute, whenever the test runs."""
    monkeypatch.setattr(rate_limit, "now", lambda: 1_800_000_030.0)


def test_too_many_requests_from_one_address_get_429_until_the_next_minute(site, settings):
    settings.API_REQUESTS_PER_MINUTE = 5
    greedy = Client(REMOTE_ADDR="192.0.2.7")
    answers = [greedy.get(API + "themes") for _ in range(5)]
    assert [answer.status_code for answer in answers] == [200] * 5
    assert answers[-1]["X-Cache"] == "HIT"  # answers from the cache count too

    refused = greedy.get(API + "themes/handelen")
    assert refused.status_code == 429
    assert refused["Content-Type"] == PROBLEM
    assert refused["Retry-After"] == "30"
    assert refused["Cache-Control"] == "no-store"
    assert refused["API-Version"] == "1.0.0"
    assert refused["Access-Control-Allow-Origin"] == "*"
    assert refused.json()["title"] == "Te veel verzoeken"

    assert Client(REMOTE_ADDR="192.0.2.8").get(API + "themes").status_code == 200
    # The pages of the website are not counted.
    assert greedy.get("/").status_code == 200


def test_the_address_behind_the_proxy_is_counted(site, settings):
    settings.API_REQUESTS_PER_MINUTE = 2
    settings.TRUSTED_PROXIES = ["10.0.0.1/32"]
    one = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.1")
    other = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert [one.get(API + "news").status_code for _ in range(3)] == [200, 200, 429]
    assert other.get(API + "news").status_code == 200


def test_the_default_is_generous(settings):
    assert settings.API_REQUESTS_PER_MINUTE == 300
