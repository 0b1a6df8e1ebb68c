"""1,000 hostile requests in the password-only state (issue 21): the document, preview and admin
addresses, odd methods, other ids, traversal and encodings. Every answer is the way to the second
step, a refusal (403), not found (404) or a method a page does not take (405, the same for
everyone); nothing that shows or confirms anything private.

The requests and the rule are in access_table.py, shared with the same check on the production
stack (.ci/checks/access_matrix.py)."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from practice.municipalities import ensure_municipality
from practice.roles import BZK_EDITORS
from tests.home.factories import StandardPageFactory

from .access_table import HOSTILE_COUNT, PDF, hostile_requests, is_harmless
from .factories import EditorFactory
from .test_access_matrix import password_only_client

pytestmark = pytest.mark.django_db


def test_no_hostile_request_gets_anything_but_the_second_step_or_a_refusal(home_page, settings):
    settings.ADMIN_REQUIRE_2FA = True
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

    requests = hostile_requests(document, draft, members_only.url)
    assert len(requests) == HOSTILE_COUNT
    wrong = []
    for method, path in requests:
        response = getattr(client, method.lower())(path)
        location = response.get("Location", "")
        if not is_harmless(response.status_code, location):
            wrong.append((method, path, response.status_code, location))
    assert wrong == [], f"{len(wrong)} answers that give something away: {sorted(set(wrong))[:20]}"
