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
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

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
