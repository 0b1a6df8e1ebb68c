"""Shared fixtures. The demo content is loaded once per test session and every test sees it;
each test runs in a transaction that is rolled back, so tests never see each other's changes."""

import pytest
from django.core.management import call_command
from django.test import Client


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """Our Dutch corrections for the admin (locale/), compiled as the install does."""
    from django.utils.translation import trans_real

    call_command("compile_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    # Catalogues read before the .mo existed are cached per language; read them again.
    trans_real._translations = {}
    trans_real._default = None


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get()


@pytest.fixture
def anonymous_client():
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
