"""The legacy part of the demo loader, the settings checks and the middleware order."""

import io

import pytest
from django.conf import settings
from wagtail.contrib.redirects.models import Redirect

from democontent.by_app import legacy as demo
from democontent.loader import ContentLoader
from democontent.report import Report
from legacy.checks import check_legacy_settings

from .conftest import build_pages, shipped_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_pages(db):
    """The pages the shipped map points at, without the map."""
    build_pages([new_path for _old_path, new_path in shipped_rows()])


def test_the_demo_loader_loads_the_shipped_map(site_pages):
    assert not Redirect.objects.exists()
    report = Report()
    demo.load({}, ContentLoader(report))
    for old_path, _new_path in shipped_rows():
        assert Redirect.objects.filter(old_path=old_path).exists(), old_path
    assert report.counts == {Redirect._meta.verbose_name: len(shipped_rows())}


def test_the_demo_loader_keeps_an_editors_change(site_pages):
    demo.load({}, ContentLoader(Report()))
    redirect = Redirect.objects.get(old_path="/uitvoeren")
    redirect.redirect_page = None
    redirect.redirect_link = "/nazorg/"
    redirect.save()
    before = Redirect.objects.count()
    output = io.StringIO()
    report = Report(stdout=output)
    demo.load({}, ContentLoader(report))
    assert Redirect.objects.count() == before
    assert Redirect.objects.get(old_path="/uitvoeren").redirect_link == "/nazorg/"
    assert report.counts == {}
    assert output.getvalue() == ""


def test_the_legacy_middleware_comes_first_and_replaces_wagtails():
    # Only the health probes (answered on their own) come before the legacy-host redirect, and
    # only django-axes (which must be last) after the old-path redirects.
    assert settings.MIDDLEWARE[:2] == [
        "operations.health.HealthCheckMiddleware",
        "legacy.middleware.LegacyHostRedirectMiddleware",
    ]
    assert "wagtail.contrib.redirects.middleware.RedirectMiddleware" not in settings.MIDDLEWARE
    assert settings.MIDDLEWARE[-2:] == [
        "legacy.middleware.OldPathRedirectMiddleware",
        "axes.middleware.AxesMiddleware",
    ]


def check_ids():
    return [message.id for message in check_legacy_settings(None)]


def test_checks_pass_with_the_test_settings():
    assert check_ids() == []


def test_check_warns_when_allowed_hosts_lacks_a_legacy_host(settings):
    settings.ALLOWED_HOSTS = ["www.veiligepubliekedienstverlening.nl", "agressievrijwerk.nl"]
    assert check_ids() == ["legacy.W003"]


def test_check_warns_about_the_canonical_host_among_the_legacy_hosts(settings):
    settings.LEGACY_HOSTS = ["www.veiligepubliekedienstverlening.nl"]
    assert check_ids() == ["legacy.W002"]


def test_check_warns_about_a_canonical_base_url_without_scheme(settings):
    settings.CANONICAL_BASE_URL = "www.veiligepubliekedienstverlening.nl"
    assert "legacy.W001" in check_ids()
