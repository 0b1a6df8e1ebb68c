"""1,000 hostile requests in the password-only state (issue 21): the document, preview and admin
addresses, odd methods, other ids, traversal and encodings. Every answer is the way to the second
step, a refusal (403), not found (404) or a method a page does not take (405, the same for
everyone); nothing that shows or confirms anything private."""

import itertools

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from practice.municipalities import ensure_municipality
from tests.home.factories import StandardPageFactory

from .test_access_matrix import PDF, password_only_client

pytestmark = pytest.mark.django_db

SECOND_STEP = ("/admin/tweestapsverificatie/", "/admin/tweestapsverificatie/inrichten/")
METHODS = ["get", "post", "put", "delete", "head", "options", "patch"]


def hostile_paths(document, draft, members_only):
    name = document.filename
    yield from [
        document.url,
        f"/documents/{document.pk}/{name}?download=1",
        f"/documents/{document.pk}/%2e%2e/%2e%2e/etc/passwd",
        f"/documents/{document.pk}/..%2F..%2Fsettings.py",
        f"/documents/{document.pk}/{name.upper()}",
        f"/documents/{document.pk + 1}/{name}",
        f"/documents/0/{name}",
        f"/documents/-1/{name}",
        f"/documents/{document.pk}//{name}",
        members_only.url,
        f"{members_only.url}?preview=1",
        f"/admin/pages/{draft.pk}/view_draft/",
        f"/admin/pages/{draft.pk}/edit/",
        f"/admin/pages/{draft.pk}/edit/preview/",
        f"/admin/pages/{draft.pk}/revisions/",
        f"/admin/pages/{draft.pk}/delete/",
        f"/admin/pages/{draft.pk}/unpublish/",
        "/admin/",
        "/admin/pages/",
        "/admin/documents/",
        f"/admin/documents/edit/{document.pk}/",
        "/admin/documents/chooser/results/?q=a",
        "/admin/images/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/settings/",
        "/admin/reports/page-types-usage/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/api/main/pages/",
        "/admin/redirects/",
        "/admin/snippets/",
        "/admin/block-preview/",
        "/admin/tweestapsverificatie/../users/",
        "/admin//users/",
        "/ADMIN/users/",
        "/admin/%75sers/",
    ]


def test_no_hostile_request_gets_anything_but_the_second_step_or_a_refusal(home_page, settings):
    settings.ADMIN_REQUIRE_2FA = True
    from django.contrib.auth.models import Group

    from practice.roles import BZK_EDITORS

    from .factories import EditorFactory

    _, collection = ensure_municipality("A-dorp")
    document = get_document_model()(title="Vertrouwelijk", collection=collection)
    document.file.save("aanval.pdf", ContentFile(PDF), save=False)
    document.save()
    members_only = StandardPageFactory(parent=home_page, title="Leden", slug="leden")
    PageViewRestriction.objects.create(page=members_only, restriction_type="login")
    draft = StandardPageFactory(parent=home_page, title="Concept", slug="concept")
    draft.save_revision()

    user = EditorFactory(username="half", admin_access=False)
    user.groups.add(Group.objects.get(name=BZK_EDITORS))
    client = password_only_client(user)

    paths = list(hostile_paths(document, draft, members_only))
    requests = list(itertools.islice(itertools.cycle(itertools.product(METHODS, paths)), 1000))
    assert len(requests) == 1000
    wrong = []
    for method, path in requests:
        response = getattr(client, method)(path)
        status = response.status_code
        to_second_step = status == 302 and response["Location"].startswith(SECOND_STEP)
        if not (to_second_step or status in (403, 404, 405)):
            wrong.append((method, path, status, response.get("Location", "")))
    assert wrong == [], f"{len(wrong)} answers that give something away: {sorted(set(wrong))[:20]}"
