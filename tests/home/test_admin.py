import pytest
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.models import SiteSettings
from tests.home.factories import StandardPageFactory, site_home_page
from tests.html import parse
from tests.themes.factories import DocumentLibraryPageFactory, ThemePageFactory, TopicPageFactory


@pytest.mark.django_db
def test_admin_speaks_dutch(anonymous_client):
    document = parse(anonymous_client.get("/admin/login/"))
    assert document.html["lang"] == "nl"
    assert "Inloggen" in document.get_text() or "Aanmelden" in document.get_text()


@pytest.mark.django_db
def test_accessibility_checker_stays_on_for_editors(admin_client):
    theme = ThemePageFactory()
    document = parse(admin_client.get(theme.url))
    checker = document.find(id="checker-axe-configuration")
    assert checker and checker["type"] == "application/json"
    assert any(
        "wagtailadmin/js/userbar.js" in script["src"] for script in document("script", src=True)
    )


@pytest.mark.django_db
def test_editor_changes_contact_details_in_site_settings(admin_client, anonymous_client, home_page):
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
    footer = parse(anonymous_client.get("/")).find("footer")
    assert "Team Veilig Werken" in footer.get_text()
    assert footer.find("a", href="mailto:nieuw@example.nl")
    assert "070 123 45 67" in footer.get_text()
    assert footer.find("a", href="https://example.nl/colofon").get_text(strip=True) == "Colofon"


PAGE_FACTORIES = {
    "home": lambda: site_home_page(),
    "theme": lambda: ThemePageFactory(),
    "topic": lambda: TopicPageFactory(),
    "service page": lambda: StandardPageFactory(),
    "document library": lambda: DocumentLibraryPageFactory(),
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", PAGE_FACTORIES)
def test_editor_opens_the_edit_form_of_each_page_type(admin_client, kind):
    page = PAGE_FACTORIES[kind]()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert parse(response).select(".help, [id$='-helptext'], .w-field__help")  # help texts
