"""BZK's review task: approving asks for confirmation, as requesting changes does.

Wagtail's group approval task offers *Goedkeuren* as a button that publishes at once, from the
dashboard as well as from the page editor. Here both actions open Wagtail's own workflow action
modal first (with an optional comment), so that a reviewer never publishes by a stray click.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask


class ReviewTask(GroupApprovalTask):
    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            # The third element asks Wagtail for the modal: a confirmation with a comment field.
            return [("reject", _("Request changes"), True), ("approve", _("Approve"), True)]
        return []

    class Meta:
        verbose_name = "Beoordeling door een groep (met bevestiging)"
        verbose_name_plural = "Beoordelingen door een groep (met bevestiging)"
