"""Editorial roles for the practice examples.

The groups themselves come from a data migration (0003_editorial_groups). What depends on the
index page, the municipal editors' page permission and the review workflow, is attached here as
soon as the index page exists: when an editor creates it, and again by the demo loader.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import (
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import PracticeExampleIndexPage
from .review_task import ReviewTask

BZK_EDITORS = "Redactie BZK"
MUNICIPAL_EDITORS = "Redacteur gemeente"
REVIEW_WORKFLOW = "Beoordeling door redactie BZK"
# The same words as the workflow: Wagtail names the workflow on the first submit and the task on a
# resubmit ("Stuur opnieuw door naar ..."), and editors took two names for two steps.
REVIEW_TASK = REVIEW_WORKFLOW


def ensure_section_roles(index_page):
    """Idempotently give municipal editors their section and put it under BZK's review.

    Returns the objects it created, for the demo loader's report. Leaves alone what an
    administrator changed: an existing workflow on the page is kept.
    """
    created = []
    municipal = Group.objects.filter(name=MUNICIPAL_EDITORS).first()
    if municipal is not None:
        # "add" lets them create pages here and edit the pages they own; not publish.
        add_page = Permission.objects.get(
            content_type__app_label="wagtailcore", codename="add_page"
        )
        permission, is_new = GroupPagePermission.objects.get_or_create(
            group=municipal, page=index_page, permission=add_page
        )
        if is_new:
            created.append(permission)

    bzk = Group.objects.filter(name=BZK_EDITORS).first()
    if bzk is None:
        return created
    task = ReviewTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = ReviewTask.objects.create(name=REVIEW_TASK)
        task.groups.add(bzk)
        created.append(task)
    workflow, is_new = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    if is_new:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        created.append(workflow)
    if not WorkflowPage.objects.filter(page=index_page).exists():
        created.append(WorkflowPage.objects.create(page=index_page, workflow=workflow))
    return created


@receiver(post_save, sender=PracticeExampleIndexPage)
def set_up_new_section(sender, instance, created, raw=False, **kwargs):
    # Without this, a site set up without the demo content would need an administrator to
    # configure the permission and the workflow by hand.
    if created and not raw:
        ensure_section_roles(instance)
