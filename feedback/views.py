"""POST /reactie/: a visitor's answer to "Was deze informatie nuttig?", and the comment after "Nee".

No cookie and no CSRF token: the form sits on pages that the page cache and Varnish serve to
everyone alike. What guards it instead is in feedback/guard.py. Neither cache keeps an answer: the
page cache answers GET and HEAD only, Varnish passes every other method to the web tier
(deploy/varnish/default.vcl), and the answer is "private, no-store". An answer does not purge the
page cache either (pagecache/purge.py leaves PageFeedback out). The answer comes back within the
page: the page's script (static/js/feedback.js, header X-Requested-With: fetch) gets the fragment
that replaces the form; without JavaScript the browser gets a small page with the same thanks
(or the question what could be better) and a link back to the page's text. Never a redirect.
"""

from django.core import signing
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from pagecache.http import mark_private

from .forms import AnswerForm, CommentForm
from .guard import comes_from_this_site, over_rate, seconds_left_in_window
from .models import COMMENT_MAX_LENGTH, PageFeedback

FRAGMENT_HEADER = "X-Requested-With"
COMMENT_SALT = "feedback.comment"
# How long after "Nee" the comment can still be added to that answer.
COMMENT_WINDOW_SECONDS = 2 * 60 * 60

THANKS = "Bedankt voor uw reactie."
THANKS_FOR_COMMENT = "Bedankt voor uw toelichting. Daarmee maken we deze pagina beter."
NOT_FROM_THIS_SITE = (
    "Uw reactie is niet opgeslagen, want het formulier kwam niet van deze website. "
    "Geef uw reactie op de pagina zelf."
)
TOO_MANY = (
    "U heeft in korte tijd veel reacties gestuurd. Wacht een paar minuten en probeer het dan "
    "opnieuw."
)
BAD_INPUT = (
    "Uw reactie is niet opgeslagen, want het formulier was niet compleet. Probeer het opnieuw."
)
UNKNOWN_PAGE = "Uw reactie is niet opgeslagen, want deze pagina bestaat niet (meer)."
COMMENT_TOO_LATE = (
    "Uw toelichting is niet opgeslagen, want de pagina stond te lang open. Uw antwoord 'Nee' "
    "hebben we wel."
)


@csrf_exempt
@require_POST
def give_feedback(request):
    if not comes_from_this_site(request):
        return answer(request, NOT_FROM_THIS_SITE, status=403)
    if over_rate(request):
        response = answer(request, TOO_MANY, status=429)
        response["Retry-After"] = str(seconds_left_in_window())
        return response
    if "reactie" in request.POST:
        return add_comment(request)
    return record_answer(request)


def record_answer(request):
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return answer(request, BAD_INPUT, status=400)
    page = page_asking_for_feedback(form.cleaned_data["pagina"])
    if page is None:
        return answer(request, UNKNOWN_PAGE, status=404)
    feedback = PageFeedback.objects.create(page=page, useful=form.useful)
    if feedback.useful:
        return answer(request, THANKS, page=page)
    return answer(request, THANKS, page=page, token=comment_token(feedback))


def add_comment(request):
    form = CommentForm(request.POST)
    feedback = feedback_for_token(request.POST.get("reactie", ""))
    if feedback is None:
        return answer(request, COMMENT_TOO_LATE, status=400)
    if not form.is_valid():
        return answer(
            request,
            "",
            page=feedback.page,
            status=400,
            token=request.POST["reactie"],
            comment_error=" ".join(form.errors.get("toelichting", [BAD_INPUT])),
            comment_text=request.POST.get("toelichting", ""),
        )
    stored = feedback.add_comment(form.cleaned_data["toelichting"])
    return answer(request, THANKS_FOR_COMMENT if stored else THANKS, page=feedback.page)


def page_asking_for_feedback(page_id):
    """The live, public page of that id whose type asks for feedback, else None."""
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None or not getattr(page.specific_class, "asks_for_feedback", False):
        return None
    return page


def comment_token(feedback):
    return signing.dumps(feedback.pk, salt=COMMENT_SALT)


def feedback_for_token(token):
    try:
        pk = signing.loads(token, salt=COMMENT_SALT, max_age=COMMENT_WINDOW_SECONDS)
    except signing.BadSignature:  # also when it expired
        return None
    return PageFeedback.objects.filter(pk=pk).select_related("page").first()


def answer(request, message, page=None, status=200, **context):
    """The fragment for the page's script, or a small page of its own without JavaScript; kept
    by no shared cache and by no search engine."""
    is_fragment = request.headers.get(FRAGMENT_HEADER) == "fetch"
    context.update(
        message=message,
        is_error=status >= 400 and "comment_error" not in context,
        max_length=COMMENT_MAX_LENGTH,
        heading=f"Reactie op ‘{page.title}’" if page else "Uw reactie",
        page_title=page.title if page else "",
        page_url=page.get_url(request) if page else "",
    )
    template = "feedback/includes/answer.html" if is_fragment else "feedback/answer.html"
    response = TemplateResponse(request, template, context, status=status)
    mark_private(response)
    response["X-Robots-Tag"] = "noindex"
    patch_vary_headers(response, (FRAGMENT_HEADER,))
    return response
