"""Demo content of the compliance app (compliance/content/): the accessibility statement and the
Woo page, both under the home page.

Sites loaded before the statement had its own page type hold a standard page at /toegankelijkheid/;
that old demo page is replaced by the statement (a page cannot change its type). A new Woo page is
added to the footer's service links once; an editor who removes it there is not overruled.
"""

from wagtail.models import Site

from compliance.models import AccessibilityStatementPage, WooRequestPage
from core.models import SiteSettings
from democontent.loader import ContentFolder
from democontent.pages import child_by_slug

STATEMENT = ContentFolder("compliance/content/accessibility", AccessibilityStatementPage)
WOO = ContentFolder("compliance/content/woo", WooRequestPage)
STATEMENT_SLUG = "toegankelijkheid"
WOO_SLUG = "woo-verzoek"

# Loaded after these apps' content: the Woo page links to the document library (themes).
LOAD_AFTER = ("home", "themes")


def load(state, loader):
    home = loader.home_page()
    replace_old_statement(home)
    loader.load(STATEMENT)
    woo_is_new = child_by_slug(home, WOO_SLUG) is None
    woo = loader.load(WOO)[WOO_SLUG]
    if woo_is_new:
        add_footer_link(woo)


def replace_old_statement(home):
    old = child_by_slug(home, STATEMENT_SLUG)
    if old is not None and not isinstance(old, AccessibilityStatementPage):
        old.delete()


def add_footer_link(page):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    site_settings = SiteSettings.for_site(site)
    site_settings.footer_links.append(("link", {"text": "", "page": page, "url": ""}))
    site_settings.save()
