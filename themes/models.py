"""Theme pages (Voorkomen, Handelen bij een incident, Nazorg, Beleid maken) and their topics."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from assets.documents import collections_named, public_documents
from assets.models import DocumentCategory
from core.blocks import BodyStreamBlock, DocumentDownloadBlock, LinkBlock, SummaryPointBlock
from core.page_images import PageImageMixin
from core.pages import SitePage
from core.pagination import paginate

from .sections import theme_section


class ThemeColour(models.TextChoices):
    BLUE = "blauw", "Blauw (lintblauw)"
    GREEN = "groen", "Groen"
    ORANGE = "oranje", "Oranje"
    PURPLE = "paars", "Paars"


class ThemeIcon(models.TextChoices):
    SHIELD = "schild", "Schild (voorkomen)"
    ALERT = "signaal", "Signaal (handelen)"
    HEART = "hart", "Hart (nazorg)"
    COMPASS = "kompas", "Kompas (beleid)"


def downloads_field():
    return StreamField(
        [("document", DocumentDownloadBlock())],
        verbose_name="downloads",
        blank=True,
        help_text="Documenten die bij deze pagina horen, zoals een voorbeeldprotocol of checklist.",
    )


class ThemePage(PageImageMixin, SitePage):
    intro = models.TextField(
        "introductie",
        max_length=600,
        help_text="Twee of drie zinnen over dit thema. Staat bovenaan de pagina en in overzichten.",
    )
    colour = models.CharField(
        "kleur",
        max_length=16,
        choices=ThemeColour.choices,
        default=ThemeColour.BLUE,
        help_text="De accentkleur van dit thema. De kleur is nooit de enige aanwijzing.",
    )
    icon = models.CharField(
        "pictogram",
        max_length=16,
        choices=ThemeIcon.choices,
        default=ThemeIcon.SHIELD,
        help_text="Het pictogram bij dit thema op de homepage en in de infographic.",
    )
    numbered_steps = models.BooleanField(
        "onderwerpen zijn stappen",
        default=False,
        help_text="Aanvinken als de volgorde van de onderwerpen telt: ze worden dan genummerde stappen.",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="extra inhoud",
        blank=True,
        help_text="Optioneel: tekst onder het overzicht van de onderwerpen.",
    )
    downloads = downloads_field()

    parent_page_types = ["home.HomePage"]
    subpage_types = ["themes.TopicPage"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        PageImageMixin.image_panel(),
        MultiFieldPanel(
            [FieldPanel("colour"), FieldPanel("icon"), FieldPanel("numbered_steps")],
            heading="Weergave",
        ),
        FieldPanel("body"),
        FieldPanel("downloads"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = "themapagina"
        verbose_name_plural = "themapagina's"

    def topics(self):
        return TopicPage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = list(self.topics())
        return context


class TopicPage(SitePage):
    structured_data_type = "Article"

    intro = models.TextField(
        "inleiding",
        max_length=600,
        help_text="De eerste alinea: in twee of drie zinnen waar dit onderwerp over gaat.",
    )
    summary = StreamField(
        [("point", SummaryPointBlock())],
        verbose_name="in het kort",
        blank=True,
        max_num=6,
        help_text="Drie tot vijf kernpunten. Staan bovenaan in een kader 'In het kort'.",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="inhoud",
        help_text="De tekst van de pagina, opgebouwd uit blokken: tussenkoppen, tekst, kaders, stappen, downloads en meer.",
    )
    related_links = StreamField(
        [("link", LinkBlock())],
        verbose_name="gerelateerde links",
        blank=True,
        help_text="Links naar pagina's op deze site of elders die verder helpen.",
    )
    downloads = downloads_field()
    last_reviewed = models.DateField(
        "laatst gecontroleerd op",
        null=True,
        blank=True,
        help_text="De datum waarop je de inhoud voor het laatst hebt nagekeken. Staat onder de tekst.",
    )

    parent_page_types = ["themes.ThemePage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("related_links"),
        FieldPanel("downloads"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = "onderwerppagina"
        verbose_name_plural = "onderwerppagina's"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        theme, siblings = theme_section(self, request)
        position = next((i for i, page in enumerate(siblings) if page.pk == self.pk), None)
        context.update(
            theme=theme,
            theme_url=theme.get_url(request),
            section_topics=siblings,
            step_number=(position + 1) if position is not None else None,
            previous_topic=siblings[position - 1] if position else None,
            next_topic=(
                siblings[position + 1]
                if position is not None and position + 1 < len(siblings)
                else None
            ),
        )
        return context


class DocumentLibraryPage(SitePage):
    """All downloadable documents, filterable by category and theme."""

    intro = models.TextField(
        "introductie",
        max_length=600,
        blank=True,
        help_text="Eén of twee zinnen over de documenten die hier staan.",
    )
    per_page = 20
    asks_for_feedback = False  # a listing of files

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = "documentenbibliotheek"
        verbose_name_plural = "documentenbibliotheken"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = (
            public_documents()
            .exclude(
                collection__in=collections_named(
                    settings.DOCUMENT_LIBRARY_EXCLUDED_COLLECTIONS
                ).values("pk")
            )
            .select_related("theme")
            .order_by("-publication_date", "title")
        )
        themes = list(ThemePage.objects.live().public().order_by("path"))
        theme_by_slug = {theme.slug: theme for theme in themes}
        categories = dict(DocumentCategory.choices)

        # Unknown values are ignored, so a mangled link still shows a useful list.
        chosen_category = request.GET.get("soort", "")
        chosen_category = chosen_category if chosen_category in categories else ""
        chosen_theme = request.GET.get("thema", "")
        chosen_theme = chosen_theme if chosen_theme in theme_by_slug else ""
        if chosen_category:
            documents = documents.filter(category=chosen_category)
        if chosen_theme:
            documents = documents.filter(theme=theme_by_slug[chosen_theme])

        documents_page = paginate(request, documents, self.per_page)
        context.update(
            documents_page=documents_page,
            category_choices=list(categories.items()),
            theme_choices=[(theme.slug, theme.title) for theme in themes],
            chosen_category=chosen_category,
            chosen_theme=chosen_theme,
            is_filtered=bool(chosen_category or chosen_theme),
        )
        return context
