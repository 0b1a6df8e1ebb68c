import pytest
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.models import SiteSettings


@pytest.mark.django_db
def test_admin_speaks_dutch(anonymous_client):
    html = anonymous_client.get("/admin/login/").content.decode()
    assert '<html lang="nl"' in html
    assert "Inloggen" in html or "Aanmelden" in html


@pytest.mark.django_db
def test_accessibility_checker_stays_on_for_editors(admin_client):
    html = admin_client.get("/preventie/").content.decode()
    assert 'id="checker-axe-configuration" type="application/json"' in html
    assert "wagtailadmin/js/userbar.js" in html


@pytest.mark.django_db
def test_editor_changes_contact_details_in_site_settings(admin_client, anonymous_client):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/core/sitesettings/{site.pk}/"
    assert admin_client.get(url).status_code == 200
    current = SiteSettings.for_site(site)
    data = nested_form_data(
        {
            "organisation_name": current.organisation_name,
            "team_name": "Team Veilig Werken",
            "contact_email": "nieuw@example.nl",
            "contact_phone": "070 123 45 67",
            "postal_address": "Postbus 1, 2500 AA Den Haag",
            "footer_links": streamfield(
                [("link", {"text": "Colofon", "page": "", "url": "https://example.nl/colofon"})]
            ),
            "default_share_image": "",
            "security_contact": "mailto:security@example.nl",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302
    footer = anonymous_client.get("/").content.decode().split("<footer")[1]
    assert "Team Veilig Werken" in footer
    assert "mailto:nieuw@example.nl" in footer
    assert "070 123 45 67" in footer
    assert 'href="https://example.nl/colofon">Colofon</a>' in footer


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["preventie", "reageer", "privacy", "documenten"])
def test_editor_opens_the_edit_form_of_each_page_type(admin_client, slug):
    from wagtail.models import Page

    page = Page.objects.get(slug=slug)
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "help" in response.content.decode()  # panels carry help text
