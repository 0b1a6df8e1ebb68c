"""The database side of .ci/checks/faults.py. Run with the site's environment; prints one line of
JSON.
  python .ci/checks/faults_site.py prepare   an editor who can ask for a password reset, a public
                                             document and the public pages the load visits
  python .ci/checks/faults_site.py mail      the mail kept because the mail server did not take it
"""

import json
import os
import secrets
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligpubliek.settings.production")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402
from wagtail.models import CollectionViewRestriction, Page  # noqa: E402

from operations.models import QueuedMail  # noqa: E402

EDITOR_EMAIL = "storingstest@example.nl"
MAX_PAGES = 20


def editor():
    """A password reset mail goes only to an active user with a usable password."""
    user, _ = get_user_model().objects.get_or_create(
        username="storingstest", defaults={"email": EDITOR_EMAIL, "is_staff": True}
    )
    user.email, user.is_active = EDITOR_EMAIL, True
    user.set_password(secrets.token_urlsafe(24))
    user.save()
    return user.email


def public_document():
    for document in get_document_model().objects.select_related("collection").order_by("pk"):
        collections = document.collection.get_ancestors(inclusive=True)
        if not CollectionViewRestriction.objects.filter(collection__in=collections).exists():
            return document.url
    raise RuntimeError("no document in a public collection")


def public_pages():
    pages = Page.objects.live().public().filter(depth__gt=1).order_by("path")
    urls = [page.url for page in pages[: MAX_PAGES * 2]]
    return list(dict.fromkeys(url for url in urls if url))[:MAX_PAGES]


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "prepare":
        print(
            json.dumps({"email": editor(), "document": public_document(), "pages": public_pages()})
        )
    elif command == "mail":
        print(json.dumps({"recipients": [m.recipients for m in QueuedMail.objects.all()]}))
    else:
        sys.exit(f"unknown command {command}")
