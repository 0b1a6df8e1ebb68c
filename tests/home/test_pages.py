import pytest
from wagtail.models import Page

from home.models import HomePage, StandardPage
from tests.home.factories import StandardPageFactory

PUBLIC_PATHS = [
    "/",
    "/preventie/",
    "/handelen-bij-een-incident/",
    "/handelen-bij-een-incident/reageer/",
    "/nazorg/wees-de-rots/",
    "/beleid-maken/ela/",
    "/documenten/",
    "/toegankelijkheid/",
    "/privacy/",
    "/cookies/",
    "/contact/",
    "/over-deze-site/",
    "/copyright/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_page_renders_for_anonymous_visitor_without_cookies(anonymous_client, path):
    response = anonymous_client.get(path)
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    assert not response.cookies
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert html.count("<h1") == 1
    assert 'href="#main-content"' in html and 'id="main-content"' in html
    for landmark in ("<header", "<main", "<footer", 'aria-label="Hoofdmenu"'):
        assert landmark in html
    assert " style=" not in html
    assert "<script>" not in html


@pytest.mark.django_db
def test_public_pages_send_a_strict_content_security_policy(anonymous_client):
    policy = anonymous_client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


@pytest.mark.django_db
def test_main_navigation_lists_live_sections_and_marks_the_current_one(anonymous_client):
    html = anonymous_client.get("/nazorg/houd-overzicht/").content.decode()
    nav = html.split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    for title in ("Voorkomen", "Handelen bij een incident", "Nazorg", "Beleid maken", "Documenten"):
        assert f">{title}</a>" in nav
    assert 'href="/nazorg/" aria-current="true"' in nav
    assert "Privacy" not in nav  # service pages are not in the menu


@pytest.mark.django_db
def test_unpublished_section_is_not_in_the_navigation(anonymous_client):
    Page.objects.get(slug="beleid-maken").unpublish()
    nav = anonymous_client.get("/").content.decode().split('aria-label="Hoofdmenu"')[1]
    assert "Beleid maken" not in nav.split("</nav>")[0]


@pytest.mark.django_db
def test_breadcrumbs_show_the_path_below_home(anonymous_client):
    html = anonymous_client.get("/handelen-bij-een-incident/reageer/").content.decode()
    crumbs = html.split('aria-label="Kruimelpad"')[1].split("</nav>")[0]
    assert ">Home</a>" in crumbs
    assert ">Handelen bij een incident</a>" in crumbs
    assert 'aria-current="page"' in crumbs
    assert 'aria-label="Kruimelpad"' not in anonymous_client.get("/").content.decode()


@pytest.mark.django_db
def test_home_page_shows_three_entries_linking_to_the_themes(anonymous_client):
    html = anonymous_client.get("/").content.decode()
    for path in ("/preventie/", "/handelen-bij-een-incident/", "/nazorg/"):
        assert f'class="vp-entry__link" href="{path}"' in html


@pytest.mark.django_db
def test_footer_shows_contact_details_from_site_settings(anonymous_client):
    from wagtail.models import Site

    from core.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "vragen@example.nl"
    site_settings.save()
    html = anonymous_client.get("/").content.decode()
    footer = html.split("<footer")[1]
    assert "mailto:vragen@example.nl" in footer
    assert 'href="/privacy/"' in footer


@pytest.mark.django_db
def test_home_page_can_only_be_created_at_the_root_and_only_once(home_page):
    root = Page.get_first_root_node()
    assert HomePage.can_exist_under(root)
    assert not HomePage.can_exist_under(home_page)
    assert not HomePage.can_create_at(root)  # max_count=1: one already exists
    HomePage.objects.all().delete()
    assert HomePage.can_create_at(root)


@pytest.mark.django_db
def test_standard_pages_live_below_home_only(home_page):
    assert StandardPage.can_exist_under(home_page)
    theme = Page.objects.get(slug="preventie").specific
    assert not StandardPage.can_exist_under(theme)
    page = StandardPageFactory(parent=home_page, title="Colofon extra", slug="colofon-extra")
    assert page.get_parent().pk == home_page.pk


@pytest.mark.django_db
def test_admin_refuses_to_add_a_second_home_page(admin_client):
    root = Page.get_first_root_node()
    response = admin_client.get(f"/admin/pages/add/home/homepage/{root.pk}/")
    assert response.status_code in (302, 403)
    assert HomePage.objects.count() == 1


@pytest.mark.django_db
def test_unknown_page_gives_branded_404(anonymous_client):
    response = anonymous_client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html
    assert '<meta name="robots" content="noindex">' in html


def test_500_page_renders_without_the_database(rf, django_db_blocker):
    from core.errors import server_error

    with django_db_blocker.block():
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


@pytest.mark.django_db
def test_robots_txt_points_at_sitemap(anonymous_client):
    response = anonymous_client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
