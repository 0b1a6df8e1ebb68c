"""The database side of .ci/checks/scaleout.py: what an editor would have prepared beforehand.

Run with the same environment as the web replicas; prints one line of JSON.
  python .ci/checks/scaleout_site.py prepare       an editor's session, a private municipal document
                                               and the page the test publishes
  python .ci/checks/scaleout_site.py draft ID TEXT  saves a draft of page ID with a new title
"""

import json
import os
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligpubliek.settings.production")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import (  # noqa: E402
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    SESSION_KEY,
    get_user_model,  # noqa: E402
)
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction  # noqa: E402

from themes.models import ThemePage  # noqa: E402

PRIVATE_COLLECTION = "Ingezonden door gemeenten"


def editor_session(user):
    """A logged-in session in the database, as the login form leaves it (also two-factor)."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    if "django_otp" in settings.INSTALLED_APPS:
        from django_otp.plugins.otp_static.models import StaticDevice

        device, _ = StaticDevice.objects.get_or_create(user=user, name="scale-out test")
        session["otp_device_id"] = device.persistent_id
    session.create()
    return session.session_key


def private_document(user):
    root = Collection.get_first_root_node()
    collection = Collection.objects.filter(name=PRIVATE_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=PRIVATE_COLLECTION)
    restriction, _ = CollectionViewRestriction.objects.get_or_create(
        collection=collection, defaults={"restriction_type": BaseViewRestriction.LOGIN}
    )
    restriction.restriction_type = BaseViewRestriction.LOGIN
    restriction.save()
    content = b"%PDF-1.4\n% Vertrouwelijk verslag van een incident bij de gemeente\n%%EOF\n"
    document = get_document_model()(
        title="Vertrouwelijk incidentverslag", collection=collection, uploaded_by_user=user
    )
    document.file.save("vertrouwelijk-incidentverslag.pdf", ContentFile(content), save=False)
    document.save()
    return {
        "url": document.url,
        "storage_name": document.file.name,
        "content": content.decode("latin-1"),
    }


def prepare():
    User = get_user_model()
    user = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    if user is None:
        user = User.objects.create_superuser("scaleout", "scaleout@example.nl", None)
    theme = ThemePage.objects.live().order_by("path").first()
    return {
        "session": editor_session(user),
        "collection": Collection.get_first_root_node().pk,
        "document": private_document(user),
        "page": {"id": theme.pk, "url": theme.url, "parent_url": theme.get_parent().url},
    }


def draft(page_id, title):
    page = ThemePage.objects.get(pk=page_id)
    page.title = title
    revision = page.save_revision()
    return {"revision": revision.pk, "live_title": ThemePage.objects.get(pk=page_id).title}


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "prepare":
        print(json.dumps(prepare()))
    elif command == "draft":
        print(json.dumps(draft(int(sys.argv[2]), sys.argv[3])))
    else:
        sys.exit(f"unknown command {command}")
