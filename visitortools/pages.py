"""The base of the visitor tools: pages where a visitor answers questions about their organisation
and gets something back (the self-assessment, the protocol tool)."""

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.search import index

from core.pages import SitePage


class VisitorToolPage(RoutablePageMixin, SitePage):
    """One tool per site, under the home page. What every tool has: an introduction, a note on
    what happens to the answers (nothing is stored), and the pages it is recommended on, where
    one teaser card points to it (``{% visitor_tool_teasers page %}``).

    A tool's answers are its visitor's: responses built from them are marked private
    (visitortools/http.py) and its steps are POSTs or query strings, never cookies.
    """

    asks_for_feedback = False  # a tool asks its own questions

    intro = models.TextField(
        "inleiding",
        max_length=600,
        help_text=(
            "Twee of drie zinnen bovenaan: voor wie de tool is, hoe lang het duurt en wat de "
            "bezoeker ermee krijgt. Staat ook op de verwijzing naar de tool."
        ),
    )
    privacy_note = models.TextField(
        "over uw antwoorden",
        max_length=400,
        help_text=(
            "Zegt de bezoeker wat er met de antwoorden gebeurt: ze worden nergens bewaard en "
            "verlaten de site niet."
        ),
    )
    promoted_on = ParentalManyToManyField(
        "wagtailcore.Page",
        blank=True,
        related_name="+",
        verbose_name="aanbevolen op",
        help_text=(
            "Op deze pagina's staat een kaart die naar de tool verwijst, bijvoorbeeld Beleid "
            "maken of Agressieprotocol opstellen."
        ),
    )

    # The button on the teaser card; each tool says what starting it means.
    teaser_button_text = "Begin"

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    # A tool's own fields go between these two.
    intro_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("privacy_note")]
    promotion_panels = [FieldPanel("promoted_on")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("privacy_note"),
    ]

    class Meta:
        abstract = True
