"""Dutch names for the roots Wagtail creates as "Root": the page tree's root, which editors see in
the explorer and its breadcrumbs, and the root collection of images and documents (issue 25).
A root an administrator renamed keeps its name."""

from django.db import migrations

ROOT_PAGE_TITLE = "Alle websites"
ROOT_COLLECTION_NAME = "Alle bestanden"


def dutch_root_names(apps, schema_editor):
    page_model = apps.get_model("wagtailcore", "Page")
    collection_model = apps.get_model("wagtailcore", "Collection")
    page_model.objects.filter(depth=1, title="Root").update(
        title=ROOT_PAGE_TITLE, draft_title=ROOT_PAGE_TITLE
    )
    collection_model.objects.filter(depth=1, name="Root").update(name=ROOT_COLLECTION_NAME)


def english_root_names(apps, schema_editor):
    page_model = apps.get_model("wagtailcore", "Page")
    collection_model = apps.get_model("wagtailcore", "Collection")
    page_model.objects.filter(depth=1, title=ROOT_PAGE_TITLE).update(
        title="Root", draft_title="Root"
    )
    collection_model.objects.filter(depth=1, name=ROOT_COLLECTION_NAME).update(name="Root")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_security_contact_without_default"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(dutch_root_names, english_root_names)]
