"""The home page (the root of the site) and service pages."""

import factory
import wagtail_factories
from wagtail.models import Page, Site

from home.models import HomePage, StandardPage
from tests.core.factories import stream_json


class HomePageFactory(wagtail_factories.PageFactory):
    """Use site_home_page() instead: the site has one home page, the root of the default Site."""

    title = "Veilige publieke dienstverlening"
    slug = "home"
    intro = "Informatie over agressie tegen medewerkers met een publieke taak."
    entries = "[]"

    class Meta:
        model = HomePage


def site_home_page(**fields):
    """The site's home page, created below the tree root and made the default Site's root.

    Idempotent: returns the existing home page (fields are then ignored). Wagtail's own
    "Welcome" page from its first migration is removed, as the demo loader does.
    """
    existing = HomePage.objects.first()
    if existing:
        return existing
    root = Page.get_first_root_node()
    for welcome in root.get_children().filter(content_type__model="page", slug="home"):
        welcome.delete()
    home = HomePageFactory(parent=root, **fields)
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page = home
        site.save()
    else:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return home


class StandardPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home_page)
    title = factory.Sequence(lambda n: f"Servicepagina {n}")
    intro = "Een korte inleiding."
    body = stream_json(("text", "<p>Tekst van de servicepagina.</p>"))

    class Meta:
        model = StandardPage
