"""Existing live pages get an owner (their Wagtail owner) and a first review date."""

from django.db import migrations

from editorial.filling import fill_missing_reviews


def fill(apps, schema_editor):
    fill_missing_reviews(
        apps.get_model("wagtailcore", "Page"),
        apps.get_model("editorial", "PageReview"),
        apps.get_model("contenttypes", "ContentType"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_page_review"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
