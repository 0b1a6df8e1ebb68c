"""The base of every page type of the site."""

from http import HTTPMethod

from wagtail.models import Page, PageViewRestriction

from pagecache.restrictions import may_skip_restriction_check

from .forms import PageForm
from .panels import PublishingSchedulePanel


class SitePage(Page):
    """What every page type shares: the admin form that proposes a free address, the go-live and
    expiry dates on the *Eigenschappen* (promote) tab and the kind of structured data it is.

    A page type says what it is for search engines with ``structured_data_type`` (a schema.org
    type such as "Article"); ``None`` is a plain web page (core/seo.py).
    """

    base_form_class = PageForm
    # Pages are read, not written to: other methods get 405 (a page that takes a form adds POST).
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD]
    promote_panels = [
        *Page.promote_panels,
        PublishingSchedulePanel(heading="Publicatieplanning"),
    ]
    structured_data_type = None
    # "Was deze informatie nuttig?" under the page (feedback/). Off for the home page, listings
    # and the visitor tools: they are ways to information, not the information itself.
    asks_for_feedback = True

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's answer, without its queries for a page outside every private section (the
        private sections are kept per page-cache generation)."""
        if may_skip_restriction_check(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
