"""The tool "Stel uw agressieprotocol op": one page per site, at /agressieprotocol-maken/.

  /agressieprotocol-maken/                    GET: the first step; POST: every next step
  /agressieprotocol-maken/concept/            POST: the draft as a web page, with downloads
  /agressieprotocol-maken/concept/<format>/   POST: the draft as ODT, DOCX or PDF
  /agressieprotocol-maken/concept/<format>/bijlagen/   POST: a zip of the draft and its annexes
Nothing is stored and no cookie is set: the answers travel in the form, signed (see state.py).
The POSTs need no CSRF token; protocol/middleware.py explains why and how.
"""

from http import HTTPMethod

from django.db import models
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField

from visitortools import heavy
from visitortools.http import mark_answers_private
from visitortools.pages import VisitorToolPage

from . import state, wizard
from .answers import validate_all
from .assemble import build_annexes, build_draft
from .blocks import ProtocolAnnexesBlock, ProtocolSectionsBlock
from .formats import FORMATS
from .formats.bundle import BUNDLE_CONTENT_TYPE, bundle_filename, render_bundle
from .placeholders import PLACEHOLDERS, check_placeholders
from .presentation import error_summary, field_views, summary_parts
from .samples import sample_answers

PLACEHOLDER_LIST = "".join(
    f"<li><code>{{{name}}}</code>: {description}</li>" for name, description in PLACEHOLDERS.items()
)


class ProtocolToolPage(VisitorToolPage):
    document_title = models.CharField(
        "titel van het protocol",
        max_length=120,
        default="Agressieprotocol",
        help_text="Staat boven elk concept, gevolgd door de naam van de organisatie.",
    )
    document_subtitle = models.CharField(
        "regel onder de titel",
        max_length=200,
        blank=True,
        validators=[check_placeholders],
        help_text="Optioneel, zoals 'Concept van {datum}'. Je kunt invulplekken gebruiken.",
    )
    sections = StreamField(
        ProtocolSectionsBlock(),
        verbose_name="hoofdstukken van het protocol",
        help_text=(
            "De sjabloon van het concept: hoofdstukken met tekst en invulplekken voor de "
            "antwoorden. De voorvertoning toont het concept met de standaardantwoorden van een gemeente."
        ),
    )

    annexes = StreamField(
        ProtocolAnnexesBlock(),
        blank=True,
        verbose_name="bijlagen bij het protocol",
        help_text=(
            "Eigen documenten bij het concept, zoals voorbeeldbrieven, een meldformulier en "
            "huisregels. Ze komen met het concept in een zip; het concept noemt ze in een lijst "
            "(het blok 'Gekozen antwoorden' met 'De bijlagen die bij dit concept horen')."
        ),
    )

    teaser_button_text = "Begin met uw protocol"
    # Every step is a POST (what a reader types stays out of addresses and logs).
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.POST]

    content_panels = [
        *VisitorToolPage.intro_panels,
        MultiFieldPanel(
            [
                HelpPanel(
                    content=(
                        "<p>Invulplekken die je in de koppen en teksten kunt gebruiken:</p>"
                        f"<ul>{PLACEHOLDER_LIST}</ul>"
                    ),
                    heading="Invulplekken",
                ),
                FieldPanel("document_title"),
                FieldPanel("document_subtitle"),
                FieldPanel("sections"),
                FieldPanel("annexes"),
            ],
            heading="Het concept",
        ),
        *VisitorToolPage.promotion_panels,
    ]

    preview_modes = [
        ("", "Concept met de standaardantwoorden van een gemeente"),
        ("formulier", "De eerste stap van het formulier"),
        ("bijlagen", "De bijlagen met de standaardantwoorden van een gemeente"),
    ]

    class Meta:
        verbose_name = "tool agressieprotocol"
        verbose_name_plural = "tools agressieprotocol"

    # The draft -------------------------------------------------------------------------------

    def draft(self, cleaned, today=None):
        today = today or timezone.localdate()
        return build_draft(
            self.sections,
            cleaned,
            today=today,
            title=self.document_title,
            subtitle=self.document_subtitle,
            annex_titles=[annex.title for annex in self.annex_drafts(cleaned, today)],
        )

    def annex_drafts(self, cleaned, today=None):
        return build_annexes(
            self.annexes,
            cleaned,
            today=today or timezone.localdate(),
            subtitle=f"Bijlage bij: {self.document_title}",
        )

    # Screens ---------------------------------------------------------------------------------

    def screen_context(self, screen):
        context = {
            "screen": screen,
            "total": wizard.TOTAL,
            "state_field": state.FIELD_NAME,
            "step_param": wizard.STEP_PARAM,
            "action_param": wizard.ACTION_PARAM,
            "return_param": wizard.RETURN_PARAM,
            "summary_key": wizard.SUMMARY,
        }
        if screen.step_key == wizard.SUMMARY:
            context["parts"] = summary_parts(screen.raw_steps, screen.validated)
        else:
            views = field_views(screen.form, screen.show_errors)
            context.update(
                step=type(screen.form),
                fields=views,
                problems=error_summary(screen.form, views, screen.show_errors),
                is_first=screen.number == 1,
            )
        return context

    def render_screen(self, request, screen):
        template = (
            "protocol/summary.html" if screen.step_key == wizard.SUMMARY else "protocol/step.html"
        )
        return self.render(
            request, template=template, context_overrides=self.screen_context(screen)
        )

    @path("", name="form")
    def form_view(self, request):
        if request.method == "POST":
            return mark_answers_private(
                self.render_screen(request, wizard.handle_post(request.POST))
            )
        kind = request.GET.get(wizard.KIND_PARAM, "")
        return self.render_screen(request, wizard.first_screen(kind=kind))

    def answers_or_screen(self, request):
        """(answers, cleaned answers, None) for a complete POST, or (.., .., the screen that
        says what is wrong)."""
        raw_steps, problem = wizard.read_answers(request.POST)
        if problem:
            screen = wizard.first_screen(notice=problem)
            return raw_steps, None, mark_answers_private(self.render_screen(request, screen))
        validated = validate_all(raw_steps)
        if not validated.complete:
            screen = wizard.summary_screen(raw_steps)
            return raw_steps, None, mark_answers_private(self.render_screen(request, screen))
        return raw_steps, validated.cleaned, None

    @path("concept/", name="draft")
    def draft_view(self, request):
        if request.method != "POST":
            return HttpResponseRedirect(self.url)
        raw_steps, cleaned, screen = self.answers_or_screen(request)
        if screen is not None:
            return screen
        context = {
            "draft": self.draft(cleaned),
            "formats": list(FORMATS.items()),
            "annex_titles": [annex.title for annex in self.annex_drafts(cleaned)],
            # Signed again: the downloads have the full time from now on.
            "signed_answers": state.dump(raw_steps),
            "state_field": state.FIELD_NAME,
            "step_param": wizard.STEP_PARAM,
            "summary_key": wizard.SUMMARY,
        }
        return mark_answers_private(
            self.render(request, template="protocol/draft.html", context_overrides=context)
        )

    @path("concept/<str:format_key>/", name="download")
    @heavy.limited
    def download_view(self, request, format_key):
        writer = FORMATS.get(format_key)
        if writer is None:
            raise Http404
        if request.method != "POST":
            return HttpResponseRedirect(self.url)
        _raw_steps, cleaned, screen = self.answers_or_screen(request)
        if screen is not None:
            return screen
        draft = self.draft(cleaned)
        response = HttpResponse(writer.render(draft), content_type=writer.content_type)
        response["Content-Disposition"] = f'attachment; filename="{writer.filename(draft)}"'
        return mark_answers_private(response)

    @path("concept/<str:format_key>/bijlagen/", name="download_bundle")
    @heavy.limited
    def download_bundle_view(self, request, format_key):
        writer = FORMATS.get(format_key)
        if writer is None:
            raise Http404
        if request.method != "POST":
            return HttpResponseRedirect(self.url)
        _raw_steps, cleaned, screen = self.answers_or_screen(request)
        if screen is not None:
            return screen
        today = timezone.localdate()
        draft = self.draft(cleaned, today)
        content = render_bundle(writer, draft, self.annex_drafts(cleaned, today))
        response = HttpResponse(content, content_type=BUNDLE_CONTENT_TYPE)
        filename = bundle_filename(draft, writer)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return mark_answers_private(response)

    def serve_preview(self, request, mode_name):
        if mode_name == "formulier":
            return self.render_screen(request, wizard.first_screen())
        if mode_name == "bijlagen":
            annexes = self.annex_drafts(sample_answers())
            context = {
                "annexes": [
                    (f"bijlage-{number}-", annex) for number, annex in enumerate(annexes, start=1)
                ]
            }
            return self.render(
                request, template="protocol/annexes_preview.html", context_overrides=context
            )
        context = {"draft": self.draft(sample_answers()), "is_preview_draft": True}
        return self.render(request, template="protocol/draft.html", context_overrides=context)
