"""Old paths on the site's own host: redirected only where no page answers."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from tests.home.factories import StandardPageFactory
from tests.legacy.factories import RedirectFactory

from .conftest import canonical, shipped_rows

pytestmark = pytest.mark.django_db


def edit_page_in_admin(admin_client, page, on_commit, **changes):
    """Publish page with changes through the admin's edit form, as an editor would.

    on_commit is pytest-django's django_capture_on_commit_callbacks: Wagtail creates the
    automatic redirects once the edit is committed, which a test (rolled back) never is.
    """
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(admin_client.get(edit_url).content, form_id="page-edit-form")
    # The body editor is built by JavaScript; an empty body is what it would send for one.
    data["body-count"] = "0"
    data.update(changes)
    data["action-publish"] = "action-publish"
    with on_commit(execute=True):
        response = admin_client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.fixture
def section(home_page):
    """A published page with a subpage, both with an empty body, made for editing in the admin."""
    parent = StandardPageFactory(parent=home_page, slug="over-ons", body="[]")
    StandardPageFactory(parent=parent, slug="team", body="[]")
    return parent


@pytest.mark.usefixtures("shipped_site")
class TestOwnHost:
    """On the site's own host, with the shipped map and the pages it points at."""

    @pytest.mark.parametrize(("old_path", "new_path"), [r for r in shipped_rows() if r[0] != "/"])
    def test_old_paths_redirect_on_the_own_host_unless_a_page_answers(
        self, client, old_path, new_path
    ):
        response = client.get(old_path + "/")
        if old_path.rstrip("/") + "/" == new_path:
            # The new site uses this very path (/documenten/): the page wins.
            assert response.status_code == 200
            return
        assert response.status_code == 301
        assert response["Location"] == new_path
        assert client.get(new_path).status_code == 200

    @pytest.mark.parametrize(
        ("path", "new_path"),
        [
            ("/Voorbereiden/Risicoanalyse/index.html", "/preventie/risicoanalyse/"),
            ("/voorbereiden/risicoanalyse", "/preventie/risicoanalyse/"),
            (
                "/bij-incident/aangifte/iets/",
                "/handelen-bij-een-incident/doe-een-melding-of-aangifte/",
            ),
            ("/bij-incident/iets-anders/", "/handelen-bij-een-incident/"),
            ("/documenten/publicaties/2016/01/iets/", "/documenten/"),
            # A page of the new site written the way people do.
            ("/PREVENTIE/", "/preventie/"),
            ("/preventie/risicoanalyse/index.html", "/preventie/risicoanalyse/"),
        ],
    )
    def test_forgiving_matching_on_the_own_host(self, client, path, new_path):
        response = client.get(path + "?utm_source=x")
        assert response.status_code == 301
        assert response["Location"] == new_path

    @pytest.mark.parametrize(
        "path",
        [
            "/preventie/bestaat-niet/",
            "/bestaat-niet/",
            "/nieuws/2014/bericht/",
            "/preventie/x.html",
        ],
    )
    def test_other_404s_stay_404(self, client, path):
        # The root "/" is mapped, but a mistyped address of the new site must not jump home.
        assert client.get(path).status_code == 404

    def test_real_pages_are_never_hijacked(self, client, home_page):
        RedirectFactory(old_path="/preventie", redirect_link="/nazorg/")
        RedirectFactory(old_path="/preventie/risicoanalyse", redirect_link="/nazorg/")
        assert client.get("/preventie/").status_code == 200
        assert client.get("/preventie/risicoanalyse/").status_code == 200
        assert client.get("/documenten/").status_code == 200
        assert client.get("/").status_code == 200
        # The old host still follows the map.
        response = client.get("/preventie", HTTP_HOST="agressievrijwerk.nl")
        assert response["Location"] == canonical("/nazorg/")

    def test_automatic_redirects_are_not_used_for_ancestors(self, client, home_page):
        page = StandardPageFactory(parent=home_page, slug="verhuisd")
        RedirectFactory(old_path="/oude-plek", redirect_page=page, automatically_created=True)
        assert client.get("/oude-plek/")["Location"] == "/verhuisd/"
        assert client.get("/oude-plek/iets-anders/").status_code == 404

    def test_a_temporary_redirect_stays_temporary_on_the_own_host(self, client, home_page):
        RedirectFactory(old_path="/actie", redirect_link="/nazorg/", is_permanent=False)
        response = client.get("/actie/")
        assert response.status_code == 302
        assert response["Location"] == "/nazorg/"
        # An old host only knows permanent redirects.
        assert client.get("/actie", HTTP_HOST="agressievrijwerk.nl").status_code == 301

    def test_a_chain_becomes_one_redirect_on_the_own_host(self, client):
        RedirectFactory(old_path="/keten-a", redirect_link="/keten-b")
        RedirectFactory(old_path="/keten-b", redirect_link="/bij-incident/melden")
        response = client.get("/keten-a/")
        assert response["Location"] == "/handelen-bij-een-incident/registreer-het-incident/"

    def test_renaming_a_page_in_the_admin_redirects_its_old_address(
        self, admin_client, client, section, django_capture_on_commit_callbacks
    ):
        page = Page.objects.get(slug="team")
        RedirectFactory(old_path="/vpt/team", redirect_page=page)
        edit_page_in_admin(
            admin_client, page.specific, django_capture_on_commit_callbacks, slug="ons-team"
        )

        assert client.get("/over-ons/ons-team/").status_code == 200
        response = client.get("/over-ons/team/")
        assert response.status_code == 301
        assert response["Location"] == "/over-ons/ons-team/"
        # An imported old address follows the page to its new address too.
        response = client.get("/vpt/team", HTTP_HOST="agressievrijwerk.nl")
        assert response["Location"] == canonical("/over-ons/ons-team/")

    def test_renaming_a_section_redirects_the_pages_below_it(
        self, admin_client, client, section, django_capture_on_commit_callbacks
    ):
        edit_page_in_admin(
            admin_client, section, django_capture_on_commit_callbacks, slug="wie-wij-zijn"
        )
        response = client.get("/over-ons/team/")
        assert response.status_code == 301
        assert response["Location"] == "/wie-wij-zijn/team/"
        assert client.get(response["Location"]).status_code == 200

    def test_auto_redirects_can_be_switched_off(
        self, admin_client, client, section, settings, django_capture_on_commit_callbacks
    ):
        settings.WAGTAILREDIRECTS_AUTO_CREATE = False
        edit_page_in_admin(
            admin_client, section, django_capture_on_commit_callbacks, slug="wie-wij-zijn"
        )
        assert client.get("/over-ons/").status_code == 404

    def test_moving_a_page_in_the_admin_redirects_its_old_addresses(self, admin_client, client):
        page = Page.objects.get(slug="agressieprotocol-opstellen")
        destination = Page.objects.get(slug="beleid-maken")
        url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])
        assert admin_client.post(url).status_code == 302

        response = client.get("/preventie/agressieprotocol-opstellen/")
        assert response.status_code == 301
        assert response["Location"] == "/beleid-maken/agressieprotocol-opstellen/"
        response = client.get(
            "/uitvoeren/agressie-protocol-opstellen", HTTP_HOST="agressievrijwerk.nl"
        )
        assert response["Location"] == canonical("/beleid-maken/agressieprotocol-opstellen/")
