"""Shared fixtures. Tests build their own data with the factories in tests/<app>/factories.py.

Each test runs in a transaction that is rolled back. Data that a whole class or module reads is
built once in a class- or module-scoped fixture on top of `class_db` or `module_db`: an outer
transaction, rolled back after the last test of that class or module, in which each test's own
transaction is a savepoint. Such a fixture must not hand out objects a test changes in place;
tests that change data fetch it again (Model.objects.get) or build their own.

Only the modules in DEMO_MODULES (the tests of the demo content itself, the smoke module and
the workflow check) get the full demo content.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from tests.database import load_demo_content, rolled_back

# The modules that test the demo content itself; they get it loaded once per module.
DEMO_MODULES = {
    "tests.home.test_demo_loader",
    "tests.practice.test_demo",
    "tests.infographic.test_demo",
    "tests.test_demo_smoke",
    "tests.democontent.test_shipped_content",
    "tests.selfassessment.test_admin",  # the questionnaire the demo ships, as editors open it
    "tests.protocol.test_demo",  # the tool's section templates the demo ships
    "tests.whatnow.test_demo",  # the steps and moments of "Wat nu?" the demo ships
    "tests.compliance.test_demo",  # the statement replacing the old demo page, the Woo page
    # Checks that every workflow the demo sets up can be approved by one of its members.
    "tests.practice.test_workflows",
    # Query budgets per page type on realistic content (the demo, grown with many pages).
    "tests.pagecache.test_query_budgets_demo",
    # Every admin screen the demo's editors use, in Dutch (issue 25).
    "tests.core.test_admin_language_walk",
    # The page editor of every page type with the visitors' answers tab (issue 25).
    "tests.feedback.test_editor_panel_every_type",
}


@pytest.fixture(scope="class")
def class_db(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        yield


@pytest.fixture(scope="module", autouse=True)
def _demo_content_for_demo_tests(request):
    if request.module.__name__ in DEMO_MODULES:
        request.getfixturevalue("module_db")
        load_demo_content()


@pytest.fixture(autouse=True)
def _empty_cache():
    """Wagtail caches site root paths; a rolled-back tree must not leave them behind."""
    cache.clear()
    yield


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """Our Dutch corrections for the admin (locale/), compiled as the install does."""
    from django.utils.translation import trans_real

    call_command("compile_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    # Catalogues read before the .mo existed are cached per language; read them again.
    trans_real._translations = {}
    trans_real._default = None


# What a fresh installation has before any demo content: recorded once the migrations ran.
FRESH_INSTALL = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from django.contrib.auth.models import Group

    with django_db_blocker.unblock():
        FRESH_INSTALL["groups"] = set(Group.objects.values_list("name", flat=True))


@pytest.fixture
def fresh_install_groups(django_db_setup):
    """Names of the groups that the migrations alone create."""
    return FRESH_INSTALL["groups"]


@pytest.fixture
def home_page(db):
    from tests.home.factories import site_home_page

    return site_home_page()


@pytest.fixture
def anonymous_client(settings):
    """A visitor whose every page is rendered afresh, for tests of rendering and query counts.
    The page cache has its own tests (tests/core), with a client that uses it."""
    settings.PAGE_CACHE_ENABLED = False
    return Client()


@pytest.fixture
def admin_user(db):
    from tests.core.factories import UserFactory

    return UserFactory(username="beheerder", superuser=True)


@pytest.fixture
def admin_client(admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture(autouse=True)
def fresh_page_cache():
    # The page cache outlives a test's rolled-back transaction: no test sees another's pages.
    from pagecache.generation import bump_generation

    bump_generation()


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def municipal_editor(db):
    """An editor in the municipal editors' group that the migrations create, and in the group of
    the municipality Proefdorp (its uploads go into that municipality's collection)."""
    from practice.municipalities import ensure_municipality
    from practice.roles import MUNICIPAL_EDITORS
    from tests.core.factories import UserFactory

    town, _ = ensure_municipality("Proefdorp")
    return UserFactory(username="redacteur-proefdorp", groups=[MUNICIPAL_EDITORS, town.name])


@pytest.fixture
def bzk_editor(db):
    """An editor in the BZK editors' group that the migrations create."""
    from practice.roles import BZK_EDITORS
    from tests.core.factories import UserFactory

    return UserFactory(username="redacteur-bzk", groups=[BZK_EDITORS])


@pytest.fixture
def municipal_client(municipal_editor):
    return logged_in(municipal_editor)


@pytest.fixture
def bzk_client(bzk_editor):
    return logged_in(bzk_editor)
