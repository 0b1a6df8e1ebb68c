"""Remove Wagtail's default moderation: the *Moderators approval* workflow and the groups
*Editors* and *Moderators*.

Wagtail's own migrations put every page under "Moderators approval", a task of the group
*Moderators*. Nobody here is a member of that group, so a page sent there stays locked until a
superuser frees it. Pages outside the practice section are published directly by *Redactie BZK*;
the practice section has its own review workflow (practice/roles.py). Workflows still running on
the removed workflow are cancelled, which unlocks their pages.

The two groups are removed only when nobody is a member, so that an administrator's own use of
them is never undone.
"""

from django.db import migrations

DEFAULT_WORKFLOW = "Moderators approval"
DEFAULT_GROUPS = ["Editors", "Moderators"]


def remove_default_moderation(apps, schema_editor):
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
    workflow_state_model = apps.get_model("wagtailcore", "WorkflowState")
    task_state_model = apps.get_model("wagtailcore", "TaskState")
    task_model = apps.get_model("wagtailcore", "Task")
    group_model = apps.get_model("auth", "Group")

    for workflow in workflow_model.objects.filter(name=DEFAULT_WORKFLOW):
        running = workflow_state_model.objects.filter(
            workflow=workflow, status__in=["in_progress", "needs_changes"]
        )
        task_state_model.objects.filter(workflow_state__in=running, status="in_progress").update(
            status="cancelled"
        )
        running.update(status="cancelled", current_task_state=None)
        workflow_page_model.objects.filter(workflow=workflow).delete()
        workflow.active = False
        workflow.save(update_fields=["active"])
        task_model.objects.filter(workflow_tasks__workflow=workflow, name=DEFAULT_WORKFLOW).update(
            active=False
        )

    group_model.objects.filter(name__in=DEFAULT_GROUPS, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("practice", "0006_practiceexamplepage_image"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(remove_default_moderation, migrations.RunPython.noop)]
