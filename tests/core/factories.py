"""Factories every app's tests share: images, documents, users and one StreamField builder."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from democontent import streamfield


def stream_json(*blocks):
    """StreamField JSON from (block_type, value) pairs: stream_json(("text", "<p>Hallo</p>")).

    The tests' spelling of democontent.streamfield.stream_json, the project's one builder."""
    return streamfield.stream_json(blocks)


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    collection = factory.LazyFunction(root_collection)

    class Meta:
        model = get_image_model()


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A document in the root collection; DocumentFactory(file__data=b"...") sets its content."""

    collection = factory.LazyFunction(root_collection)

    class Meta:
        model = get_document_model()


class UserFactory(factory.django.DjangoModelFactory):
    """A user; UserFactory(superuser=True) for an administrator, groups=["..."] for editors."""

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.nl")
    first_name = "Proef"
    password = factory.django.Password("geheim-wachtwoord")

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    class Params:
        superuser = factory.Trait(is_superuser=True, is_staff=True)

    @factory.post_generation
    def groups(user, create, names, **kwargs):
        """Group names, as the migrations create them (e.g. practice.roles.BZK_EDITORS)."""
        if create and names:
            user.groups.add(*Group.objects.filter(name__in=names))
