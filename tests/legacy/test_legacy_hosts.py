"""Every old agressievrijwerk.nl address answers one 301 to a live page of the new site."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.legacy.factories import RedirectFactory

from .conftest import CANONICAL_HOST, LEGACY_HOSTS, canonical, shipped_rows

pytestmark = pytest.mark.django_db


def variants(old_path):
    """The ways people and old links write one address."""
    base = old_path.rstrip("/")
    return [
        old_path,
        base + "/",
        base.upper() + "/" if base else "/",
        base + "/index.html",
        base + "/index.htm",
        base + "/Default.aspx",
        old_path + "?utm_source=nieuwsbrief&page=2",
        base.replace("e", "%65").replace("-", "%2D") + "/",
        # Encoded twice, as in links copied from some mail programs.
        base.replace("e", "%2565") + "/",
    ]


def test_the_shipped_map_covers_the_old_site():
    rows = shipped_rows()
    assert len(rows) >= 16
    assert {old for old, _new in rows} >= {"/", "/voorbereiden", "/uitvoeren", "/bij-incident"}


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST="agressievrijwerk.nl")
    assert response.status_code == 301
    return len(queries)


@pytest.mark.usefixtures("shipped_site")
class TestLegacyHosts:
    """On the old hosts, with the shipped map and the pages it points at."""

    @pytest.mark.parametrize("host", LEGACY_HOSTS)
    @pytest.mark.parametrize(("old_path", "new_path"), shipped_rows())
    def test_every_shipped_old_address_redirects_once_to_a_live_page(
        self, legacy_get, canonical_get, host, old_path, new_path
    ):
        for variant in variants(old_path):
            response = legacy_get(variant, host=host)
            assert response.status_code == 301, variant
            assert response["Location"] == canonical(new_path), variant
        landing = canonical_get(canonical(new_path))
        assert landing.status_code == 200, new_path

    @pytest.mark.parametrize(
        ("old_path", "new_path"),
        [
            # Not in the map: the nearest mapped ancestor decides.
            (
                "/bij-incident/aangifte/iets",
                "/handelen-bij-een-incident/doe-een-melding-of-aangifte/",
            ),
            (
                "/bij-incident/aangifte/iets/nog-dieper.html",
                "/handelen-bij-een-incident/doe-een-melding-of-aangifte/",
            ),
            ("/bij-incident/iets-anders", "/handelen-bij-een-incident/"),
            (
                "/voorbereiden/maatregelen-vpt/onbekend",
                "/beleid-maken/maatregelen-veilige-publieke-taak/",
            ),
            ("/documenten/publicaties/2016/01/01/iets", "/documenten/"),
            # Unknown everywhere: the home page.
            ("/bestaat-niet", "/"),
            ("/nieuws/2014/03/bericht.aspx", "/"),
            # An address of the new site typed on the old host.
            ("/preventie/risicoanalyse/", "/preventie/risicoanalyse/"),
            ("/preventie/bestaat-niet/", "/preventie/"),
            # Files asked for by name keep their name.
            ("/robots.txt", "/robots.txt"),
            ("/sitemap.xml", "/sitemap.xml"),
        ],
    )
    def test_unmapped_paths_fall_back(self, legacy_get, canonical_get, old_path, new_path):
        response = legacy_get(old_path)
        assert response.status_code == 301
        assert response["Location"] == canonical(new_path)
        assert canonical_get(response["Location"]).status_code == 200

    def test_odd_requests_never_get_an_error(self, legacy_get):
        for path in ["/%FF%FE", "/%00", "/a" * 300, "/%2e%2e/%2e%2e/etc/passwd", "/;jsessionid=1"]:
            response = legacy_get(path)
            assert response.status_code == 301, path
            assert response["Location"].startswith(canonical("/")), path

    def test_every_method_is_redirected(self, client):
        for method in ("post", "head", "put"):
            response = getattr(client, method)(
                "/bij-incident/melden", HTTP_HOST="agressievrijwerk.nl"
            )
            assert response.status_code == 301
            assert response["Location"] == canonical(
                "/handelen-bij-een-incident/registreer-het-incident/"
            )

    def test_legacy_responses_set_no_cookie_and_expire(self, legacy_get):
        response = legacy_get("/voorbereiden/")
        assert response.cookies == {}
        assert "Set-Cookie" not in response
        assert response["Cache-Control"] == "max-age=86400"

    def test_http_goes_straight_to_the_canonical_https_address(self, settings):
        # In production SecurityMiddleware sends http to https; the old host must skip that hop.
        settings.SECURE_SSL_REDIRECT = True
        response = Client().get("/voorbereiden/risicoanalyse", HTTP_HOST="agressievrijwerk.nl")
        assert response.status_code == 301
        assert response["Location"] == canonical("/preventie/risicoanalyse/")

    def test_host_header_with_port_and_case(self, legacy_get):
        response = legacy_get("/uitvoeren", host="WWW.AgressieVrijWerk.nl:443")
        assert response["Location"] == canonical("/preventie/")

    def test_other_hosts_are_not_redirected(self, client):
        assert client.get("/preventie/", HTTP_HOST=CANONICAL_HOST).status_code == 200
        assert (
            client.get("/preventie/", HTTP_HOST="agressievrijwerk.nl.example.org").status_code
            == 200
        )

    def test_legacy_hosts_come_from_settings(self, settings):
        settings.LEGACY_HOSTS = ["oud.example.nl"]
        client = Client()
        response = client.get("/voorbereiden", HTTP_HOST="oud.example.nl")
        assert response["Location"] == canonical("/beleid-maken/")
        assert client.get("/preventie/", HTTP_HOST="agressievrijwerk.nl").status_code == 200

    def test_canonical_base_url_comes_from_settings(self, settings):
        settings.CANONICAL_BASE_URL = "https://nieuw.example.nl"
        response = Client().get("/voorbereiden", HTTP_HOST="agressievrijwerk.nl")
        assert response["Location"] == "https://nieuw.example.nl/beleid-maken/"

    def test_the_canonical_host_never_redirects_to_itself(self, settings):
        settings.LEGACY_HOSTS = ["agressievrijwerk.nl", CANONICAL_HOST]
        response = Client().get("/preventie/", HTTP_HOST=CANONICAL_HOST, secure=True)
        assert response.status_code == 200

    def test_a_chain_in_the_map_becomes_one_redirect(self, legacy_get):
        RedirectFactory(old_path="/keten-1", redirect_link="/keten-2")
        RedirectFactory(
            old_path="/keten-2", redirect_link="https://agressievrijwerk.nl/Voorbereiden/"
        )
        response = legacy_get("/keten-1")
        assert response.status_code == 301
        assert response["Location"] == canonical("/beleid-maken/")

    def test_a_loop_in_the_map_ends_on_a_working_page(self, legacy_get, client):
        RedirectFactory(old_path="/lus-a", redirect_link="/lus-b")
        RedirectFactory(old_path="/lus-b", redirect_link="/lus-c/")
        RedirectFactory(old_path="/lus-c", redirect_link="/LUS-A/index.html")
        RedirectFactory(old_path="/zelf", redirect_link="/zelf/")
        RedirectFactory(old_path="/bij-incident/lus", redirect_link="/bij-incident/lus")
        for path, fallback in [
            ("/lus-a", "/"),
            ("/lus-b/dieper", "/"),
            ("/zelf", "/"),
            ("/bij-incident/lus", "/handelen-bij-een-incident/"),
        ]:
            response = legacy_get(path)
            assert response.status_code == 301
            assert response["Location"] == canonical(fallback), path
        # On the site's own host a loop is a plain 404, not a redirect to itself.
        assert client.get("/lus-a/").status_code == 404
        assert client.get("/zelf/").status_code == 404

    def test_a_target_page_that_moves_is_followed(self, legacy_get, home_page):
        topic = Page.objects.get(slug="risicoanalyse")
        policy = Page.objects.get(slug="beleid-maken")
        topic.move(policy, pos="last-child")
        response = legacy_get("/voorbereiden/risicoanalyse")
        assert response["Location"] == canonical("/beleid-maken/risicoanalyse/")

    def test_an_unpublished_target_falls_back_to_the_ancestor(self, legacy_get):
        Page.objects.get(slug="registreer-het-incident").specific.unpublish()
        response = legacy_get("/bij-incident/melden")
        assert response["Location"] == canonical("/handelen-bij-een-incident/")

    def test_a_link_to_another_site_is_kept(self, legacy_get):
        RedirectFactory(
            old_path="/wetgeving", redirect_link="https://wetten.overheid.nl/BWBR0001854/"
        )
        response = legacy_get("/wetgeving/index.html")
        assert response["Location"] == "https://wetten.overheid.nl/BWBR0001854/"

    def test_a_link_with_query_and_anchor_keeps_them(self, legacy_get):
        RedirectFactory(
            old_path="/downloads", redirect_link="/documenten/?categorie=protocol#lijst"
        )
        response = legacy_get("/downloads/")
        assert response["Location"] == canonical("/documenten/?categorie=protocol#lijst")

    def test_a_non_ascii_target_is_percent_encoded(self, legacy_get, home_page):
        RedirectFactory(old_path="/café", redirect_link="https://example.org/café")
        response = legacy_get("/caf%C3%A9")
        assert response["Location"] == "https://example.org/caf%C3%A9"
        RedirectFactory(old_path="/thé", redirect_link="/preventie/?zoek=thé")
        assert legacy_get("/th%C3%A9")["Location"] == canonical("/preventie/?zoek=th%C3%A9")

    def test_queries_do_not_grow_with_the_map_or_the_path(self, client):
        client.get("/", HTTP_HOST="agressievrijwerk.nl")  # warms Wagtail's site cache
        deep = "/documenten/publicaties/2015/04/15/a/b/c/d/e/f/g"
        small = [count_queries(client, path) for path in ("/voorbereiden", deep, "/onbekend")]
        RedirectFactory.create_batch(500, redirect_link="/preventie/")
        large = [count_queries(client, path) for path in ("/voorbereiden", deep, "/onbekend")]
        assert small == large
        assert max(large) <= 2
