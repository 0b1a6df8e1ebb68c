"""*Redactie BZK* manages the promoted search results and sees the search-terms report.

Permissions of models are normally created after all migrations have run, so this migration
creates the ones it needs itself (get_or_create: Django later finds and keeps them).
"""

from django.db import migrations

BZK_EDITORS = "Redactie BZK"
PERMISSIONS = [
    ("searchpromotion", "add_searchpromotion"),
    ("searchpromotion", "change_searchpromotion"),
    ("searchpromotion", "delete_searchpromotion"),
    ("searchpromotion", "view_searchpromotion"),
    # The search-terms report (search/admin_views.py).
    ("query", "view_query"),
]


def permissions(apps):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    for model, codename in PERMISSIONS:
        content_type, _ = content_type_model.objects.get_or_create(
            app_label="wagtailsearchpromotions", model=model
        )
        action = codename.split("_")[0]
        found, _ = permission_model.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": f"Can {action} {model}"}
        )
        yield found


def give_permissions(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=BZK_EDITORS).first()
    if group is not None:
        group.permissions.add(*permissions(apps))


def take_permissions(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=BZK_EDITORS).first()
    if group is not None:
        group.permissions.remove(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_dutch_unaccent_text_search"),
        ("practice", "0003_editorial_groups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(give_permissions, take_permissions)]
