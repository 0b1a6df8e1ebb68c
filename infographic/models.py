"""The interactive infographic: what an organisation does before, during and after an incident."""

from django.db import models
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.pages import SitePage

from .anchors import assign_step_anchors
from .blocks import PhaseBlock
from .diagram import build_phases

# ?weergave=tekst shows the plain text version: the same lists, without the interactive diagram.
VIEW_PARAMETER = "weergave"
TEXT_VIEW = "tekst"


class InfographicPage(SitePage):
    intro = models.TextField(
        "introductie",
        max_length=500,
        help_text="Twee of drie zinnen: wat laat de infographic zien en hoe gebruikt de bezoeker hem?",
    )
    phases = StreamField(
        [("phase", PhaseBlock())],
        verbose_name="fasen",
        min_num=1,
        max_num=6,
        help_text="De fasen in hun volgorde, bijvoorbeeld Voorkomen, Handelen bij een incident en Nazorg.",
    )

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        HelpPanel(
            "Elke stap krijgt een eigen link, bijvoorbeeld /infographic/#stap-registreer-het-incident. "
            "Een verkorte versie staat automatisch op de homepage zodra deze pagina gepubliceerd is."
        ),
        FieldPanel("phases"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("phases")]

    class Meta:
        verbose_name = "infographic"
        verbose_name_plural = "infographics"

    def clean(self):
        super().clean()
        # Every step needs a stable, unique anchor before it is saved (see anchors.py).
        assign_step_anchors(self.phases)

    def diagram_phases(self):
        return build_phases(self.phases)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["phases"] = self.diagram_phases()
        context["text_view"] = request.GET.get(VIEW_PARAMETER) == TEXT_VIEW
        context["view_parameter"] = VIEW_PARAMETER
        context["text_view_value"] = TEXT_VIEW
        return context
