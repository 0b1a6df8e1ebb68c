"""Uploads per municipality: the group "Redacteur gemeente" no longer adds documents to the shared
collection "Ingezonden door gemeenten"; each municipality's own group does, in its own collection
below it (practice/municipalities.py, command add_municipal_editor)."""

from django.db import migrations

MUNICIPAL_EDITORS = "Redacteur gemeente"
MUNICIPAL_COLLECTION = "Ingezonden door gemeenten"


def shared_add_permission(apps):
    return apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(
        group__name=MUNICIPAL_EDITORS,
        collection__name=MUNICIPAL_COLLECTION,
        permission__content_type__app_label="wagtaildocs",
        permission__codename="add_document",
    )


def remove_shared_upload(apps, schema_editor):
    shared_add_permission(apps).delete()


def restore_shared_upload(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=MUNICIPAL_EDITORS).first()
    collection = (
        apps.get_model("wagtailcore", "Collection").objects.filter(name=MUNICIPAL_COLLECTION).first()
    )
    permission = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="wagtaildocs", codename="add_document"
    ).first()
    if group and collection and permission:
        apps.get_model("wagtailcore", "GroupCollectionPermission").objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


class Migration(migrations.Migration):
    dependencies = [("practice", "0007_remove_default_moderation")]

    operations = [migrations.RunPython(remove_shared_upload, restore_shared_upload)]
