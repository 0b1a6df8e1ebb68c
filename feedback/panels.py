"""The page editor's tab *Reacties van bezoekers*: what visitors answered about the page being
edited, where the editor works (issue 25).

Wagtail 8 has no public way to add a side panel next to *Controles* or *Status* (the edit view
builds that list itself), so this is a read-only panel on a tab of its own. The tab is added to
every page type that asks for feedback from here (FeedbackConfig.ready()), through the page
model's documented ``edit_handler``, so the page apps do not need to know this app.
"""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import ObjectList, Panel, TabbedInterface

from .access import may_see_feedback
from .models import PageFeedback
from .report import label_months

TAB_HEADING = "Reacties van bezoekers"
MONTHS_SHOWN = 6
COMMENTS_SHOWN = 5


def month_starts(count, now=None):
    """The first moments of this month and the count - 1 months before, in the site's time zone,
    newest first."""
    start = timezone.localtime(now).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    starts = [start]
    for _ in range(count - 1):
        # The time zone gives each first day its own offset (summer or winter time).
        starts.append((starts[-1] - datetime.timedelta(days=1)).replace(day=1))
    return starts


def feedback_summary(page, now=None):
    """The page's answers in the last MONTHS_SHOWN months (a row per month, also without answers)
    and its newest comments: two queries, however many answers there are."""
    starts = month_starts(MONTHS_SHOWN, now)
    answers = PageFeedback.objects.filter(page=page)
    recent = answers.filter(given_at__gte=starts[-1]).per_month()
    found = {row["month_iso"]: row for row in label_months(list(recent))}
    nothing = [{"month": start, "yes": 0, "no": 0, "comments": 0} for start in starts]
    months = [found.get(row["month_iso"], row) for row in label_months(nothing)]
    yes = sum(month["yes"] for month in months)
    no = sum(month["no"] for month in months)
    comments = answers.with_comment().order_by("-given_at").values("given_at", "comment")
    return {
        "months": months,
        "yes": yes,
        "no": no,
        "share_yes": round(100 * yes / (yes + no)) if yes + no else None,
        "comments": list(comments[:COMMENTS_SHOWN]),
    }


class VisitorFeedbackPanel(Panel):
    """Read-only: the yes and no per month, the share of yes, the newest comments and the way to
    the page's full report. Shown only to who may see the page's feedback (feedback/access.py), on
    an existing page whose type asks for it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "feedback/panels/visitor_feedback.html"

        def is_shown(self):
            if not hasattr(self, "_shown"):
                page = self.instance
                self._shown = bool(
                    page is not None
                    and page.pk
                    and getattr(page, "asks_for_feedback", False)
                    and self.request is not None
                    and may_see_feedback(self.request.user, page)
                )
            return self._shown

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            report_url = reverse("feedback_admin:page", args=[self.instance.pk])
            context.update(
                feedback_summary(self.instance),
                months_shown=MONTHS_SHOWN,
                report_url=report_url,
                csv_url=f"{report_url}?export=csv",
                retention_days=settings.FEEDBACK_COMMENT_RETENTION_DAYS,
            )
            return context


def feedback_tab():
    return ObjectList(
        [VisitorFeedbackPanel(heading="Was deze informatie nuttig?", icon="comment")],
        heading=TAB_HEADING,
    )


def edit_handler_with_feedback_tab(model):
    """The page type's own tabs (Wagtail's: content, promote, settings, unless the type sets an
    edit_handler) and the feedback tab after them."""
    if hasattr(model, "edit_handler"):
        own = model.edit_handler
        return TabbedInterface(
            [*own.children, feedback_tab()],
            heading=own.heading,
            classname=own.classname,
            help_text=own.help_text,
            base_form_class=own.base_form_class,
        )
    tabs = [
        ObjectList(panels, heading=heading)
        for panels, heading in (
            (model.content_panels, gettext_lazy("Content")),
            (model.promote_panels, gettext_lazy("Promote")),
            (model.settings_panels, gettext_lazy("Settings")),
        )
        if panels
    ]
    return TabbedInterface([*tabs, feedback_tab()], base_form_class=model.base_form_class)


def add_feedback_tab(page_models):
    """Gives every page type that asks for feedback the tab. All new edit handlers are made before
    any is set, so a subclass does not inherit its parent's new one."""
    new_handlers = {
        model: edit_handler_with_feedback_tab(model)
        for model in page_models
        if getattr(model, "asks_for_feedback", False)
    }
    for model, handler in new_handlers.items():
        model.edit_handler = handler
