"""Practice examples ("Ervaringen uit de praktijk"): the taxonomies, the examples and their index."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.ancestors import trail_above
from core.blocks import DocumentDownloadBlock
from core.blocks.text import RICH_TEXT_FEATURES
from core.framing import framable
from core.page_images import PageImageMixin
from core.pages import SitePage

from .feeds import practice_feed_response
from .listing import PracticeListing, facet_terms, term_ids_of
from .querysets import PracticeExampleManager
from .related import related_examples
from .review_task import ReviewTask  # noqa: F401 - a model of this app
from .taxonomies import AggressionType, OrganisationType, Province, WorkSetting
from .widget import latest_examples_widget

# Sub-paths the index page answers itself; an example may not take one of these as its slug.
RESERVED_SLUGS = {"feed"}
# The many-to-many terms an example page lists, as the filters of the listing call them.
TERM_FACETS = ("provinces", "themes", "aggression_types", "work_settings")


class PracticeExampleIndexPage(RoutablePageMixin, SitePage):
    """The filterable library at /ervaringen-uit-de-praktijk/, with an RSS feed at feed/."""

    intro = models.TextField(
        "introductie",
        max_length=600,
        help_text="Twee of drie zinnen: wat vindt de bezoeker hier en hoe kan hij zelf een voorbeeld insturen?",
    )
    per_page = 12
    feed_size = 20
    asks_for_feedback = False  # a listing; each example asks

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practice.PracticeExamplePage"]
    max_count = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        HelpPanel(
            "Onder deze pagina staan de praktijkvoorbeelden. De keuzes in de filters beheer je in "
            "het menu 'Indeling praktijkvoorbeelden': soort organisatie, provincie, soort "
            "agressie en werksituatie."
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = "overzicht praktijkvoorbeelden"
        verbose_name_plural = "overzichten praktijkvoorbeelden"

    def examples(self):
        return PracticeExamplePage.objects.child_of(self).live().public()

    @path("feed/", name="feed")
    def feed(self, request):
        return practice_feed_response(self, request)

    @path("widget/", name="widget")
    def widget(self, request):
        return framable(latest_examples_widget)(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = PracticeListing(self, request)
        context["feed_url"] = self.feed_url(request)
        return context

    def feed_url(self, request=None):
        url = self.get_url(request)
        return url + self.reverse_subpage("feed").lstrip("/") if url else ""


class PracticeExamplePage(PageImageMixin, SitePage):
    structured_data_type = "Article"

    organisation_name = models.CharField(
        "naam organisatie",
        max_length=160,
        help_text="De organisatie waar het voorbeeld over gaat, bijvoorbeeld 'Gemeente Zuiderhaven'.",
    )
    organisation_type = models.ForeignKey(
        OrganisationType,
        verbose_name="soort organisatie",
        null=True,
        on_delete=models.SET_NULL,
        related_name="practice_examples",
        help_text="Wat voor organisatie deze ervaring deelt, bijvoorbeeld een gemeente of waterschap.",
    )
    provinces = ParentalManyToManyField(
        Province,
        verbose_name="provincie",
        related_name="practice_examples",
        help_text="Meestal één. Werkt de organisatie in meer provincies? Kies ze dan allemaal.",
    )
    themes = ParentalManyToManyField(
        "themes.ThemePage",
        verbose_name="thema's",
        related_name="practice_examples",
        help_text="Waar gaat het voorbeeld over? Het voorbeeld staat ook op de pagina's van deze thema's.",
    )
    aggression_types = ParentalManyToManyField(
        AggressionType,
        verbose_name="soort agressie",
        related_name="practice_examples",
        help_text="Kies alles wat in het voorbeeld voorkomt.",
    )
    work_settings = ParentalManyToManyField(
        WorkSetting,
        verbose_name="werksituatie",
        related_name="practice_examples",
        help_text="Waar gebeurde het? Kies alles wat past.",
    )
    lead = models.TextField(
        "samenvatting",
        max_length=400,
        help_text="Twee zinnen: wat deed de organisatie en wat leverde het op? Staat bovenaan en in overzichten.",
    )
    situation = RichTextField(
        "de situatie",
        features=RICH_TEXT_FEATURES,
        help_text="Wat was het probleem? Wat gebeurde er en wie had er last van?",
    )
    approach = RichTextField(
        "de aanpak",
        features=RICH_TEXT_FEATURES,
        help_text="Wat heeft de organisatie gedaan? Beschrijf de stappen zo dat een ander ze kan volgen.",
    )
    results = RichTextField(
        "de resultaten",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Wat is er veranderd? Laat leeg als het nog te vroeg is om dat te zeggen.",
    )
    lessons = RichTextField(
        "geleerde lessen",
        features=RICH_TEXT_FEATURES,
        help_text="Wat zou je een andere organisatie aanraden? Een lijstje met tips werkt goed.",
    )
    quote_text = models.TextField(
        "citaat",
        max_length=600,
        blank=True,
        help_text="Optioneel: een uitspraak van iemand die erbij was. Zonder aanhalingstekens.",
    )
    quote_name = models.CharField(
        "naam", max_length=120, blank=True, help_text="Wie zei het? Alleen met diens toestemming."
    )
    quote_role = models.CharField(
        "functie of rol",
        max_length=160,
        blank=True,
        help_text="Bijvoorbeeld 'baliemedewerker Publiekszaken'.",
    )
    contact_name = models.CharField(
        "naam", max_length=120, blank=True, help_text="Bij wie kunnen collega's terecht met vragen?"
    )
    contact_role = models.CharField(
        "functie of rol",
        max_length=160,
        blank=True,
        help_text="Bijvoorbeeld 'agressiecoördinator'.",
    )
    contact_email = models.EmailField(
        "e-mailadres", blank=True, help_text="Liefst een functioneel adres, geen persoonlijk adres."
    )
    contact_phone = models.CharField(
        "telefoonnummer",
        max_length=40,
        blank=True,
        help_text="Laat leeg als bellen niet de bedoeling is.",
    )
    contact_consent = models.BooleanField(
        "deze persoon vindt het goed dat we de contactgegevens tonen",
        default=False,
        help_text=(
            "Alleen aanvinken als de contactpersoon daar toestemming voor heeft gegeven. Zonder "
            "vinkje bewaren we de gegevens wel, maar tonen we ze niet op de website."
        ),
    )
    documents = StreamField(
        [("document", DocumentDownloadBlock())],
        verbose_name="documenten",
        blank=True,
        help_text="Bijvoorbeeld een protocol, een voorbeeldbrief of een folder die de organisatie gebruikte.",
    )
    publication_date = models.DateField(
        "publicatiedatum",
        default=datetime.date.today,
        help_text="Staat bij het voorbeeld. De nieuwste voorbeelden staan bovenaan het overzicht.",
    )

    objects = PracticeExampleManager()

    parent_page_types = ["practice.PracticeExampleIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        PageImageMixin.image_panel(),
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                # A plain choice: the snippet chooser would need snippet permissions, which
                # municipal editors do not have.
                FieldPanel("organisation_type", widget=forms.RadioSelect),
                FieldPanel("provinces", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Organisatie",
        ),
        MultiFieldPanel(
            [
                HelpPanel("Met deze keuzes vinden bezoekers het voorbeeld via de filters."),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("aggression_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("work_settings", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Indeling",
        ),
        MultiFieldPanel(
            [
                FieldPanel("situation"),
                FieldPanel("approach"),
                FieldPanel("results"),
                FieldPanel("lessons"),
            ],
            heading="Het verhaal",
        ),
        MultiFieldPanel(
            [FieldPanel("quote_text"), FieldPanel("quote_name"), FieldPanel("quote_role")],
            heading="Citaat (optioneel)",
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    "Bezoekers kunnen deze persoon vragen stellen. De gegevens staan alleen op de "
                    "website als je het vinkje onderaan zet."
                ),
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_consent"),
            ],
            heading="Contactpersoon (optioneel)",
        ),
        FieldPanel("documents"),
        FieldPanel("publication_date"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("organisation_name", boost=2),
        index.SearchField("lead", boost=2),
        index.SearchField("situation"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("lessons"),
        index.SearchField("quote_text"),
        index.FilterField("publication_date"),
    ]

    class Meta:
        verbose_name = "praktijkvoorbeeld"
        verbose_name_plural = "praktijkvoorbeelden"

    @property
    def organisation_summary(self):
        """'Gemeente Zuiderhaven', or 'Rijksinspectie Kades en Havens · Rijksoverheid'.

        The type is left out where the name already says it.
        """
        kind = self.organisation_type.name if self.organisation_type else ""
        if not kind or self.organisation_name.lower().startswith(kind.lower()):
            return self.organisation_name
        return f"{self.organisation_name} · {kind}"

    @property
    def shows_contact(self):
        return self.contact_consent and bool(self.contact_name)

    @property
    def has_quote(self):
        return bool(self.quote_text.strip())

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = f"Het webadres '{self.slug}' is al in gebruik. Kies een ander."
        if (self.quote_name or self.quote_role) and not self.quote_text.strip():
            errors["quote_text"] = "Vul het citaat in, of maak de naam en de functie leeg."
        if self.contact_consent and not self.contact_name:
            errors["contact_name"] = "Vul de naam van de contactpersoon in."
        if self.contact_consent and not (self.contact_email or self.contact_phone):
            errors["contact_email"] = "Vul een e-mailadres of een telefoonnummer in."
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        terms = self._terms()
        context.update(
            **terms,
            organisation_type=self._organisation_type(),
            # A preview shows the editor's unsaved choices; a published example's related
            # examples are kept per generation (practice/related.py).
            related_examples=related_examples(
                self, request, terms, saved=self._shows_saved_terms()
            ),
        )
        # The breadcrumbs read the same trail (once per generation); its last step is the index.
        trail = trail_above(self, request)
        index_page = trail[-1] if trail else self.get_parent()
        context["index_page"] = index_page
        context["index_url"] = index_page.get_url(request)
        return context

    def _organisation_type(self):
        """The organisation type from the filter options the listing keeps per generation: no
        query for the one row the page shows. A preview reads the editor's choice."""
        if self.organisation_type_id is None:
            return None
        found = [
            term
            for term in facet_terms("organisation_type")
            if term.pk == self.organisation_type_id
        ]
        return found[0] if found and self._shows_saved_terms() else self.organisation_type

    def _shows_saved_terms(self):
        in_memory = getattr(self, "_cluster_related_objects", {})
        return bool(self.pk) and not any(name in in_memory for name in TERM_FACETS)

    def _terms(self):
        """The example's themes, provinces, aggression types and work settings.

        A preview shows the editor's unsaved choices (held by the page itself); a published page
        reads the ids of all four in one query and takes the terms from the filter options,
        which the listing keeps per generation.
        """
        if not self._shows_saved_terms():
            return {name: list(getattr(self, name).all()) for name in TERM_FACETS}
        chosen = {name: set() for name in TERM_FACETS}
        for term_pk, name in term_ids_of(PracticeExamplePage, self.pk, TERM_FACETS):
            chosen[name].add(term_pk)
        terms = {
            name: [term for term in facet_terms(name) if term.pk in chosen[name]]
            for name in TERM_FACETS
        }
        return terms
