"""The pages the law asks of a government site: the accessibility statement in the government's
model and the page about requests under the Wet open overheid (Woo). One of each per site."""

import datetime
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.models import SiteSettings
from core.pages import SitePage

from .blocks import NonComplianceStreamBlock
from .status import statement_status

REGISTER_HOSTS = {"toegankelijkheidsverklaring.nl", "www.toegankelijkheidsverklaring.nl"}


class EvaluationKind(models.TextChoices):
    COMPLETE = "volledig", "Volledig onderzoek volgens WCAG-EM (alle eisen, de hele website)"
    PARTIAL = "deelonderzoek", "Deelonderzoek of quickscan"
    AUTOMATED = "automatisch", "Alleen een automatische test"
    OWN_CHECK = "eigen-controle", "Eigen controle, niet volgens WCAG-EM"


class AccessibilityStandard(models.TextChoices):
    WCAG_21_AA = "wcag-2.1-aa", "WCAG 2.1 niveau A en AA (EN 301 549)"
    WCAG_22_AA = "wcag-2.2-aa", "WCAG 2.2 niveau A en AA"


def contact_from_settings(request, email="", phone="", postal_address=""):
    """The page's own contact details, each filled from the site settings when left empty."""
    site_settings = SiteSettings.for_request(request) if request is not None else None
    return {
        "organisation": site_settings.organisation_name if site_settings else "",
        "email": email or (site_settings.contact_email if site_settings else ""),
        "phone": phone or (site_settings.contact_phone if site_settings else ""),
        "postal_address": postal_address or (site_settings.postal_address if site_settings else ""),
    }


class AccessibilityStatementPage(SitePage):
    """The accessibility statement: its status follows from the data, never from a choice."""

    intro = models.TextField(
        "introductie",
        max_length=500,
        blank=True,
        help_text="Eén of twee zinnen over wat de bezoeker op deze pagina vindt.",
    )
    statement_date = models.DateField(
        "datum van de verklaring",
        default=datetime.date.today,
        help_text="De datum waarop deze verklaring is opgesteld of voor het laatst is bijgewerkt.",
    )
    approved_by = models.CharField(
        "akkoord gegeven door",
        max_length=160,
        blank=True,
        help_text="De functie van wie de verklaring voor 'gezien en akkoord' tekende, bijvoorbeeld 'directeur Communicatie'.",
    )
    evaluation_date = models.DateField(
        "datum laatste onderzoek",
        null=True,
        blank=True,
        help_text="De datum van het rapport van het laatste toegankelijkheidsonderzoek. Leeg: er is nog geen onderzoek (dan is de status hooguit C).",
    )
    evaluation_by = models.CharField(
        "onderzoek uitgevoerd door",
        max_length=160,
        blank=True,
        help_text="Het bureau of team dat het onderzoek deed, bijvoorbeeld 'het eigen webteam' of de naam van het bureau.",
    )
    evaluation_kind = models.CharField(
        "soort onderzoek",
        max_length=32,
        choices=EvaluationKind.choices,
        default=EvaluationKind.COMPLETE,
        help_text="Alleen een volledig onderzoek volgens WCAG-EM van minder dan drie jaar oud geeft status A of B.",
    )
    evaluation_standard = models.CharField(
        "norm",
        max_length=32,
        choices=AccessibilityStandard.choices,
        default=AccessibilityStandard.WCAG_21_AA,
        help_text="De norm waaraan de website is getoetst. De wet vraagt EN 301 549, dat is WCAG 2.1 niveau AA.",
    )
    evaluation_report_url = models.URLField(
        "adres van het onderzoeksrapport",
        blank=True,
        help_text="Een link naar het rapport, op deze website of bij het onderzoeksbureau.",
    )
    planned_evaluation_date = models.DateField(
        "volgend onderzoek gepland op",
        null=True,
        blank=True,
        help_text="Zonder recent volledig onderzoek: de datum van het geplande onderzoek. Binnen zes maanden na de verklaring geeft dat status C.",
    )
    open_items = StreamField(
        NonComplianceStreamBlock(),
        verbose_name="wat nog niet voldoet",
        blank=True,
        help_text="Elk probleem uit het onderzoek dat nog niet is opgelost, met de maatregel en de datum. Een open probleem maakt de status B.",
    )
    contact_email = models.EmailField(
        "e-mailadres voor toegankelijkheidsproblemen",
        blank=True,
        help_text="Leeg laten: het e-mailadres uit de site-instellingen.",
    )
    contact_phone = models.CharField(
        "telefoonnummer",
        max_length=40,
        blank=True,
        help_text="Leeg laten: het telefoonnummer uit de site-instellingen (als dat er is).",
    )
    response_days = models.PositiveSmallIntegerField(
        "antwoord binnen (werkdagen)",
        default=5,
        help_text="Binnen hoeveel werkdagen een bezoeker antwoord krijgt op een melding.",
    )
    register_url = models.URLField(
        "adres in het register",
        blank=True,
        help_text="Het adres van deze verklaring in het register op toegankelijkheidsverklaring.nl, bijvoorbeeld https://www.toegankelijkheidsverklaring.nl/register/1234.",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="extra uitleg",
        blank=True,
        help_text="Wat we verder doen voor toegankelijkheid, zoals training of vaste controles.",
    )

    max_count_per_parent = 1  # the home page is the only parent: one statement per site
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        HelpPanel(
            "De status (A tot en met E) volgt uit de gegevens hieronder: de datum en soort van het "
            "laatste onderzoek, een gepland onderzoek en de problemen die nog open staan. Je kiest "
            "de status dus niet zelf."
        ),
        MultiFieldPanel(
            [
                FieldPanel("statement_date"),
                FieldPanel("approved_by"),
                FieldPanel("register_url"),
            ],
            heading="Verklaring",
        ),
        MultiFieldPanel(
            [
                FieldPanel("evaluation_date"),
                FieldPanel("evaluation_by"),
                FieldPanel("evaluation_kind"),
                FieldPanel("evaluation_standard"),
                FieldPanel("evaluation_report_url"),
                FieldPanel("planned_evaluation_date"),
            ],
            heading="Onderzoek",
        ),
        FieldPanel("open_items"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("response_days"),
            ],
            heading="Contact bij problemen",
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("open_items"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = "toegankelijkheidsverklaring"
        verbose_name_plural = "toegankelijkheidsverklaringen"

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.evaluation_date
            and self.statement_date
            and self.evaluation_date > self.statement_date
        ):
            errors["evaluation_date"] = (
                "Het onderzoek ligt na de datum van de verklaring. Pas de datum van de verklaring aan."
            )
        if self.evaluation_date and not self.evaluation_by.strip():
            errors["evaluation_by"] = "Vul in wie het onderzoek deed."
        if (
            self.planned_evaluation_date
            and self.statement_date
            and self.planned_evaluation_date < self.statement_date
        ):
            errors["planned_evaluation_date"] = (
                "Een gepland onderzoek ligt na de datum van de verklaring."
            )
        if self.register_url and urlsplit(self.register_url).hostname not in REGISTER_HOSTS:
            errors["register_url"] = (
                "Gebruik het adres van de verklaring op toegankelijkheidsverklaring.nl."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def open_item_count(self):
        return sum(1 for block in self.open_items.raw_data if block["type"] == "item")

    def status(self, today=None):
        return statement_status(
            statement_date=self.statement_date,
            evaluation_date=self.evaluation_date,
            evaluation_complete=self.evaluation_kind == EvaluationKind.COMPLETE,
            planned_evaluation_date=self.planned_evaluation_date,
            open_items=self.open_item_count,
            today=today,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["status"] = self.status()
        context["contact"] = contact_from_settings(
            request, email=self.contact_email, phone=self.contact_phone
        )
        return context


class WooRequestPage(SitePage):
    """How to ask the ministry for information under the Wet open overheid."""

    intro = models.TextField(
        "introductie",
        max_length=500,
        blank=True,
        help_text="Eén of twee zinnen: wat is een Woo-verzoek en wie kan het indienen?",
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name="inhoud",
        blank=True,
        help_text="Uitleg voor de bezoeker: wat een verzoek bevat, hoe lang het duurt en wat er daarna gebeurt.",
    )
    request_email = models.EmailField(
        "e-mailadres voor Woo-verzoeken",
        blank=True,
        help_text="Leeg laten: het e-mailadres uit de site-instellingen.",
    )
    postal_address = models.TextField(
        "postadres voor Woo-verzoeken",
        blank=True,
        help_text="Leeg laten: het postadres uit de site-instellingen.",
    )
    contact_phone = models.CharField(
        "telefoonnummer voor vragen",
        max_length=40,
        blank=True,
        help_text="Leeg laten: het telefoonnummer uit de site-instellingen (als dat er is).",
    )
    document_library = models.ForeignKey(
        "themes.DocumentLibraryPage",
        verbose_name="documentenbibliotheek",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="De bibliotheek met documenten die we al openbaar hebben gemaakt. De pagina linkt ernaar.",
    )

    max_count_per_parent = 1  # the home page is the only parent: one Woo page per site
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("request_email"),
                FieldPanel("postal_address"),
                FieldPanel("contact_phone"),
            ],
            heading="Waar het verzoek naartoe gaat",
        ),
        FieldPanel("document_library"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = "Woo-verzoekpagina"
        verbose_name_plural = "Woo-verzoekpagina's"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contact"] = contact_from_settings(
            request,
            email=self.request_email,
            phone=self.contact_phone,
            postal_address=self.postal_address,
        )
        library = self.document_library
        context["library"] = library if library is not None and library.live else None
        return context
