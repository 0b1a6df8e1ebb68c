"""The admin screens editors use most, for the tests of the admin's language and hosts."""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from tests.core.factories import DocumentFactory
from tests.home.factories import StandardPageFactory


def make_admin_screens(home_page):
    """A superuser, a document and a page published by nobody; returns (user, screen paths)."""
    user = get_user_model().objects.create_superuser(
        "beheerder-test", "beheerder@example.org", "geheim-wachtwoord-123"
    )
    document = DocumentFactory(
        title="Protocol balie", file=ContentFile(b"%PDF-1.4 protocol", name="protocol.pdf")
    )
    page = StandardPageFactory(parent=home_page, title="Kwartelkoningpagina", slug="kwartel")
    # Published long ago by a script, so without a user: the aging report lists it.
    page.save_revision().publish(user=None)
    old = timezone.now() - datetime.timedelta(days=400)
    type(page).objects.filter(pk=page.pk).update(last_published_at=old)
    screens = [
        "/admin/",
        f"/admin/pages/{home_page.pk}/",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/history/",
        "/admin/pages/search/?q=Kwartelkoningpagina",
        "/admin/documents/",
        f"/admin/documents/edit/{document.pk}/",
        "/admin/documents/chooser/",
        "/admin/images/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/reports/aging-pages/",
        "/admin/reports/site-history/",
        "/admin/reports/workflow/",
        "/admin/account/",
    ]
    return user, screens
