"""manage.py launch_check: the demo's example addresses and accounts, and the settings a launch
needs, are reported; a site set up for real passes."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.core.management.base import SystemCheckError
from wagtail.models import Site

from core.models import SiteSettings
from tests.core.factories import UserFactory
from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def launch_settings(settings):
    settings.DEBUG = False
    settings.ADMIN_REQUIRE_2FA = True
    settings.CANONICAL_BASE_URL = "https://www.veiligepubliekedienstverlening.nl"
    settings.SECURITY_CONTACT = ""
    return settings


def real_site_settings():
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "veiligpubliek@minbzk.nl"
    site_settings.security_contact = "https://www.ncsc.nl/contact/kwetsbaarheid-melden"
    site_settings.save()
    return site_settings


def launch_check():
    output = StringIO()
    try:
        call_command("launch_check", stdout=output)
    except CommandError as error:
        return output.getvalue(), str(error)
    return output.getvalue(), None


def test_a_site_set_up_for_real_is_ready(home_page, launch_settings):
    real_site_settings()
    UserFactory(username="redacteur", email="redacteur@minbzk.nl")
    output, error = launch_check()
    assert error is None and "Klaar voor lancering." in output


def test_the_demo_leftovers_are_each_named(home_page, launch_settings):
    site_settings = real_site_settings()
    site_settings.contact_email = "veiligpubliek@example.nl"
    site_settings.save()
    UserFactory(username="gemeente", email="gemeente@example.nl")
    contact = StandardPageFactory(parent=home_page, title="Contact", slug="contact")
    contact.intro = "Mail naar veiligpubliek@example.nl."
    contact.save_revision().publish()  # as the admin and the demo loader publish
    output, error = launch_check()
    assert "Niet klaar voor lancering: 3" in error
    assert "'e-mailadres' is een voorbeeldadres: veiligpubliek@example.nl" in output
    assert "Account 'gemeente' heeft een voorbeeld-e-mailadres" in output
    assert "Pagina 'Contact' noemt een voorbeeld-e-mailadres." in output


def test_unsafe_settings_and_a_missing_security_contact_are_reported(home_page, launch_settings):
    launch_settings.DEBUG = True
    launch_settings.ADMIN_REQUIRE_2FA = False
    launch_settings.CANONICAL_BASE_URL = "http://localhost:8000"
    output, error = launch_check()
    assert error is not None
    for expected in (
        "DEBUG staat aan",
        "ADMIN_REQUIRE_2FA",
        "CANONICAL_BASE_URL",
        "beveiligingsmeldingen",
    ):
        assert expected in output


def test_check_deploy_refuses_example_addresses(home_page, launch_settings):
    site_settings = real_site_settings()
    deploy_check = ["check", "--deploy", "--fail-level", "ERROR"]
    call_command(*deploy_check, stdout=StringIO())  # a real site passes
    site_settings.security_contact = "mailto:security@example.nl"
    site_settings.save()
    with pytest.raises(SystemCheckError, match="core.E001"):
        call_command(*deploy_check, stdout=StringIO(), stderr=StringIO())
