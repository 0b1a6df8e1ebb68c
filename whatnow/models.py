"""The "Wat nu?" pages: what to do right after aggression or a threat.

  /wat-nu/                 WhatNowPage: the employee's steps, editors write every text
  /wat-nu/leidinggevende/  WhatNowManagerPage: the manager's moments as a checklist to print,
                           and a form that gives the follow-up talks as a calendar file
  /wat-nu/verslag/         IncidentNotePage: the employee writes down what happened and gets it
                           on screen to print, as PDF and as ODT, with checklists for the talk
                           with the manager and for the aangifte

Three page types rather than one with switches: the manager's page has a form, a sub-address for
the calendar file and a checklist instead of steps; the note is a form with its own texts. The
forms are POSTs without a CSRF token (whatnow/middleware.py says why); nothing typed is stored
and no cookie is set.
"""

import logging
from http import HTTPMethod

from django.db import models
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.http.request import split_domain_port
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.pages import SitePage
from visitortools import heavy
from visitortools.http import mark_answers_private

from .blocks import ChecklistBlock, MomentBlock, StepBlock
from .calendar import calendar_file, calendar_filename
from .card import FORMATS, card_response
from .forms import CalendarForm, local_today
from .note import STATE_FIELD, IncidentNoteForm, StateProblem, dump_state, field_views, load_state
from .note_document import build_note, note_filename
from .note_formats import NOTE_FORMATS

logger = logging.getLogger(__name__)

FORMAT_FAILED = (
    "Het bestand ({label}) kon nu niet worden gemaakt. Probeer het later nog eens, kies een "
    "ander bestand of druk het verslag af."
)


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
    subpage_types = ["whatnow.WhatNowManagerPage", "whatnow.IncidentNotePage"]

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


class IncidentNotePage(RoutablePageMixin, SitePage):
    """The incident note: a form, and what it gives back (nothing is stored, no cookie is set).

      GET  verslag/            the empty form
      POST verslag/            the note on screen to print, with its downloads; or the form
                               again with what is not right; or, with "aanpassen", the form
                               filled in from the note
      POST verslag/odt/, pdf/  the note as a file (within the heavy-answer limits)
    Between the note on screen and its downloads the note travels in the form, signed.
    """

    intro = models.TextField(
        "inleiding",
        max_length=400,
        help_text=(
            "Twee of drie korte zinnen boven het formulier: waarom het helpt om nu op te "
            "schrijven wat er gebeurde, en dat alleen de beschrijving verplicht is."
        ),
    )
    privacy_note = models.TextField(
        "over wat de bezoeker invult",
        max_length=400,
        help_text=(
            "Zegt de bezoeker dat wij het verslag nergens bewaren: het staat alleen op het "
            "scherm en in de bestanden die de bezoeker zelf downloadt."
        ),
    )
    result_intro = models.TextField(
        "boven het klare verslag",
        max_length=400,
        help_text=(
            "Eén of twee zinnen boven het verslag, die de medewerker vragen het te downloaden of "
            "af te drukken voor de pagina dichtgaat, en mee te nemen naar het gesprek en de aangifte."
        ),
    )
    checklists = StreamField(
        [("checklist", ChecklistBlock())],
        verbose_name="afvinklijsten",
        blank=True,
        max_num=4,
        help_text=(
            "Staan onder het verslag, op het scherm en in de bestanden: bijvoorbeeld wat de "
            "medewerker meeneemt naar het gesprek met de leidinggevende en naar de aangifte."
        ),
    )

    max_count = 1
    parent_page_types = ["whatnow.WhatNowPage"]
    subpage_types = []
    # The note is POSTed: what the employee writes stays out of addresses and logs.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.POST]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        HelpPanel(
            "De vragen van het formulier staan vast. Schrijf kort en eenvoudig (taalniveau B1): "
            "de lezer heeft net iets ergs meegemaakt."
        ),
        FieldPanel("privacy_note"),
        FieldPanel("result_intro"),
        FieldPanel("checklists"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("checklists"),
    ]

    class Meta:
        verbose_name = "wat nu: verslag van een incident"
        verbose_name_plural = "wat nu: verslagen van een incident"

    EDIT_ACTION = "aanpassen"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = IncidentNoteForm(today=local_today())  # a POST passes its own (render_form)
        context.update(form=form, fields=field_views(form), notice="")
        return context

    def render_form(self, request, form, notice=""):
        context = {"form": form, "fields": field_views(form), "notice": notice}
        return mark_answers_private(self.render(request, context_overrides=context))

    def note(self, form):
        checklists = [(block.value["title"], block.value["items"]) for block in self.checklists]
        return build_note(form.cleaned_data, checklists, today=local_today())

    @path("", name="form")
    @method_decorator(sensitive_post_parameters())
    def form_view(self, request):
        if request.method != "POST":
            return self.render(request)
        if request.POST.get("actie") == self.EDIT_ACTION:
            form, problem = self.form_from_state(request)
            return self.render_form(request, form, notice=problem)
        form = IncidentNoteForm(data=request.POST, today=local_today())
        if not form.is_valid():
            return self.render_form(request, form)
        return self.render_note(request, form, form.stripped_notices)

    def render_note(self, request, form, notices):
        context = {
            "note": self.note(form),
            "notices": notices,
            "formats": NOTE_FORMATS,
            "state_field": STATE_FIELD,
            "signed_note": dump_state(form.state()),
            "edit_action": self.EDIT_ACTION,
        }
        response = self.render(
            request, template="whatnow/note/note.html", context_overrides=context
        )
        return mark_answers_private(response)

    def form_from_state(self, request):
        """(the form bound to the signed note, "") or (an empty form, why it could not be read)."""
        try:
            values = load_state(request.POST.get(STATE_FIELD, ""))
        except StateProblem as problem:
            return IncidentNoteForm(today=local_today()), problem.message
        form = IncidentNoteForm(data=values, today=local_today())
        form.is_valid()
        return form, ""

    @path("<str:format_key>/", name="download")
    @method_decorator(sensitive_post_parameters())
    def download_view(self, request, format_key):
        note_format = NOTE_FORMATS.get(format_key)
        if note_format is None:
            raise Http404
        if request.method != "POST":
            return HttpResponseRedirect(self.url)
        return self.download(request, note_format)

    @heavy.limited
    def download(self, request, note_format):
        form, problem = self.form_from_state(request)
        if problem or not form.is_valid():
            return self.render_form(request, form, notice=problem)
        note = self.note(form)
        try:
            content = note_format.render(note)
        except Exception as error:  # noqa: BLE001 - the note on screen still works
            # Only the kind of error: its message could quote what the employee wrote.
            logger.error(  # noqa: TRY400
                "The incident note could not be written as %s: %s",
                note_format.extension,
                type(error).__name__,
            )
            return self.render_note(request, form, [FORMAT_FAILED.format(label=note_format.label)])
        response = HttpResponse(content, content_type=note_format.content_type)
        filename = note_filename(note, note_format.extension)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return mark_answers_private(response)
