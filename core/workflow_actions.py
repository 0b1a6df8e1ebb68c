"""A message after a workflow action (issue 25).

Wagtail's dashboard panel *Wacht op jouw beoordeling* approves or requests changes and reloads the
dashboard without a word, so a reviewer could not tell whether it worked. This view is Wagtail's
own, at the same address (veiligpubliek/urls.py puts it first), plus a success message.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.pages.workflow import WorkflowActionView

DONE = {
    "approve": "'{title}' is goedgekeurd.",
    "reject": "Je hebt wijzigingen gevraagd voor '{title}'. De redacteur ziet je opmerking.",
}


class WorkflowActionWithMessageView(WorkflowActionView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        # A form with errors answers with the modal again (step "action"): nothing was done yet.
        task_state = type(self.task_state).objects.get(pk=self.task_state.pk)
        if task_state.status != task_state.STATUS_IN_PROGRESS:
            title = get_latest_str(self.object)
            message = DONE.get(self.action_name, "'{title}' is bijgewerkt.")
            messages.success(request, message.format(title=title))
        return response


urlpatterns = [
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        never_cache(require_admin_access(WorkflowActionWithMessageView.as_view())),
    ),
]
