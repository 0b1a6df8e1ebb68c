"""Database helpers for fixtures that share data between the tests of a class, module or package."""

from contextlib import contextmanager

from django.core.management import call_command
from django.db import transaction


@contextmanager
def rolled_back(django_db_blocker):
    """Database access in a transaction that is rolled back at the end of the block.

    Each test's own transaction (pytest-django's `db`) then becomes a savepoint inside it, so
    tests still do not see each other's changes.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def load_demo_content():
    with open("/dev/null", "w") as quiet:
        call_command("load_demo_content", stdout=quiet)
