"""The widget "De aanpak in één oogopslag" for intranets: the infographic's phases and steps as
a small page made to be framed (/widgets/aanpak/). No cookie, no script; links open in the whole
window."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from core.framing import framable

from .models import InfographicPage


@require_safe
@framable
def approach_widget(request):
    infographic = InfographicPage.objects.live().public().first()
    if infographic is None:
        raise Http404("No live infographic")
    return TemplateResponse(
        request,
        "infographic/widget.html",
        {
            "infographic_url": infographic.get_full_url(request),
            "phases": infographic.diagram_phases(),
        },
    )
