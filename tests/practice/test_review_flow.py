"""A smoother review (issue 25): one name for the review, confirmation and a message for approve
and request changes, a compare link from the version the reviewer saw."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import TaskState, WorkflowState

from practice.review_task import ReviewTask
from practice.roles import REVIEW_TASK, REVIEW_WORKFLOW
from tests.html import parse
from tests.practice.conftest import example_form_data, text
from tests.practice.test_editorial import submit_new_example

pytestmark = pytest.mark.django_db

XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def submitted(municipal_client, index_page, nazorg):
    page = submit_new_example(
        municipal_client, index_page, nazorg, **{"action-submit": "Ter beoordeling"}
    )
    return page, TaskState.objects.get(workflow_state__object_id=str(page.pk))


def action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def messages_on_dashboard(client):
    return [text(message) for message in parse(client.get("/admin/")).select(".messages li")]


def test_the_review_has_one_name(index_page):
    workflow = index_page.get_workflow()
    task = workflow.tasks.get().specific
    assert workflow.name == REVIEW_WORKFLOW == task.name == REVIEW_TASK
    assert isinstance(task, ReviewTask)


def test_approve_and_request_changes_both_ask_first(submitted, bzk_editor, municipal_editor):
    page, task_state = submitted
    task = task_state.task.specific
    assert {name: modal for name, _, modal in task.get_actions(page, bzk_editor)} == {
        "reject": True,
        "approve": True,
    }
    assert task.get_actions(page, municipal_editor) == []


def test_the_dashboard_offers_approve_as_a_modal(submitted, bzk_client):
    page, task_state = submitted
    dashboard = parse(bzk_client.get("/admin/"))
    approve = dashboard.select_one(
        f'[data-workflow-action-url="{action_url(page, "approve", task_state)}"]'
    )
    assert approve is not None and approve.has_attr("data-launch-modal")
    # The modal is the confirmation: it names the action and has a button to confirm.
    modal = bzk_client.get(action_url(page, "approve", task_state), **XHR).json()
    assert "Goedkeuren" in modal["html"]


def test_approving_from_the_dashboard_says_so(submitted, bzk_client):
    page, task_state = submitted
    response = bzk_client.post(
        action_url(page, "approve", task_state) + "?next=/admin/", {"comment": ""}, **XHR
    )
    assert response.json()["step"] == "success"
    page.refresh_from_db()
    assert page.live
    assert f"'{page.title}' is goedgekeurd." in messages_on_dashboard(bzk_client)


def test_requesting_changes_from_the_dashboard_says_so(submitted, bzk_client):
    page, task_state = submitted
    response = bzk_client.post(
        action_url(page, "reject", task_state) + "?next=/admin/",
        {"comment": "Noem de gemeente bij naam."},
        **XHR,
    )
    assert response.json()["step"] == "success"
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    shown = messages_on_dashboard(bzk_client)
    assert any("Je hebt wijzigingen gevraagd" in message for message in shown), shown


def test_scheduling_has_one_wording():
    with translation.override("nl"):
        button = gettext("Schedule to publish")
        hint = gettext(
            'This publishing schedule will only take effect after you select the "Schedule to '
            'publish" option'
        )
    assert button == "Publicatie inplannen"
    assert "Publicatie inplannen" in hint and "Plannen om te publiceren" not in hint


def test_resubmitting_names_the_same_review(municipal_client, submitted, bzk_client, nazorg):
    page, task_state = submitted
    bzk_client.post(action_url(page, "reject", task_state), {"comment": "Graag korter."})
    edit = parse(municipal_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))))
    labels = " ".join(text(button) for button in edit.select("footer button"))
    assert f"Stuur opnieuw door naar {REVIEW_WORKFLOW}" in labels, labels
    assert "Goedkeuring" not in labels


NEW_LEAD = "Gemeente Proefdorp belt elke dader binnen een uur, ook in het weekend."


def resubmit_with_a_new_lead(municipal_client, page, nazorg):
    """The editor changes the lead after a change request, saves twice, and resubmits."""
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = example_form_data(nazorg, lead=NEW_LEAD)
    assert municipal_client.post(edit, data).status_code == 302  # a draft in between
    response = municipal_client.post(edit, {**data, "action-submit": "Opnieuw"})
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.fixture
def resubmitted(submitted, municipal_client, bzk_client, nazorg):
    page, task_state = submitted
    bzk_client.post(action_url(page, "reject", task_state), {"comment": "Hoe snel belt u?"})
    resubmit_with_a_new_lead(municipal_client, page, nazorg)
    return page, task_state.revision_id


def test_the_reviewer_compares_with_the_version_they_reviewed(resubmitted, bzk_client):
    page, reviewed_revision_id = resubmitted
    dashboard = parse(bzk_client.get("/admin/"))
    panel = dashboard.select_one('[aria-labelledby="vp-resubmissions-heading"]')
    assert panel is not None
    [compare] = [a for a in panel.select("a") if "Vergelijk met de beoordeelde" in text(a)]
    url = compare["href"]
    assert f"/compare/{reviewed_revision_id}..." in url
    comparison = bzk_client.get(url)
    assert comparison.status_code == 200
    # Wagtail marks the changed words of the lead: the old "dag", the new "uur".
    changes = parse(comparison)
    removed = " ".join(text(part) for part in changes.select(".deletion"))
    added = " ".join(text(part) for part in changes.select(".addition"))
    assert "dag" in removed and "uur" in added, (removed, added)


def test_the_reviewer_gets_the_compare_link_in_the_editor(
    resubmitted, bzk_client, municipal_client
):
    page, reviewed_revision_id = resubmitted
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    messages = parse(bzk_client.get(edit)).select(".messages li")
    links = [a["href"] for message in messages for a in message.select("a")]
    assert any(f"/compare/{reviewed_revision_id}..." in link for link in links), messages
    # The editor who resubmitted gets no such message: it is the reviewer's.
    own = parse(municipal_client.get(edit)).select(".messages li")
    assert not any("opnieuw ingediend" in text(message) for message in own)


def test_a_first_submission_has_nothing_to_compare(submitted, bzk_client):
    dashboard = parse(bzk_client.get("/admin/"))
    assert dashboard.select_one('[aria-labelledby="vp-resubmissions-heading"]') is None
