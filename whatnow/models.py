"""The "Wat nu?" pages: what to do right after aggression or a threat.

  /wat-nu/                 WhatNowPage: the employee's steps, editors write every text
  /wat-nu/leidinggevende/  WhatNowManagerPage: the manager's moments as a checklist to print,
                           and a form that gives the follow-up talks as a calendar file

Two page types rather than one with switches: the manager's page has a form, a sub-address for
the calendar file and a checklist instead of steps. The calendar form is a POST without a CSRF
token (whatnow/middleware.py says why); nothing typed is stored and no cookie is set.
"""

from http import HTTPMethod

from django.db import models
from django.http import HttpResponse, HttpResponseRedirect
from django.http.request import split_domain_port
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.pages import SitePage
from visitortools.http import mark_answers_private

from .blocks import MomentBlock, StepBlock
from .calendar import calendar_file, calendar_filename
from .card import FORMATS, card_response
from .forms import CalendarForm


class WhatNowPage(RoutablePageMixin, SitePage):
    intro = models.TextField(
        "inleiding",
        max_length=300,
        help_text="Eén of twee korte zinnen bovenaan, voor iemand die net iets heeft meegemaakt.",
    )
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name="stappen",
        min_num=1,
        max_num=8,
        help_text=(
            "Een paar korte stappen, in hun volgorde. Begin met de vraag of de medewerker nog in "
            "gevaar is, met 112 als spoednummer."
        ),
    )
    home_text = models.CharField(
        "tekst op de homepage",
        max_length=160,
        help_text=(
            "Eén korte zin bij de knop naar deze pagina, bovenaan de homepage. De knop zelf "
            "heeft de titel van deze pagina."
        ),
    )
    manager_text = models.CharField(
        "verwijzing voor leidinggevenden",
        max_length=200,
        blank=True,
        help_text=(
            "Eén zin onder de stappen, bij de link naar de pagina voor leidinggevenden. Die link "
            "staat er alleen als die pagina gepubliceerd is."
        ),
    )

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["whatnow.WhatNowManagerPage"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        HelpPanel(
            "Elke pagina van de site heeft bovenin een link 'Wat nu?' naar deze pagina. Schrijf "
            "kort en eenvoudig (taalniveau B1): de lezer is net bedreigd of aangevallen."
        ),
        FieldPanel("steps"),
        MultiFieldPanel(
            [FieldPanel("home_text"), FieldPanel("manager_text")], heading="Verwijzingen"
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("steps")]

    @path("kaart/<str:size>/", name="card")
    def card(self, request, size):
        """The counter card as a PDF: kaart/a4/ for the back office, kaart/a6/ for a pocket."""
        return card_response(self, request, size)

    def card_urls(self):
        return {size: self.url + self.reverse_subpage("card", args=[size]) for size in FORMATS}

    class Meta:
        verbose_name = "wat nu: medewerker"
        verbose_name_plural = "wat nu: medewerker"


class WhatNowManagerPage(RoutablePageMixin, SitePage):
    intro = models.TextField(
        "inleiding",
        max_length=400,
        help_text="Twee of drie zinnen: voor wie de pagina is en hoe de leidinggevende haar gebruikt.",
    )
    moments = StreamField(
        [("moment", MomentBlock())],
        verbose_name="momenten",
        min_num=1,
        max_num=12,
        help_text=(
            "De momenten na een incident in hun volgorde, zoals het eerste uur, de eerste dag en "
            "de gesprekken, elk met een afvinklijst. Afgedrukt is dit de checklist."
        ),
    )
    calendar_heading = models.CharField(
        "kop boven het agendaformulier",
        max_length=80,
        help_text="Een korte kop boven het formulier, zoals 'Gesprekken in de agenda'.",
    )
    calendar_intro = models.TextField(
        "uitleg bij het agendaformulier",
        max_length=400,
        help_text=(
            "Wat de leidinggevende krijgt: een agendabestand met drie gesprekken, 2 dagen, 2 weken "
            "en 6 weken na de datum van het incident."
        ),
    )
    privacy_note = models.TextField(
        "over wat de bezoeker invult",
        max_length=300,
        help_text=(
            "Zegt de bezoeker dat de datum en de omschrijving nergens bewaard worden en dat er "
            "geen namen in het bestand staan, tenzij hij die zelf intypt."
        ),
    )

    max_count = 1
    parent_page_types = ["whatnow.WhatNowPage"]
    subpage_types = []
    # The calendar form is a POST: what a manager types stays out of addresses and logs.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.POST]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("moments"),
        MultiFieldPanel(
            [
                FieldPanel("calendar_heading"),
                FieldPanel("calendar_intro"),
                FieldPanel("privacy_note"),
            ],
            heading="Agendabestand",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("moments"),
    ]

    class Meta:
        verbose_name = "wat nu: leidinggevende"
        verbose_name_plural = "wat nu: leidinggevende"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["form"] = CalendarForm()  # a POST with mistakes passes its own (calendar_view)
        return context

    @path("agenda/", name="calendar")
    def calendar_view(self, request):
        if request.method != "POST":
            return HttpResponseRedirect(self.url)
        form = CalendarForm(request.POST)
        if not form.is_valid():
            response = self.render(request, context_overrides={"form": form})
            return mark_answers_private(response)
        incident_date = form.cleaned_data["datum"]
        host, _port = split_domain_port(request.get_host())
        content = calendar_file(incident_date, form.cleaned_data["omschrijving"], uid_host=host)
        response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
        filename = calendar_filename(incident_date)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return mark_answers_private(response)
