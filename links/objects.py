"""Snippets and settings ("objects") as places that hold links, next to pages.

Every registered snippet and setting model counts: the few objects they have are read whole.
Saving one is publishing it, so every object counts, not only live ones. In the reports an object
is named by its place ("Instelling: Site-instellingen", "Fragment: <naam>") and links to its edit
screen, found with Wagtail's ``AdminURLFinder`` (which also checks that the editor may change it).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.contrib.settings.registry import registry as setting_registry
from wagtail.models import ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models


def setting_models():
    return [model for model in setting_registry if not model._meta.abstract]


def object_models():
    """Every registered setting and snippet model."""
    return list(dict.fromkeys([*setting_models(), *get_snippet_models()]))


def holds_links(model):
    return model in object_models()


def place_of(instance):
    """Where an editor finds the object, in words."""
    if isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return f"Instelling: {capfirst(instance._meta.verbose_name)}"
    return f"Fragment: {instance}"


def key_of(instance):
    return ContentType.objects.get_for_model(instance).pk, str(instance.pk)


def content_types_user_may_change(user):
    """Content type ids of the object models of which the user may change some or all."""
    return [
        ContentType.objects.get_for_model(model).pk
        for model in object_models()
        if policy_registry.get_by_type(model).user_has_permission(user, "change")
    ]


@dataclass
class Place:
    title: str
    edit_url: str


def places_for(user, keys):
    """{(content type id, object id): Place} for the objects among ``keys`` the user may change.

    One query per kind of object, however many objects; an object that is gone is left out.
    """
    ids_by_type = defaultdict(set)
    for content_type_id, object_id in keys:
        ids_by_type[content_type_id].add(object_id)
    finder = AdminURLFinder(user)
    places = {}
    for content_type_id, object_ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not holds_links(model):
            continue
        for instance in model._default_manager.filter(pk__in=object_ids):
            edit_url = finder.get_edit_url(instance)
            if edit_url:
                places[(content_type_id, str(instance.pk))] = Place(place_of(instance), edit_url)
    return places


def index_references():
    """Wagtail indexes the references of snippets, not those of settings: these are added here
    (apps.py). ``refresh_references`` indexes the settings saved before that."""
    for model in setting_models():
        ReferenceIndex.register_model(model)


def refresh_references():
    for model in object_models():
        if ReferenceIndex.is_indexed(model):
            for instance in model._default_manager.all():
                ReferenceIndex.create_or_update_for_object(instance)
