"""Admin panels every page type shares."""

from wagtail.admin.panels import Panel


class PublishingSchedulePanel(Panel):
    """The go-live and expiry dates of the page, read-only on the *Eigenschappen* tab, with a
    button that opens Wagtail's own scheduling dialog (where the dates are changed)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "core/panels/publishing_schedule.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["go_live_at"] = getattr(self.instance, "go_live_at", None)
            context["expire_at"] = getattr(self.instance, "expire_at", None)
            return context
