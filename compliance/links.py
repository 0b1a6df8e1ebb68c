"""Where the site's accessibility statement is, for the link in every page's footer.

Called while the footer is rendered, and the footer is kept per page-cache generation and site
(core.templatetags.navigation_tags.site_footer): these queries run once per generation, not per
page view."""

from dataclasses import dataclass

from wagtail.models import Site

from .models import AccessibilityStatementPage


@dataclass(frozen=True)
class StatementLink:
    url: str
    title: str


def statement_link(site_id):
    """The link to the site's live, public statement; None when the site has none."""
    site = Site.objects.select_related("root_page").filter(pk=site_id).first()
    if site is None:
        return None
    statement = (
        AccessibilityStatementPage.objects.live()
        .public()
        .descendant_of(site.root_page)
        .only("pk", "title", "url_path", "path", "depth")
        .first()
    )
    if statement is None:
        return None
    return StatementLink(url=statement.get_url(), title=statement.title)
