"""The self-assessment "Hoe veilig werkt uw organisatie?": one page per site, at /zelfinspectie/.

The page answers three addresses, all plain GETs whose query string holds the answers:
  /zelfinspectie/              the form (answers in the URL are filled in)
  /zelfinspectie/resultaat/    the result, or the form with an error summary
  /zelfinspectie/resultaat/pdf/ the result as a PDF
Nothing is stored and no cookie is set: the link is the only record of the answers. A complete
set of answers without a date is sent on to the same address with today's date, so the result,
its PDF and every link to them carry the day the answers were given. The access log leaves the
query string out (docker/gunicorn.conf.py).
"""

from urllib.parse import urlencode

from django.apps import apps
from django.http import HttpResponse, HttpResponseRedirect
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index

from visitortools import heavy
from visitortools.http import mark_answers_private
from visitortools.pages import VisitorToolPage

from .blocks import QuestionnaireBlock
from .kinds import KIND_NOUNS, KINDS
from .pdf import build_result_pdf
from .questionnaire import form_rows, questionnaire_from_stream
from .scoring import (
    DATE_PARAM,
    KIND_PARAM,
    ORGANISATION_MAX_LENGTH,
    ORGANISATION_PARAM,
    VERSION_PARAM,
    assess,
    read_answers,
)

# The protocol tool's first step preselects the kind from this parameter (protocol/models.py).
PROTOCOL_KIND_PARAM = "soort"


class SelfAssessmentPage(VisitorToolPage):
    parts = StreamField(
        QuestionnaireBlock(),
        verbose_name="vragenlijst",
        help_text=(
            "De delen van de vragenlijst met hun vragen. Per antwoord: een score, het advies voor "
            "het actieplan, wie het doet en wat helpt."
        ),
    )

    teaser_button_text = "Start de zelfinspectie"

    content_panels = [
        *VisitorToolPage.intro_panels,
        FieldPanel("parts"),
        *VisitorToolPage.promotion_panels,
    ]
    search_fields = [*VisitorToolPage.search_fields, index.SearchField("parts")]

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
            "answers": answers,
            "kinds": KINDS,
            "kind_param": KIND_PARAM,
            "organisation_param": ORGANISATION_PARAM,
            "organisation_max_length": ORGANISATION_MAX_LENGTH,
        }

    @path("", name="form")
    def form_view(self, request):
        answers = read_answers(self.questionnaire(request), request.GET)
        context = self.form_context(answers, show_errors=False)
        response = self.render(request, context_overrides=context)
        return mark_answers_private(response) if request.GET else response

    def protocol_tool_url(self, request, kind):
        """The protocol tool's first step with this kind of organisation chosen, or "".

        Found by name, not imported: the two tools are siblings that do not import each other.
        """
        try:
            model = apps.get_model("protocol", "ProtocolToolPage")
        except LookupError:
            return ""
        tool = model.objects.live().public().first()
        url = tool.get_url(request) if tool else None
        if not url:
            return ""
        return f"{url}?{urlencode({PROTOCOL_KIND_PARAM: kind})}" if kind else url

    @path("resultaat/", name="result")
    def result_view(self, request):
        answers = read_answers(self.questionnaire(request), request.GET)
        if not answers.can_show_result:
            context = self.form_context(answers, show_errors=True)
            return mark_answers_private(self.render(request, context_overrides=context))
        if answers.answered_on is None:
            # The day the answers were given goes into the address, to stay with the result.
            # The rest of the query stays as it is (an old link must stay an old link).
            query = request.GET.copy()
            query[DATE_PARAM] = timezone.localdate().isoformat()
            return mark_answers_private(HttpResponseRedirect(f"{request.path}?{query.urlencode()}"))
        result = assess(answers)
        query = urlencode(answers.query_items())
        context = {
            "answers": answers,
            "result": result,
            "query": query,
            # This very address: an old link stays an old link when it is shared.
            "share_url": request.build_absolute_uri(),
            "kind_noun": KIND_NOUNS.get(answers.kind, ""),
            "protocol_url": self.protocol_tool_url(request, answers.kind),
        }
        return mark_answers_private(
            self.render(
                request,
                template="selfassessment/result.html",
                context_overrides=context,
            )
        )

    @path("resultaat/pdf/", name="pdf")
    @heavy.limited
    def pdf_view(self, request):
        answers = read_answers(self.questionnaire(request), request.GET)
        if not answers.can_show_result:
            # The result page explains what is missing; the PDF has no room for that.
            return HttpResponseRedirect(f"{self.url}resultaat/?{request.GET.urlencode()}")
        day = answers.answered_on or timezone.localdate()
        query = request.GET.copy()  # as it came: an old link leads back to the same result
        query[DATE_PARAM] = day.isoformat()
        result_url = request.build_absolute_uri(f"{self.url}resultaat/?{query.urlencode()}")
        content = build_result_pdf(
            assess(answers),
            title=self.title,
            date=day,
            organisation=answers.organisation,
            kind_label=answers.kind_label,
            result_url=result_url,
            base_url=request.build_absolute_uri("/").rstrip("/"),
            site_name="Veilige publieke dienstverlening",
        )
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="zelfinspectie-{day:%Y-%m-%d}.pdf"'
        return mark_answers_private(response)
