"""Helpers for the legacy redirect tests."""

import csv
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client

from legacy.importer import SHIPPED_CSV

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
