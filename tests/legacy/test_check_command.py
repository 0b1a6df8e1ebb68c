"""manage.py check_legacy_redirects: lists every redirect that no longer reaches a live page."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.legacy.factories import RedirectFactory

pytestmark = pytest.mark.django_db


def run():
    output = io.StringIO()
    try:
        call_command("check_legacy_redirects", stdout=output)
    except CommandError as error:
        return output.getvalue(), error
    return output.getvalue(), None


def count_queries():
    with CaptureQueriesContext(connection) as queries:
        run()
    return len(queries)


@pytest.mark.usefixtures("shipped_site")
class TestCheckCommand:
    """With the shipped map and the pages it points at."""

    def test_the_shipped_map_is_healthy(self):
        output, error = run()
        assert error is None
        assert "Alle doorverwijzingen komen uit bij een gepubliceerde pagina." in output

    def test_broken_redirects_are_listed_and_the_exit_code_is_not_zero(self):
        Page.objects.get(slug="registreer-het-incident").specific.unpublish()
        RedirectFactory(old_path="/lus-a", redirect_link="/lus-b")
        RedirectFactory(old_path="/lus-b", redirect_link="/lus-a")
        RedirectFactory(old_path="/nergens", redirect_link="/bestaat-niet/")
        RedirectFactory(old_path="/leeg")
        RedirectFactory(old_path="/keten", redirect_link="/bij-incident/aangifte")

        output, error = run()

        assert error is not None and error.returncode == 1
        assert "5 kapot:" in output
        assert (
            "  /bij-incident/melden: de pagina 'Registreer het incident' is niet gepubliceerd"
            in output
        )
        assert "  /lus-a: kringverwijzing: /lus-a → /lus-b → /lus-a" in output
        assert "  /lus-b: kringverwijzing: /lus-b → /lus-a → /lus-b" in output
        assert "  /nergens: op /bestaat-niet/ staat geen gepubliceerde pagina" in output
        assert "  /leeg: de doorverwijzing heeft geen doel" in output
        # A chain that ends on a live page works (the middleware follows it), so it is not listed.
        assert "/keten:" not in output
        assert "5 van de " in str(error)

    def test_links_to_other_sites_are_listed_but_not_checked(self):
        RedirectFactory(old_path="/wetten", redirect_link="https://wetten.overheid.nl/")
        output, error = run()
        assert error is None
        assert "1 naar een andere site (niet gecontroleerd):" in output
        assert "/wetten → https://wetten.overheid.nl/" in output

    def test_a_moved_target_page_is_still_fine(self):
        Page.objects.get(slug="ela").move(Page.objects.get(slug="nazorg"), pos="last-child")
        _output, error = run()
        assert error is None

    def test_queries_do_not_grow_with_the_map(self):
        run()  # warm the per-process caches (content types)
        small = count_queries()
        RedirectFactory.create_batch(300, redirect_link="/preventie/")
        RedirectFactory(old_path="/tussenstap", redirect_link="/preventie/")
        RedirectFactory.create_batch(100, redirect_link="/tussenstap")
        assert count_queries() == small <= 3
