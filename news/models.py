"""Actueel: the news overview at /actueel/ and the news items below it.

A news item lives at /actueel/nieuws/YYYY/MM/DD/slug/, with the date taken from its publication
date. The overview serves that address through a route; the item's plain tree address
(/actueel/slug/) redirects there permanently, so there is one address per item.
"""

import datetime

from django.db import models
from django.http import Http404, HttpResponsePermanentRedirect
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.dates import start_of_day
from core.pages import SitePage
from core.pagination import paginate

from .feeds import news_feed_response

DATED_PREFIX = "nieuws"


class NewsIndexPage(RoutablePageMixin, SitePage):
    intro = models.TextField(
        "introductie",
        max_length=500,
        blank=True,
        help_text="Eén of twee zinnen over het nieuws op deze pagina. Staat ook in de RSS-feed.",
    )
    per_page = 10
    asks_for_feedback = False  # a listing; each news item asks

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = "nieuwsoverzicht"
        verbose_name_plural = "nieuwsoverzichten"

    def news_items(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-publication_date", "-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_page"] = paginate(request, self.news_items(), self.per_page)
        return context

    @re_path(
        rf"^{DATED_PREFIX}/(?P<year>\d{{4}})/(?P<month>\d{{2}})/(?P<day>\d{{2}})/(?P<slug>[-\w]+)/$"
    )
    def dated_news_item(self, request, year, month, day, slug):
        item = NewsPage.objects.child_of(self).live().filter(slug=slug).first()
        if item is None:
            raise Http404("Dit nieuwsbericht bestaat niet.")
        if item.date_path() != f"{year}/{month}/{day}":
            # The publication date changed since the link was made: send to the current address.
            return HttpResponsePermanentRedirect(item.get_url(request))
        return serve_like_wagtail(item, request)

    @path("feed/", name="rss")
    def rss_feed(self, request):
        return news_feed_response(self, request, "rss")

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return news_feed_response(self, request, "atom")


def serve_like_wagtail(item, request):
    """Serve a news item the way wagtail.views.serve serves a page, with the same hooks.

    Wagtail ran them for the overview, whose route this is; the item's own privacy settings (a
    password or login) are checked by the on_serve_page hooks.
    """

    def serve_chain(page, request, args, kwargs):
        return page.serve_at_dated_url(request)

    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(item, request, [], {})
        if isinstance(result, HttpResponseBase):
            return result
    return chain(item, request, [], {})


class NewsPage(SitePage):
    structured_data_type = "NewsArticle"

    publication_date = models.DateField(
        "publicatiedatum",
        default=datetime.date.today,
        help_text=(
            "De datum van het bericht. Staat boven het bericht en bepaalt het adres, "
            "bijvoorbeeld /actueel/nieuws/2026/10/01/titel/. Het oude adres blijft werken."
        ),
    )
    intro = models.TextField(
        "inleiding",
        max_length=500,
        help_text="Twee of drie zinnen: wat is het nieuws? Staat ook in het overzicht en de RSS-feed.",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="inhoud",
        help_text="Het bericht zelf. Gebruik tussenkoppen om de tekst op te delen.",
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("publication_date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    class Meta:
        verbose_name = "nieuwsbericht"
        verbose_name_plural = "nieuwsberichten"

    def date_path(self):
        return self.publication_date.strftime("%Y/%m/%d")

    def get_url_parts(self, request=None):
        """The dated address below the news overview, e.g. /actueel/nieuws/2026/10/01/slug/.

        Derived from the tree address without a query, so that a list of items costs no extra
        queries: /actueel/slug/ becomes /actueel/nieuws/<date>/slug/.
        """
        parts = super().get_url_parts(request)
        if parts is None:
            return None
        site_id, root_url, page_path = parts
        tail = f"{self.slug}/"
        if page_path is None or not self.publication_date or not page_path.endswith(tail):
            return parts
        index_path = page_path[: -len(tail)]
        return site_id, root_url, f"{index_path}{DATED_PREFIX}/{self.date_path()}/{tail}"

    def serve(self, request, *args, **kwargs):
        if getattr(request, "is_preview", False):
            return super().serve(request, *args, **kwargs)
        # Reached through the plain tree address: there is only one address for an item.
        return redirect(self.get_url(request), permanent=True)

    def serve_at_dated_url(self, request):
        return super().serve(request)

    @property
    def published_datetime(self):
        """The start of the publication day, for feeds and structured data."""
        return start_of_day(self.publication_date)
