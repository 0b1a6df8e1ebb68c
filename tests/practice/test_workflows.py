"""Every workflow on every page can be approved by someone (issue 11, item 4).

This module runs on the demo content (DEMO_MODULES in tests/conftest.py): the first test checks
the workflows that the demo sets up against the demo's own accounts.
"""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from tests.core.factories import UserFactory
from tests.html import parse
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("practice.migrations.0007_remove_default_moderation")


def test_every_active_workflow_can_be_approved_by_a_group_with_members(fresh_install_groups):
    pages = Page.objects.filter(depth__gt=1).specific()
    checked = 0
    for page in pages:
        workflow = page.get_workflow()
        if workflow is None or not workflow.active:
            continue
        for task in workflow.tasks.filter(active=True).specific():
            assert isinstance(task, GroupApprovalTask), (page, task)
            groups = task.groups.all()
            assert any(group.user_set.filter(is_active=True).exists() for group in groups), (
                f"Nobody can approve '{task}' on '{page}'"
            )
            assert {group.name for group in groups} & fresh_install_groups, (
                f"'{task}' on '{page}' needs a group that a fresh installation lacks"
            )
            checked += 1
    assert checked, "the practice section has a workflow, so at least one task was checked"


def test_wagtails_default_moderation_is_gone(fresh_install_groups):
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
    assert not WorkflowPage.objects.filter(workflow__name="Moderators approval").exists()
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert not {"Editors", "Moderators"} & fresh_install_groups


def test_bzk_editor_publishes_a_theme_page_without_a_workflow(bzk_client, home_page):
    theme = ThemePageFactory(parent=home_page, title="Proefthema workflow", slug="proef-wf")
    response = bzk_client.get(reverse("wagtailadmin_pages:edit", args=(theme.pk,)))
    assert response.status_code == 200
    editor = parse(response)
    assert "Moderators approval" not in editor.get_text()
    assert not editor.find(attrs={"name": "action-submit"})
    assert editor.find(attrs={"name": "action-publish"})


def test_migration_cancels_running_default_workflows_and_removes_empty_groups(home_page):
    # Recreate what Wagtail's migrations leave behind, with a page locked in that workflow.
    moderators = Group.objects.create(name="Moderators")
    kept = Group.objects.create(name="Editors")
    kept.user_set.add(UserFactory(username="oudredacteur"))
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.add(moderators)
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=Page.objects.get(depth=1), workflow=workflow)
    page = ThemePageFactory(parent=home_page, title="Vastgelopen", slug="vastgelopen")
    assert page.get_workflow() == workflow
    page.save_revision()
    state = workflow.start(page, get_user_model().objects.get(username="oudredacteur"))
    assert page.workflow_in_progress

    migration.remove_default_moderation(apps, None)

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_CANCELLED
    assert not Page.objects.get(pk=page.pk).specific.workflow_in_progress
    assert Page.objects.get(pk=page.pk).specific.get_workflow() is None
    assert not Workflow.objects.get(pk=workflow.pk).active
    assert not Group.objects.filter(name="Moderators").exists()
    assert Group.objects.filter(name="Editors").exists()  # has a member: left alone
