"""Changes made in the admin, as an editor makes them, show on the next anonymous request.

The other purge tests change objects through the model API; these post the admin's own forms
(edit and publish, unpublish, move, delete, a snippet, the site settings, an image, a document)
and check that the next visitor gets a fresh page (X-Cache MISS) with the change.
"""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.models import SiteSettings
from practice.models import Province
from tests.core.factories import DocumentFactory, ImageFactory
from tests.html import parse
from tests.themes.factories import ThemePageFactory

from .conftest import warm

pytestmark = pytest.mark.django_db


def fresh(visitor, url):
    """The next anonymous answer for url: rendered again, not from the cache."""
    response = visitor.get(url)
    assert response["X-Cache"] == "MISS", url
    return response


def shown(visitor, url):
    response = fresh(visitor, url)
    assert response.status_code == 200, url
    return response.content.decode()


def form_values(client, url, field_name):
    """What the browser sends for the admin form at url that has field_name (files left out)."""
    document = parse(client.get(url))
    form = document.find(attrs={"name": field_name}).find_parent("form")
    data = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        kind = element.get("type", "text")
        if not name or kind in {"file", "submit", "button"}:
            continue
        if kind in {"checkbox", "radio"} and not element.has_attr("checked"):
            continue
        if element.name == "textarea":
            data[name] = element.get_text()
        elif element.name == "select":
            chosen = element.find_all("option", selected=True) or element.find_all("option")[:1]
            data[name] = [option.get("value", "") for option in chosen]
        else:
            data[name] = element.get("value", "on" if kind == "checkbox" else "")
    return data


def posted(client, url, data):
    response = client.post(url, data)
    form = response.context and response.context.get("form")
    assert response.status_code == 302, form.errors if form else response.status_code
    return response


def test_editing_and_publishing_a_topic_in_the_admin(cache_site, visitor, admin_client):
    warm(visitor, "/voorkomen/grenzen/", "/voorkomen/")
    topic = cache_site.topic
    data = nested_form_data(
        {
            "title": "Onderwerp Grenzen stellen, herschreven",
            "slug": topic.slug,
            "intro": topic.intro,
            "summary": streamfield([]),
            "body": streamfield([("text", rich_text("<p>Zo stelt u grenzen.</p>"))]),
            "related_links": streamfield([]),
            "downloads": streamfield([]),
            "last_reviewed": "",
            "action-publish": "publish",
        }
    )
    posted(admin_client, reverse("wagtailadmin_pages:edit", args=[topic.pk]), data)
    assert "Grenzen stellen, herschreven" in shown(visitor, "/voorkomen/grenzen/")
    assert "Grenzen stellen, herschreven" in shown(visitor, "/voorkomen/")


def test_unpublishing_in_the_admin(cache_site, visitor, admin_client):
    warm(visitor, "/voorkomen/grenzen/", "/voorkomen/")
    posted(admin_client, reverse("wagtailadmin_pages:unpublish", args=[cache_site.topic.pk]), {})
    assert fresh(visitor, "/voorkomen/grenzen/").status_code == 404
    assert "Onderwerp Grenzen stellen" not in shown(visitor, "/voorkomen/")


def test_moving_in_the_admin(cache_site, visitor, admin_client):
    other = ThemePageFactory(parent=cache_site.home, title="Thema Nazorg", slug="nazorg")
    warm(visitor, "/voorkomen/grenzen/", "/voorkomen/", "/nazorg/")
    url = reverse("wagtailadmin_pages:move_confirm", args=[cache_site.topic.pk, other.pk])
    posted(admin_client, url, {})
    assert fresh(visitor, "/voorkomen/grenzen/").status_code == 404
    assert "Onderwerp Grenzen stellen" not in shown(visitor, "/voorkomen/")
    assert "Onderwerp Grenzen stellen" in shown(visitor, "/nazorg/")
    assert "Onderwerp Grenzen stellen" in shown(visitor, "/nazorg/grenzen/")


def test_deleting_in_the_admin(cache_site, visitor, admin_client):
    warm(visitor, "/praktijk/proefdorp/", "/praktijk/")
    posted(admin_client, reverse("wagtailadmin_pages:delete", args=[cache_site.example.pk]), {})
    assert fresh(visitor, "/praktijk/proefdorp/").status_code == 404
    assert "Proefdorp belt elke dader" not in shown(visitor, "/praktijk/")


def test_editing_a_snippet_in_the_admin(cache_site, visitor, admin_client):
    warm(visitor, "/praktijk/", "/praktijk/proefdorp/")
    province = Province.objects.get(slug="utrecht")
    url = reverse(province.snippet_viewset.get_url_name("edit"), args=[province.pk])
    data = form_values(admin_client, url, "name")
    data["name"] = "Provincie Utrecht (nieuw)"
    posted(admin_client, url, data)
    assert "Provincie Utrecht (nieuw)" in shown(visitor, "/praktijk/")
    assert "Provincie Utrecht (nieuw)" in shown(visitor, "/praktijk/proefdorp/")


def test_editing_the_site_settings_in_the_admin(cache_site, visitor, admin_client):
    site = Site.objects.get(hostname="cache.test")
    SiteSettings.for_site(site)  # as the first page view creates them
    warm(visitor, "/", "/voorkomen/grenzen/")
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    data = form_values(admin_client, url, "organisation_name")
    data.update(nested_form_data({"footer_links": streamfield([])}))
    data["organisation_name"] = "Ministerie van Proeven"
    posted(admin_client, url, data)
    for url in ("/", "/voorkomen/grenzen/"):
        assert "Ministerie van Proeven" in shown(visitor, url), url


def test_editing_an_image_in_the_admin(cache_site, visitor, admin_client):
    image = ImageFactory(title="Medewerker achter de balie")
    site_settings = SiteSettings.for_site(Site.objects.get(hostname="cache.test"))
    site_settings.default_share_image = image
    site_settings.save()
    warm(visitor, "/", "/voorkomen/grenzen/")
    url = reverse("wagtailimages:edit", args=[image.pk])
    data = form_values(admin_client, url, "title")
    data["title"] = "Medewerker in gesprek"
    posted(admin_client, url, data)
    for url in ("/", "/voorkomen/grenzen/"):
        assert 'content="Medewerker in gesprek"' in shown(visitor, url), url


def test_editing_a_document_in_the_admin(cache_site, visitor, admin_client):
    document = DocumentFactory(
        title="Checklist veilig loket",
        file=ContentFile(b"%PDF-1.4 checklist", name="checklist.pdf"),
    )
    warm(visitor, "/documenten/")
    url = reverse("wagtaildocs:edit", args=[document.pk])
    data = form_values(admin_client, url, "title")
    data["title"] = "Checklist veilige balie"
    posted(admin_client, url, data)
    assert "Checklist veilige balie" in shown(visitor, "/documenten/")
