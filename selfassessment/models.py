"""The self-assessment "Hoe veilig werkt uw organisatie?": one page per site, at /zelfinspectie/.

The page answers three addresses, all plain GETs whose query string holds the answers:
  /zelfinspectie/              the form (answers in the URL are filled in)
  /zelfinspectie/resultaat/    the result, or the form with an error summary
  /zelfinspectie/resultaat/pdf/ the result as a PDF
Nothing is stored and no cookie is set: the link is the only record of the answers.
"""

from urllib.parse import urlencode

from django.db import models
from django.http import HttpResponse, HttpResponseRedirect
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.cache.http import mark_answers_private

from .blocks import QuestionnaireBlock
from .pdf import build_result_pdf
from .questionnaire import form_rows, questionnaire_from_stream
from .scoring import VERSION_PARAM, assess, read_answers


class SelfAssessmentPage(RoutablePageMixin, Page):
    intro = models.TextField(
        "inleiding",
        max_length=600,
        help_text="Twee of drie zinnen: voor wie de vragenlijst is, hoe lang hij duurt en wat u ermee krijgt.",
    )
    privacy_note = models.TextField(
        "over uw antwoorden",
        max_length=400,
        help_text="Zegt de bezoeker dat de antwoorden nergens worden bewaard en alleen in de link staan.",
    )
    parts = StreamField(
        QuestionnaireBlock(),
        verbose_name="vragenlijst",
        help_text=(
            "De delen van de vragenlijst met hun vragen. Per antwoord: een score, het advies voor "
            "het actieplan, wie het doet en wat helpt."
        ),
    )
    promoted_on = ParentalManyToManyField(
        "wagtailcore.Page",
        blank=True,
        related_name="+",
        verbose_name="aanbevolen op",
        help_text="Op deze pagina's staat een verwijzing naar de zelfinspectie, zoals Beleid maken.",
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("privacy_note"),
        FieldPanel("parts"),
        FieldPanel("promoted_on"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("parts"),
    ]

    class Meta:
        verbose_name = "zelfinspectie"
        verbose_name_plural = "zelfinspecties"

    def questionnaire(self, request=None):
        return questionnaire_from_stream(self.parts, request)

    def form_context(self, answers, show_errors):
        """The form with the answers filled in and, after a submit, the problems."""
        questionnaire = answers.questionnaire
        problems = answers.problems if show_errors else []
        messages = {problem.question.key: problem.message for problem in problems}
        form_parts = [(part, form_rows(part, answers, messages)) for part in questionnaire.parts]
        return {
            "questionnaire": questionnaire,
            "form_parts": form_parts,
            "answered": len(answers.chosen),
            "problems": problems,
            "version": questionnaire.version,
            "version_param": VERSION_PARAM,
        }

    @path("", name="form")
    def form_view(self, request):
        answers = read_answers(self.questionnaire(request), request.GET)
        context = self.form_context(answers, show_errors=False)
        response = self.render(request, context_overrides=context)
        return mark_answers_private(response) if request.GET else response

    @path("resultaat/", name="result")
    def result_view(self, request):
        answers = read_answers(self.questionnaire(request), request.GET)
        if not answers.can_show_result:
            context = self.form_context(answers, show_errors=True)
            return mark_answers_private(self.render(request, context_overrides=context))
        query = urlencode(answers.query_items())
        context = {
            "answers": answers,
            "result": assess(answers),
            "query": query,
            "today": timezone.localdate(),
        }
        return mark_answers_private(
            self.render(
                request,
                template="selfassessment/result.html",
                context_overrides=context,
            )
        )

    @path("resultaat/pdf/", name="pdf")
    def pdf_view(self, request):
        answers = read_answers(self.questionnaire(request), request.GET)
        if not answers.can_show_result:
            # The result page explains what is missing; the PDF has no room for that.
            return HttpResponseRedirect(f"{self.url}resultaat/?{request.GET.urlencode()}")
        today = timezone.localdate()
        content = build_result_pdf(
            assess(answers),
            title=self.title,
            date=today,
            base_url=request.build_absolute_uri("/").rstrip("/"),
            site_name="Veilige publieke dienstverlening",
        )
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = (
            f'attachment; filename="zelfinspectie-{today:%Y-%m-%d}.pdf"'
        )
        return mark_answers_private(response)
