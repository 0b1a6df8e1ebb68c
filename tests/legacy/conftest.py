"""Helpers for the legacy redirect tests."""

import csv
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client

from legacy.importer import SHIPPED_CSV
from tests.database import load_demo_content, rolled_back  # TEMPORARY, see below

LEGACY_HOSTS = ["agressievrijwerk.nl", "www.agressievrijwerk.nl"]
CANONICAL_HOST = urlsplit(settings.CANONICAL_BASE_URL).hostname


def shipped_rows():
    with SHIPPED_CSV.open(encoding="utf-8") as file:
        return [(row["old_path"], row["new_path"]) for row in csv.DictReader(file)]


def canonical(path):
    return settings.CANONICAL_BASE_URL + path


@pytest.fixture
def legacy_get(client):
    """GET path on a legacy host; never follows redirects."""

    def get(path, host="agressievrijwerk.nl", **extra):
        return client.get(path, HTTP_HOST=host, **extra)

    return get


@pytest.fixture
def canonical_get():
    """GET a full canonical address with the test client, as a browser that followed a 301."""
    client = Client()

    def get(url):
        parts = urlsplit(url)
        assert parts.hostname == CANONICAL_HOST, url
        return client.get(parts.path, {}, HTTP_HOST=CANONICAL_HOST, secure=True)

    return get


# TEMPORARY (branch tests-a): the tests in this directory still read the demo content; it is
# loaded once for the directory, in a transaction rolled back after its last test. Delete this
# fixture once the directory's tests build their own data (branch tests-b).
@pytest.fixture(scope="package", autouse=True)
def _temporary_demo_content(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        load_demo_content()
        yield
