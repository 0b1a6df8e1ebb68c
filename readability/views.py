"""The readability of one page, for its editors: the latest version, saved or published."""

from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from wagtail.models import Page

from .analysis import (
    B1_MAXIMUM_LONG_SENTENCE_SHARE,
    B1_MINIMUM_SCORE,
    LONG_SENTENCE_WORDS,
    LONG_WORD_SYLLABLES,
    analyse,
)
from .models import JargonTerm
from .page_text import page_paragraphs

FORBIDDEN = "Je mag deze pagina niet bewerken, dus ook de leesbaarheid niet bekijken."


def may_check(user, page):
    return page.permissions_for_user(user).can_edit()


def page_readability(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if page.depth <= 1 or not may_check(request.user, page):
        return HttpResponseForbidden(FORBIDDEN)
    latest = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
    analysis = analyse(page_paragraphs(latest), JargonTerm.as_dict())
    return TemplateResponse(
        request,
        "readability/page_readability.html",
        {
            "page": page,
            "analysis": analysis,
            "is_draft": latest is not page,
            "b1_minimum_score": B1_MINIMUM_SCORE,
            "b1_long_sentence_percentage": round(B1_MAXIMUM_LONG_SENTENCE_SHARE * 100),
            "long_sentence_words": LONG_SENTENCE_WORDS,
            "long_word_syllables": LONG_WORD_SYLLABLES - 1,
        },
    )
