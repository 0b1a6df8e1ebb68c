import pytest
from wagtail.models import Page, Site

from core.models import SiteSettings
from home.models import HomePage, StandardPage
from tests.home.factories import StandardPageFactory
from tests.html import parse, texts
from tests.sample_site import build_sample_site

# One page of each kind of the sample site, by its name in build_sample_site().
PAGE_KINDS = [
    "home",
    "prevention",
    "incident",
    "library",
    "privacy",
    "news_index",
    "practice_index",
]


@pytest.fixture(scope="module")
def site(module_db):
    return build_sample_site()


def page_of_kind(site, kind):
    return getattr(site, kind)


def main_navigation(response):
    return parse(response).find("nav", attrs={"aria-label": "Hoofdmenu"})


@pytest.mark.django_db
@pytest.mark.parametrize("kind", [*PAGE_KINDS, "topic", "news", "example"])
def test_public_page_renders_for_anonymous_visitor_without_cookies(anonymous_client, site, kind):
    page = {"topic": site.steps[2], "news": site.news[0], "example": site.example}.get(kind)
    page = page or page_of_kind(site, kind)
    response = anonymous_client.get(page.url)
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    assert not response.cookies
    html = response.content.decode()
    document = parse(html)
    assert document.html["lang"] == "nl"
    assert len(document.find_all("h1")) == 1
    assert document.find("a", href="#main-content") and document.find(id="main-content")
    for landmark in ("header", "main", "footer"):
        assert document.find(landmark), landmark
    assert main_navigation(response)
    assert not document.find(style=True)
    assert not [
        script
        for script in document.find_all("script")
        if not script.get("src") and script.get("type") != "application/ld+json"
    ]


@pytest.mark.django_db
def test_public_pages_send_a_strict_content_security_policy(anonymous_client, site):
    policy = anonymous_client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


@pytest.mark.django_db
def test_main_navigation_lists_live_sections_and_marks_the_current_one(anonymous_client, site):
    nav = main_navigation(anonymous_client.get(site.aftercare_topics[0].url))
    in_menu = Page.objects.child_of(site.home).live().in_menu().order_by("path")
    assert texts(nav.find_all("a")) == ["Home", *[page.title for page in in_menu]]
    assert {"Voorkomen", "Handelen bij een incident", "Nazorg", "Documenten"} <= set(
        texts(nav.find_all("a"))
    )
    current = nav.find_all("a", attrs={"aria-current": True})
    assert [(link["href"], link["aria-current"]) for link in current] == [("/nazorg/", "true")]
    assert "Privacy" not in texts(nav.find_all("a"))  # service pages are not in the menu


@pytest.mark.django_db
def test_current_section_page_is_marked_as_the_page_itself(anonymous_client, site):
    nav = main_navigation(anonymous_client.get("/nazorg/"))
    assert nav.find("a", href="/nazorg/")["aria-current"] == "page"


@pytest.mark.django_db
def test_unpublished_section_is_not_in_the_navigation(anonymous_client, site):
    Page.objects.get(pk=site.aftercare.pk).unpublish()
    nav = main_navigation(anonymous_client.get("/"))
    assert "Nazorg" not in texts(nav.find_all("a"))
    assert "Voorkomen" in texts(nav.find_all("a"))


@pytest.mark.django_db
def test_breadcrumbs_show_the_path_below_home(anonymous_client, site):
    response = anonymous_client.get(site.steps[2].url)
    crumbs = parse(response).find("nav", attrs={"aria-label": "Kruimelpad"})
    assert texts(crumbs.find_all("a")) == ["Home", "Handelen bij een incident"]
    assert texts(crumbs.find_all(attrs={"aria-current": "page"})) == ["Reageer"]
    assert not parse(anonymous_client.get("/")).find("nav", attrs={"aria-label": "Kruimelpad"})


@pytest.mark.django_db
def test_home_page_shows_its_entries_linking_to_the_themes(anonymous_client, site):
    links = parse(anonymous_client.get("/")).select("a.vp-entry__link")
    assert [link["href"] for link in links] == [theme.url for theme in site.themes]


@pytest.mark.django_db
def test_home_page_leaves_out_an_entry_whose_page_is_unpublished(anonymous_client, site):
    Page.objects.get(pk=site.incident.pk).unpublish()
    links = parse(anonymous_client.get("/")).select("a.vp-entry__link")
    assert [link["href"] for link in links] == [site.prevention.url, site.aftercare.url]


@pytest.mark.django_db
def test_footer_shows_contact_details_from_site_settings(anonymous_client, site):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "vragen@example.nl"
    site_settings.save()
    footer = parse(anonymous_client.get("/")).find("footer")
    assert footer.find("a", href="mailto:vragen@example.nl")
    assert footer.find("a", href="/privacy/")


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
    from tests.themes.factories import ThemePageFactory

    assert StandardPage.can_exist_under(home_page)
    assert not StandardPage.can_exist_under(ThemePageFactory())
    page = StandardPageFactory(parent=home_page, title="Colofon extra", slug="colofon-extra")
    assert page.get_parent().pk == home_page.pk
    assert StandardPage.can_exist_under(page)  # service pages may have sub-pages


@pytest.mark.django_db
def test_admin_refuses_to_add_a_second_home_page(admin_client, home_page):
    root = Page.get_first_root_node()
    response = admin_client.get(f"/admin/pages/add/home/homepage/{root.pk}/")
    assert response.status_code in (302, 403)
    assert HomePage.objects.count() == 1


@pytest.mark.django_db
def test_unknown_page_gives_branded_404(anonymous_client, home_page):
    response = anonymous_client.get("/bestaat-niet/")
    assert response.status_code == 404
    document = parse(response)
    assert "Deze pagina bestaat niet" in document.get_text()
    assert document.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_500_page_renders_without_the_database(rf, django_db_blocker):
    from core.errors import server_error

    with django_db_blocker.block():
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    document = parse(response)
    assert document.title.get_text() == "Er ging iets mis – Veilige publieke dienstverlening"
    assert [h1.get_text() for h1 in document.find_all("h1")] == ["Er ging iets mis"]
    assert "Probeer het over een paar minuten opnieuw" in document.select_one(".vp-lead").get_text()
    assert document.find("a", class_="vp-skip-link")["href"] == "#main-content"


def test_503_page_has_its_own_title_and_heading_on_the_shared_layout():
    from django.template import loader

    document = parse(loader.get_template("503.html").render())
    assert document.title.get_text() == "Even niet beschikbaar – Veilige publieke dienstverlening"
    assert [h1.get_text() for h1 in document.find_all("h1")] == [
        "De website is even niet beschikbaar"
    ]
    assert document.find("main", id="main-content")
    assert document.find("meta", attrs={"name": "robots"})["content"] == "noindex"


@pytest.mark.django_db
def test_robots_txt_points_at_sitemap(anonymous_client):
    response = anonymous_client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode().splitlines()
