"""The two editorial groups.

"Redactie BZK" edits and publishes every page and manages documents, images, the practice
taxonomies (snippets) and redirects. "Redacteur gemeente" may only log in, choose documents and
upload them into their own collection; its page permission on the practice section and the review
workflow are attached once that section exists (practice/roles.py).

Permissions of models are normally created after all migrations have run, so this migration
creates the ones it needs itself (get_or_create: Django later finds and keeps them).
"""

from django.db import migrations

BZK_EDITORS = "Redactie BZK"
MUNICIPAL_EDITORS = "Redacteur gemeente"
MUNICIPAL_COLLECTION = "Ingezonden door gemeenten"
TAXONOMY_MODELS = ["organisationtype", "province", "aggressiontype", "worksetting"]
BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def permission(apps, app_label, model, codename):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    content_type, _ = content_type_model.objects.get_or_create(app_label=app_label, model=model)
    action = codename.split("_")[0]
    found, _ = permission_model.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {action} {model}"},
    )
    return found


# Wagtail checks image and document permissions against its own models, also when the site
# uses custom ones (assets.CustomImage, assets.CustomDocument).
IMAGE = ("wagtailimages", "image")
DOCUMENT = ("wagtaildocs", "document")


def child_collection(apps, name):
    """A collection directly below the root, created with plain fields (no treebeard here)."""
    collection_model = apps.get_model("wagtailcore", "Collection")
    root = collection_model.objects.get(depth=1)
    existing = collection_model.objects.filter(depth=2, name=name).first()
    if existing:
        return existing
    last = collection_model.objects.filter(depth=2).order_by("-path").first()
    number = int(last.path[-4:], 36) + 1 if last else 1
    step = ""
    while number:
        number, digit = divmod(number, 36)
        step = BASE36[digit] + step
    collection = collection_model.objects.create(
        name=name, path=root.path + step.rjust(4, "0"), depth=2, numchild=0
    )
    root.numchild += 1
    root.save(update_fields=["numchild"])
    return collection


def create_groups(apps, schema_editor):
    group_model = apps.get_model("auth", "Group")
    page_model = apps.get_model("wagtailcore", "Page")
    collection_model = apps.get_model("wagtailcore", "Collection")
    page_permission_model = apps.get_model("wagtailcore", "GroupPagePermission")
    collection_permission_model = apps.get_model("wagtailcore", "GroupCollectionPermission")
    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin")
    root_collection = collection_model.objects.get(depth=1)

    bzk, _ = group_model.objects.get_or_create(name=BZK_EDITORS)
    bzk.permissions.add(access_admin)
    root_page = page_model.objects.get(depth=1)
    for action in ["add", "change", "publish", "lock", "unlock"]:
        page_permission_model.objects.get_or_create(
            group=bzk, page=root_page, permission=permission(apps, "wagtailcore", "page", f"{action}_page")
        )
    for app_label, model in [IMAGE, DOCUMENT]:
        for action in ["add", "change", "delete", "choose"]:
            collection_permission_model.objects.get_or_create(
                group=bzk,
                collection=root_collection,
                permission=permission(apps, app_label, model, f"{action}_{model}"),
            )
    for model in TAXONOMY_MODELS:
        for action in ["add", "change", "delete", "view"]:
            bzk.permissions.add(permission(apps, "practice", model, f"{action}_{model}"))
    for action in ["add", "change", "delete"]:
        bzk.permissions.add(permission(apps, "wagtailredirects", "redirect", f"{action}_redirect"))

    municipal, _ = group_model.objects.get_or_create(name=MUNICIPAL_EDITORS)
    municipal.permissions.add(access_admin)
    collection_permission_model.objects.get_or_create(
        group=municipal,
        collection=root_collection,
        permission=permission(apps, *DOCUMENT, "choose_document"),
    )
    # Their own uploads go into a collection of their own, which the BZK editors can check.
    collection_permission_model.objects.get_or_create(
        group=municipal,
        collection=child_collection(apps, MUNICIPAL_COLLECTION),
        permission=permission(apps, *DOCUMENT, "add_document"),
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=[BZK_EDITORS, MUNICIPAL_EDITORS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("practice", "0002_seed_taxonomies"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
