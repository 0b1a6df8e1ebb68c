"""Shared fixtures. The demo content is loaded once per test session and every test sees it;
each test runs in a transaction that is rolled back, so tests never see each other's changes."""

import pytest
from django.core.management import call_command
from django.test import Client


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def anonymous_client(settings):
    """A visitor whose every page is rendered afresh, for tests of rendering and query counts.
    The page cache has its own tests (tests/core), with a client that uses it."""
    settings.PAGE_CACHE_ENABLED = False
    return Client()


@pytest.fixture
def admin_user(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="admin")


@pytest.fixture
def admin_client(admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture(autouse=True)
def fresh_page_cache():
    # The page cache outlives a test's rolled-back transaction: no test sees another's pages.
    from core.cache.generation import bump_generation

    bump_generation()
