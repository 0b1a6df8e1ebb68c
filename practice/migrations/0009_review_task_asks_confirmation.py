"""BZK's review task becomes a ReviewTask (practice/review_task.py): approving asks for
confirmation. The existing task keeps its id, groups and running reviews; it gets the workflow's
name, so that editors see one name for the review (issue 25)."""

import django.db.models.deletion
from django.db import migrations, models

OLD_TASK_NAME = "Goedkeuring door redactie BZK"
NEW_TASK_NAME = "Beoordeling door redactie BZK"


def make_review_task(apps, schema_editor):
    task_model = apps.get_model("wagtailcore", "Task")
    content_type_model = apps.get_model("contenttypes", "ContentType")
    group_task_type = content_type_model.objects.filter(
        app_label="wagtailcore", model="groupapprovaltask"
    ).first()
    if group_task_type is None:
        return
    review_task_type, _ = content_type_model.objects.get_or_create(
        app_label="practice", model="reviewtask"
    )
    for task in task_model.objects.filter(name=OLD_TASK_NAME, content_type=group_task_type):
        # The parent rows stay as they are: only the child row is added, by hand, because saving
        # a child model would write its (empty) parent fields over the existing task.
        schema_editor.execute(
            "INSERT INTO practice_reviewtask (groupapprovaltask_ptr_id) VALUES (%s)", [task.pk]
        )
        task.content_type = review_task_type
        task.name = NEW_TASK_NAME
        task.save(update_fields=["content_type", "name"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("practice", "0008_uploads_per_municipality"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="ReviewTask",
            fields=[
                (
                    "groupapprovaltask_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.groupapprovaltask",
                    ),
                ),
            ],
            options={
                "verbose_name": "Beoordeling door een groep (met bevestiging)",
                "verbose_name_plural": "Beoordelingen door een groep (met bevestiging)",
            },
            bases=("wagtailcore.groupapprovaltask",),
        ),
        migrations.RunPython(make_review_task, migrations.RunPython.noop),
    ]
