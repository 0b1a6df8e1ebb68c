"""Editors add and import redirects in Wagtail's admin (Instellingen > Doorverwijzingen)."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from tests.legacy.factories import RedirectFactory

from .conftest import canonical

pytestmark = pytest.mark.django_db

SMALL_CSV = b"""old_path,new_path,source
/oud/een,/preventie/,goed
/oud/twee,/bestaat-niet/,fout
/Oud/Drie/index.html,/nazorg/wees-de-rots/,goed
/oud/vier,https://wetten.overheid.nl/,andere site
"""


def page_text(response):
    """The text of an admin page as an editor reads it."""
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def import_in_admin(admin_client, content, name="oude-adressen.csv"):
    upload = SimpleUploadedFile(name, content, content_type="text/csv")
    response = admin_client.post(reverse("wagtailredirects:start_import"), {"import_file": upload})
    assert response.status_code == 200
    form = response.context["form"]
    return admin_client.post(
        reverse("wagtailredirects:process_import"),
        {
            "import_file_name": form["import_file_name"].value(),
            "input_format": form["input_format"].value(),
            "from_index": "0",
            "to_index": "1",
            "permanent": "on",
            "site": "",
        },
    )


def add_in_admin(admin_client, **fields):
    data = {"old_path": "", "site": "", "is_permanent": "on", "redirect_page": "", **fields}
    return admin_client.post(reverse("wagtailredirects:add"), data)


@pytest.mark.usefixtures("shipped_site")
class TestRedirectAdmin:
    """With the shipped map and the pages it points at."""

    def test_admin_import_of_a_csv_with_a_bad_row(self, admin_client, client):
        response = import_in_admin(admin_client, SMALL_CSV)

        # The summary names the bad row and why; the good rows are in.
        assert response.status_code == 200
        summary = response.context["import_summary"]
        assert summary["total"] == 4
        assert summary["successes"] == 3
        assert [error[:2] for error in summary["errors"]] == [["/oud/twee", "/bestaat-niet/"]]
        assert "Op /bestaat-niet/ staat geen gepubliceerde pagina" in page_text(response)

        imported = {r.old_path: r for r in Redirect.objects.filter(old_path__startswith="/oud/")}
        assert set(imported) == {"/oud/een", "/oud/drie", "/oud/vier"}
        assert imported["/oud/een"].redirect_page == Page.objects.get(slug="preventie")
        assert imported["/oud/drie"].redirect_page == Page.objects.get(slug="wees-de-rots")
        assert imported["/oud/vier"].redirect_link == "https://wetten.overheid.nl/"

        response = client.get("/oud/drie/", HTTP_HOST="agressievrijwerk.nl")
        assert response["Location"] == canonical("/nazorg/wees-de-rots/")

    def test_admin_import_of_the_shipped_csv_reports_the_existing_rows(self, admin_client):
        from legacy.importer import SHIPPED_CSV

        before = Redirect.objects.count()
        response = import_in_admin(
            admin_client, SHIPPED_CSV.read_bytes(), name="agressievrijwerk.csv"
        )
        summary = response.context["import_summary"]
        # The site already has them all: each row is a clear duplicate, nothing breaks.
        assert summary["successes"] == 0
        assert summary["errors_count"] == summary["total"]
        assert {error[2] for error in summary["errors"]} == {
            "Voor dit oude adres bestaat al een doorverwijzing."
        }
        assert Redirect.objects.count() == before

    def test_admin_import_of_the_shipped_csv_into_an_empty_map(self, admin_client):
        Redirect.objects.all().delete()
        from legacy.importer import SHIPPED_CSV

        response = import_in_admin(
            admin_client, SHIPPED_CSV.read_bytes(), name="agressievrijwerk.csv"
        )
        assert response.status_code == 302
        assert Redirect.objects.count() == len(SHIPPED_CSV.read_text().strip().splitlines()) - 1
        assert Redirect.objects.filter(redirect_page__isnull=True).count() == 0

    def test_editor_adds_a_redirect_to_a_path_of_this_site(self, admin_client, client):
        response = add_in_admin(
            admin_client, old_path="/Bij-Incident/Nazorg/index.html", redirect_link="/nazorg/"
        )
        assert response.status_code == 302
        redirect = Redirect.objects.get(old_path="/bij-incident/nazorg")
        assert redirect.redirect_page == Page.objects.get(slug="nazorg")
        assert redirect.redirect_link == ""
        response = client.get("/bij-incident/nazorg", HTTP_HOST="agressievrijwerk.nl")
        assert response["Location"] == canonical("/nazorg/")

    def test_editor_adds_a_redirect_with_a_query(self, admin_client):
        response = add_in_admin(
            admin_client, old_path="/downloads", redirect_link="/documenten/?categorie=protocol"
        )
        assert response.status_code == 302
        assert Redirect.objects.get(old_path="/downloads").redirect_link == (
            "/documenten/?categorie=protocol"
        )

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            (
                {"old_path": "/x", "redirect_link": "/bestaat-niet/"},
                "staat geen gepubliceerde pagina",
            ),
            ({"old_path": "/x", "redirect_link": ""}, "Kies een pagina of vul een adres in"),
            (
                {"old_path": "/x", "redirect_link": "preventie"},
                "Vul een pad op deze site in dat met / begint",
            ),
            (
                {"old_path": "/VOORBEREIDEN/", "redirect_link": "/nazorg/"},
                "bestaat al een doorverwijzing",
            ),
        ],
    )
    def test_editor_gets_a_clear_message(self, admin_client, fields, message):
        before = Redirect.objects.count()
        response = add_in_admin(admin_client, **fields)
        assert response.status_code == 200
        assert message in page_text(response)
        assert Redirect.objects.count() == before

    def test_editor_edits_a_redirect(self, admin_client):
        redirect = RedirectFactory(old_path="/oud/aanpassen", redirect_link="/nazorg/")
        url = reverse("wagtailredirects:edit", args=[redirect.pk])
        assert admin_client.get(url).status_code == 200
        response = admin_client.post(
            url,
            {
                "old_path": "/oud/aanpassen",
                "site": "",
                "is_permanent": "on",
                "redirect_page": "",
                "redirect_link": "/preventie/",
            },
        )
        assert response.status_code == 302
        redirect.refresh_from_db()
        assert redirect.redirect_page == Page.objects.get(slug="preventie")

    def test_the_redirect_list_shows_the_map(self, admin_client):
        response = admin_client.get(reverse("wagtailredirects:index"))
        assert response.status_code == 200
        assert "/voorbereiden/risicoanalyse" in page_text(response)
