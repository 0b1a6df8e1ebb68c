"""Every admin screen an editor uses, in Dutch and with "je" (issue 25).

Walks the screens as the demo's BZK editor and municipal editor (democontent/by_app/practice.py)
and as a visitor on the login page, and fails on English words and on the formal "u".
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from tests.core.test_admin_language import ENGLISH, FORMAL_ADDRESS, visible_text

pytestmark = pytest.mark.django_db

EDITORS = ["redactie", "gemeente"]  # Redactie BZK, Redacteur gemeente


def screens_of_every_page_type():
    """The editor and the add form of one page of each type (the add form under its parent)."""
    screens = []
    seen = set()
    for page in Page.objects.exclude(depth=1).specific().order_by("path"):
        model = type(page)
        if model in seen:
            continue
        seen.add(model)
        screens.append(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        parent = page.get_parent()
        screens.append(
            reverse(
                "wagtailadmin_pages:add",
                args=(model._meta.app_label, model._meta.model_name, parent.pk),
            )
        )
        screens.append(reverse("wagtailadmin_explore", args=(parent.pk,)))
    return screens


def editor_screens():
    some_page = Page.objects.filter(depth=2).first()
    return [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{some_page.pk}/history/",
        f"/admin/pages/{some_page.pk}/workflow_history/",
        *screens_of_every_page_type(),
        "/admin/snippets/",
        *[reverse(model.snippet_viewset.get_url_name("list")) for model in get_snippet_models()],
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        "/admin/reports/locked/",
        "/admin/reports/aging-pages/",
        "/admin/reports/site-history/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/account/",
    ]


def content_titles():
    """Titles written for visitors, who are addressed with "u": they may say "uw" in the admin."""
    titles = [*Page.objects.values_list("title", flat=True)]
    titles += get_document_model().objects.values_list("title", flat=True)
    titles += get_image_model().objects.values_list("title", flat=True)
    return sorted({title for title in titles if FORMAL_ADDRESS.search(title)}, key=len)[::-1]


def wrong_words(path, html, visitor_titles=()):
    found = []
    for text in visible_text(html):
        for match in ENGLISH.finditer(text):
            found.append(f"{path}: English {match.group(0)!r} in {text[:90]!r}")
        for title in visitor_titles:
            text = text.replace(title, "")
        for match in FORMAL_ADDRESS.finditer(text):
            found.append(f"{path}: 'u' {match.group(0)!r} in {text[:90]!r}")
    return found


def test_the_login_page_is_dutch():
    response = Client().get("/admin/login/")
    assert response.status_code == 200
    found = wrong_words("/admin/login/", response.content.decode())
    assert not found, "\n".join(found)


@pytest.mark.parametrize("username", EDITORS)
def test_every_screen_an_editor_uses_is_dutch_and_says_je(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    found, opened = [], []
    visitor_titles = content_titles()
    for path in editor_screens():
        response = client.get(path)
        if response.status_code in (302, 403):
            continue  # not this editor's screen
        assert response.status_code == 200, path
        opened.append(path)
        found += wrong_words(path, response.content.decode(), visitor_titles)
    # Both roles open the dashboard, the explorer, a page editor, images, documents and account.
    assert len(opened) >= 10, opened
    assert not found, f"{len(found)} wrong words for {username}:\n" + "\n".join(sorted(set(found)))


# Screens an editor reaches outside the walk: the two-factor steps (switched off in the test
# settings), the lockout pages and our own admin panels.
EDITOR_TEMPLATE_FOLDERS = [
    "accounts/templates/accounts",
    "editorial/templates/editorial",
    "practice/templates/practice/dashboard",
    "core/templates/core/panels",
    "templates/wagtailadmin",
]


TEMPLATE_CODE = re.compile(r"{% comment %}.*?{% endcomment %}|{#.*?#}|{%.*?%}|{{.*?}}", re.S)


def test_our_editor_templates_say_je():
    found = []
    for folder in EDITOR_TEMPLATE_FOLDERS:
        for template in sorted(Path(folder).rglob("*.html")):
            text = TEMPLATE_CODE.sub(" ", template.read_text())
            found += [
                f"{template}: {match.group(0)!r} in {part[:90]!r}"
                for part in visible_text(text)
                for match in FORMAL_ADDRESS.finditer(part)
            ]
    assert not found, "\n".join(found)


def test_the_rich_text_toolbar_and_side_panel_are_dutch():
    """Draftail's buttons and the checks panel get their labels as JSON, which the walk skips."""
    from django.utils import translation
    from django.utils.translation import gettext

    with translation.override("nl"):
        labels = [gettext(text) for text in ("Bold", "Italic", "Checks", "Toggle checks")]
    assert labels == ["Vet", "Cursief", "Controles", "Controles aan/uitzetten"]
