"""Municipalities: each has a group of its editors and a collection for their uploads.

Municipal editors are in two groups: "Redacteur gemeente" (practice/roles.py: log in, write
practice examples for review, choose documents of the public library) and the group of their own
municipality, which may upload, change and choose documents in that municipality's collection
under "Ingezonden door gemeenten". Those uploads stay private until a published example uses them
(assets/documents.py), and only the municipality's own editors and the BZK editors see them.

Images: municipal editors upload none. A picture on a practice example is chosen by the BZK
editors during the review, because an image file is public the moment it is uploaded (its
renditions have public addresses) and there is no review of images on their own.
"""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import Collection, GroupCollectionPermission

from .roles import MUNICIPAL_EDITORS

DOCUMENT_ACTIONS = ("add", "change", "choose")
PREFIX = "Gemeente "


def uploads_collection():
    """The collection above every municipality's own ("Ingezonden door gemeenten")."""
    name = settings.UNREVIEWED_DOCUMENT_COLLECTIONS[0]
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=name).first()
    return found or root.add_child(name=name)


def municipality_name(name):
    """'Zuiderhaven' and 'gemeente Zuiderhaven' are both 'Gemeente Zuiderhaven'."""
    name = re.sub(r"^gemeente\b", "", " ".join(name.split()), flags=re.IGNORECASE).strip()
    if not name:
        raise ValueError("Geef de naam van de gemeente.")
    return PREFIX + name


@transaction.atomic
def ensure_municipality(name):
    """(group, collection) of the municipality, made when missing. Idempotent."""
    name = municipality_name(name)
    parent = uploads_collection()
    collection = parent.get_children().filter(name=name).first() or parent.add_child(name=name)
    group, _ = Group.objects.get_or_create(name=name)
    for action in DOCUMENT_ACTIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=Permission.objects.get(
                content_type__app_label="wagtaildocs", codename=f"{action}_document"
            ),
        )
    return group, collection


@transaction.atomic
def add_municipal_editor(username, email, municipality):
    """(user, created): an editor of the municipality, without a usable password."""
    group, _ = ensure_municipality(municipality)
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    created = user is None
    if created:
        user = user_model.objects.create_user(username=username, email=email)
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=MUNICIPAL_EDITORS), group)
    return user, created


def set_password_link(user):
    """A one-time address where the user chooses a password (Wagtail's password reset)."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
