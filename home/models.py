"""The home page and the service pages."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.page_images import PageImageMixin
from core.pages import SitePage
from pagecache.routing import SlugRoutingMixin

from .widget_code import WidgetCodeBlock


class EntryBlock(blocks.StructBlock):
    """One of the three doors on the home page: Voorkomen, Handelen bij een incident, Nazorg."""

    title = blocks.CharBlock(label="Titel", max_length=80)
    text = blocks.TextBlock(label="Korte tekst", max_length=240)
    page = blocks.PageChooserBlock(label="Pagina", page_type=["wagtailcore.Page"])

    class Meta:
        template = "home/blocks/entry.html"
        icon = "doc-empty-inverse"
        label = "Ingang"
        description = "Een grote link naar een thema, met een korte uitleg."
        preview_value = {
            "title": "Voorkomen",
            "text": "Zo maakt u het werk veiliger voordat er iets gebeurt.",
        }


class FeaturedBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label="Pagina")
    text = blocks.TextBlock(
        label="Korte tekst",
        required=False,
        max_length=240,
        help_text="Leeg laten om de zoekmachinebeschrijving van de pagina te gebruiken.",
    )

    class Meta:
        template = "home/blocks/featured.html"
        icon = "pick"
        label = "Uitgelicht"
        description = "Een pagina die je op de homepage onder de aandacht brengt."
        preview_value = {"text": "Lees hoe een gemeente haar balie veiliger maakte."}


class HomePage(SlugRoutingMixin, PageImageMixin, SitePage):
    asks_for_feedback = False

    intro = models.TextField(
        "introductie",
        max_length=500,
        help_text="Twee of drie zinnen: waar is deze website voor en voor wie?",
    )
    entries = StreamField(
        [("entry", EntryBlock())],
        verbose_name="ingangen",
        min_num=1,
        max_num=3,
        help_text="De drie grote ingangen: Voorkomen, Handelen bij een incident en Nazorg.",
    )
    show_infographic = models.BooleanField(
        "toon de infographic in het kort",
        default=True,
        help_text=(
            "Toont onder de ingangen de fasen en stappen van de infographic, elk als link naar die "
            "stap. Alleen als er een gepubliceerde infographic is."
        ),
    )
    featured_title = models.CharField(
        "titel uitgelicht",
        max_length=120,
        blank=True,
        default="Uitgelicht",
        help_text="De kop boven de uitgelichte pagina's.",
    )
    featured = StreamField(
        [("featured", FeaturedBlock())],
        verbose_name="uitgelicht",
        blank=True,
        max_num=6,
        help_text="Pagina's die je extra onder de aandacht wilt brengen, zoals een nieuw praktijkvoorbeeld.",
    )

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "themes.ThemePage",
        "themes.DocumentLibraryPage",
        "practice.PracticeExampleIndexPage",
        "home.StandardPage",
        "infographic.InfographicPage",
        "news.NewsIndexPage",
        "whatnow.WhatNowPage",
        "compliance.AccessibilityStatementPage",
        "compliance.WooRequestPage",
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        PageImageMixin.image_panel(),
        FieldPanel("entries"),
        FieldPanel("show_infographic"),
        MultiFieldPanel(
            [FieldPanel("featured_title"), FieldPanel("featured")], heading="Uitgelicht"
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = "startpagina"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read the blocks' stored data and fetch every linked live page in one query; going
        # through the blocks' values would first load each page a second time, not specific.
        entries = [block["value"] for block in self.entries.raw_data]
        featured = [block["value"] for block in self.featured.raw_data]
        ids = [value.get("page") for value in [*entries, *featured] if value.get("page")]
        pages = Page.objects.live().public().filter(pk__in=ids).specific().in_bulk()
        context["entry_cards"] = [
            {"title": value["title"], "text": value["text"], "page": pages[value["page"]]}
            for value in entries
            if value.get("page") in pages
        ]
        context["featured_cards"] = [
            {"page": pages[value["page"]], "text": value.get("text", "")}
            for value in featured
            if value.get("page") in pages
        ]
        return context


class ServicePageStreamBlock(BodyStreamBlock):
    """The blocks of every body, and the code of a widget for the page that explains them."""

    widget_code = WidgetCodeBlock()


class StandardPage(SitePage):
    """Service pages such as privacy, cookies and contact (the accessibility statement has a page
    type of its own, compliance.AccessibilityStatementPage)."""

    intro = models.TextField(
        "introductie",
        max_length=500,
        blank=True,
        help_text="Eén of twee zinnen die zeggen wat de lezer op deze pagina vindt.",
    )
    body = StreamField(
        ServicePageStreamBlock(),
        verbose_name="inhoud",
        blank=True,
        help_text="De tekst van de pagina, opgebouwd uit blokken: tussenkoppen, tekst, kaders, stappen, downloads en meer.",
    )
    last_reviewed = models.DateField(
        "laatst gecontroleerd op",
        null=True,
        blank=True,
        help_text="De datum waarop je de inhoud voor het laatst hebt nagekeken.",
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = "standaardpagina"
        verbose_name_plural = "standaardpagina's"
