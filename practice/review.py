"""The reviewer's latest comment where the editor looks: at the top of the page editor and on
their dashboard.

Wagtail keeps the comment on the finished task (TaskState.comment) and shows it only in the
page's history. Only comments of the workflow that is still running count (in review again, or
sent back with a change request); once the page is approved or the workflow cancelled, the
comment no longer applies.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from wagtail.admin import messages as wagtail_messages
from wagtail.admin.ui.components import Component
from wagtail.models import GroupApprovalTask, Page, TaskState, WorkflowState

DASHBOARD_LIMIT = 10


@dataclass
class ReviewComment:
    page: Page
    text: str
    reviewer: str
    decision: str
    finished_at: object

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=(self.page.pk,))


def _comments_of_running_workflows():
    """Finished task states with a comment, of workflows still in progress or sent back."""
    return (
        TaskState.objects.filter(
            workflow_state__status__in=[
                WorkflowState.STATUS_IN_PROGRESS,
                WorkflowState.STATUS_NEEDS_CHANGES,
            ],
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        )
        .exclude(comment="")
        .exclude(finished_at__isnull=True)
    )


def _as_comment(task_state, page):
    reviewer = task_state.finished_by
    name = (reviewer.get_full_name() or reviewer.get_username()) if reviewer else "de redactie"
    decision = (
        "Wijzigingsverzoek" if task_state.status == TaskState.STATUS_REJECTED else "Opmerking"
    )
    return ReviewComment(page, task_state.comment, name, decision, task_state.finished_at)


def latest_review_comment(page):
    task_state = (
        _comments_of_running_workflows()
        .filter(workflow_state__object_id=str(page.pk))
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )
    return _as_comment(task_state, page) if task_state else None


def latest_review_comments_for(user, limit=DASHBOARD_LIMIT):
    """The latest comment on each page that the user owns or sent for review; two queries."""
    # Workflow states store the page id as text.
    own_page_ids = (
        Page.objects.filter(owner=user).annotate(id_text=Cast("pk", CharField())).values("id_text")
    )
    comments = _comments_of_running_workflows().filter(
        Q(workflow_state__requested_by=user) | Q(workflow_state__object_id__in=own_page_ids)
    )
    latest_per_page = (
        comments.filter(workflow_state__object_id=OuterRef("workflow_state__object_id"))
        .order_by("-finished_at")
        .values("pk")[:1]
    )
    task_states = list(
        comments.filter(pk=Subquery(latest_per_page))
        .select_related("finished_by", "workflow_state")
        .order_by("-finished_at")[:limit]
    )
    pages = Page.objects.in_bulk([int(state.workflow_state.object_id) for state in task_states])
    return [
        _as_comment(state, pages[int(state.workflow_state.object_id)])
        for state in task_states
        if int(state.workflow_state.object_id) in pages
    ]


def show_latest_review_comment(request, page):
    """before_edit_page hook: the comment as a message at the top of the editor."""
    if request.method != "GET":
        return None
    comment = latest_review_comment(page)
    if comment is not None:
        messages.warning(
            request,
            format_html(
                "{} van {} ({}): “{}”",
                comment.decision,
                comment.reviewer,
                timezone.localtime(comment.finished_at).strftime("%d-%m-%Y %H:%M"),
                comment.text,
            ),
            extra_tags="vp-review-comment",
        )
    return None


class ReviewCommentsPanel(Component):
    """Dashboard panel: the latest reviewer's comment on each of the editor's own pages."""

    name = "review_comments"
    template_name = "practice/dashboard/review_comments.html"
    order = 205  # Just above Wagtail's "Uw pagina's in een workflow".

    def __init__(self, comments):
        self.comments = comments

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["comments"] = self.comments
        return context


# What changed since the reviewer decided (issue 25). Wagtail's *Vergelijk met vorige versie*
# compares the latest two revisions, which after autosave are two near-identical drafts. The
# version the reviewer saw is the revision of the last finished task of this running review
# (changes requested, or approved in an earlier step); the editor's resubmission is compared to it.


COMPARE_LABEL = "Vergelijk met de beoordeelde versie"


@dataclass
class Resubmission:
    page: Page
    seen_revision_id: int
    current_revision_id: int
    decided_at: object

    @property
    def compare_url(self):
        return reverse(
            "wagtailadmin_pages:revisions_compare",
            args=(self.page.pk, self.seen_revision_id, self.current_revision_id),
        )


def _resubmissions(workflow_states, pages):
    """Resubmissions among running reviews: one query for the tasks that were decided."""
    states = {str(state.pk): state for state in workflow_states}
    decided = (
        TaskState.objects.filter(workflow_state_id__in=list(states), finished_at__isnull=False)
        .exclude(revision=None)
        .order_by("workflow_state_id", "-finished_at")
        .values("workflow_state_id", "revision_id", "finished_at")
    )
    last_seen = {}
    for row in decided:
        last_seen.setdefault(str(row["workflow_state_id"]), row)
    found = []
    for state_id, row in last_seen.items():
        state = states[state_id]
        page = pages.get(int(state.object_id))
        current = state.current_task_state.revision_id if state.current_task_state else None
        if page is not None and current and current != row["revision_id"]:
            found.append(Resubmission(page, row["revision_id"], current, row["finished_at"]))
    return found


def _running_reviews():
    return WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
    ).select_related("current_task_state")


def resubmission_of(page):
    """The page's resubmission in its running review, or None."""
    states = list(_running_reviews().filter(object_id=str(page.pk)))
    found = _resubmissions(states, {page.pk: page})
    return found[0] if found else None


def resubmissions_for(user, limit=DASHBOARD_LIMIT):
    """Resubmitted pages whose current task this user can decide on; three queries."""
    states = list(
        _running_reviews()
        .filter(current_task_state__task__in=_tasks_user_can_moderate(user))
        .order_by("-current_task_state__started_at")[:limit]
    )
    pages = Page.objects.in_bulk([int(state.object_id) for state in states])
    return _resubmissions(states, pages)


def _tasks_user_can_moderate(user):
    tasks = GroupApprovalTask.objects.filter(active=True)
    if not user.is_superuser:
        tasks = tasks.filter(groups__in=user.groups.all())
    return tasks.values("pk")


def show_changes_since_review(request, page):
    """before_edit_page hook: a reviewer opening a resubmitted page gets a link to the changes."""
    if request.method != "GET":
        return None
    task = page.current_workflow_task
    if task is None or not task.specific.get_actions(page, request.user):
        return None  # not (or no longer) this user's review
    resubmission = resubmission_of(page)
    if resubmission is not None:
        wagtail_messages.info(
            request,
            "Deze pagina is opnieuw ingediend. Bekijk wat er veranderd is sinds de vorige "
            "beoordeling.",
            buttons=[wagtail_messages.button(resubmission.compare_url, COMPARE_LABEL)],
        )
    return None


class ResubmissionsPanel(Component):
    """Dashboard panel for reviewers: resubmitted pages, each compared with the version they saw."""

    name = "resubmissions"
    template_name = "practice/dashboard/resubmissions.html"
    order = 215  # Just above Wagtail's "Wacht op jouw beoordeling" (order 220).

    def __init__(self, resubmissions):
        self.resubmissions = resubmissions

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["resubmissions"] = self.resubmissions
        return context
