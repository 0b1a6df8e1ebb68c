"""The page editor of every page type of the demo still opens with the feedback tab added
(feedback/panels.py): with the page's answers where the type asks for them, without a tab where it
does not (issue 25)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from tests.feedback.factories import PageFeedbackFactory
from tests.html import parse, texts

pytestmark = pytest.mark.django_db


def one_page_of_each_type():
    pages = {}
    for page in Page.objects.exclude(depth=1).specific().order_by("path"):
        pages.setdefault(type(page), page)
    return list(pages.values())


def test_the_editor_of_every_page_type_opens_with_its_own_answers_only_where_asked():
    editor = Client()
    editor.force_login(
        get_user_model().objects.create_superuser("beheer-reacties", "b@example.org", "x" * 20)
    )
    pages = one_page_of_each_type()
    assert len(pages) >= 12
    for page in pages:
        PageFeedbackFactory(page=page, useful=False, comment=f"Over {page.pk}.")
    asked = 0
    for page in pages:
        response = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, type(page)
        panel = parse(response).select_one("[data-vp-visitor-feedback]")
        if page.asks_for_feedback:
            asked += 1
            assert texts(panel.select("blockquote")) == [f"Over {page.pk}."], type(page)
        else:
            assert panel is None, type(page)
    assert 0 < asked < len(pages)
