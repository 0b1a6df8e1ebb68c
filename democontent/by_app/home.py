"""Demo content of the home app (home/content/): the home page, service pages, settings, admin.

The home page is the root of the site, so it is made here rather than from a ContentFolder; its
entries and featured slots link to pages of other apps and are filled in at the end of the load.
"""

from wagtail.models import Page, Site

from core.models import SiteSettings
from democontent.accounts import ensure_demo_users
from democontent.files import read_file
from democontent.loader import ContentFolder
from democontent.pages import publish
from home.models import HomePage, StandardPage

HOME = ContentFolder("home/content", HomePage, later=("entries", "featured"))
SERVICE_PAGES = ContentFolder("home/content/pages", StandardPage)
SITE_SETTINGS = ContentFolder("home/content", SiteSettings)
SITE_NAME = "Veilige publieke dienstverlening"
ADMIN_ACCOUNTS = [("admin", "Beheerder", {"is_superuser": True, "is_staff": True}, [])]


def load(state, loader):
    state["home"] = ensure_home_page(loader)
    loader.load(SERVICE_PAGES)
    ensure_site_settings(loader)
    state["logins"] = ensure_demo_users(ADMIN_ACCOUNTS, loader.report)


def ensure_home_page(loader):
    source = read_file(f"{HOME.path}/home.yaml")
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's first migration adds a "Welcome" page; our home page takes its place.
        for welcome in root.get_children().filter(content_type__model="page", slug="home"):
            welcome.delete()
        home = loader.build(HomePage, source, HOME, slug="home")
        root.add_child(instance=home)
        publish(home, loader.report)
        point_site_at(home)
    loader.fill_later(home, source, HOME)
    return home


def point_site_at(home):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name=SITE_NAME
        )
        return
    site.root_page = home
    site.site_name = SITE_NAME
    site.save()


def ensure_site_settings(loader):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if site_settings.contact_email:
        return  # Already filled in (by an earlier run or by an editor).
    source = read_file(f"{SITE_SETTINGS.path}/site-settings.yaml")
    for name, value in loader.field_values(SiteSettings, source, SITE_SETTINGS).items():
        setattr(site_settings, name, value)
    site_settings.save()
    loader.report.created(site_settings)
