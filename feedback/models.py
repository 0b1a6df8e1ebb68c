"""A visitor's answer to "Was deze informatie nuttig?" on one page, with an optional comment.

Nothing about the visitor is kept: no address, no cookie, no session; only the page, the answer,
the moment and what they wrote (without contact details, feedback/scrub.py). The page is not
counted when it is viewed, only when someone answers. A comment is deleted after
FEEDBACK_COMMENT_RETENTION_DAYS; the answer stays for the counts per month.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from .scrub import without_contact_details

COMMENT_MAX_LENGTH = 500


class PageFeedbackQuerySet(models.QuerySet):
    def for_pages(self, pages):
        return self.filter(page__in=pages.values("pk"))

    def with_comment(self):
        return self.exclude(comment="")

    def per_month(self):
        """One row per page and month: {"page", "page__title", "month", "yes", "no", "comments"},
        newest month first."""
        return (
            self.annotate(month=TruncMonth("given_at"))
            .values("page", "page__title", "month")
            .annotate(
                yes=Count("pk", filter=Q(useful=True)),
                no=Count("pk", filter=Q(useful=False)),
                comments=Count("pk", filter=~Q(comment="")),
            )
            .order_by("-month", "page__title", "page")
        )

    def delete_old_comments(self, now=None):
        """Empties the comments older than the retention period; returns how many."""
        days = settings.FEEDBACK_COMMENT_RETENTION_DAYS
        cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
        return self.with_comment().filter(given_at__lt=cutoff).update(comment="")


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="visitor_feedback",
        verbose_name="pagina",
        help_text="De pagina waarover de bezoeker iets zei.",
    )
    useful = models.BooleanField(
        "nuttig", help_text="Ja of nee op de vraag 'Was deze informatie nuttig?'."
    )
    comment = models.TextField(
        "toelichting",
        max_length=COMMENT_MAX_LENGTH,
        blank=True,
        help_text="Wat de bezoeker na 'Nee' schreef, zonder e-mailadressen en telefoonnummers.",
    )
    given_at = models.DateTimeField(
        "gegeven op",
        default=timezone.now,
        db_index=True,
        help_text="Wanneer de bezoeker antwoordde.",
    )

    objects = PageFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = "reactie van een bezoeker"
        verbose_name_plural = "reacties van bezoekers"
        indexes = [models.Index(fields=["page", "given_at"])]

    def __str__(self):
        return f"{'Ja' if self.useful else 'Nee'} op pagina {self.page_id}"

    def save(self, *args, **kwargs):
        # Every way in stores the comment without contact details, not only the visitor's form.
        self.comment = without_contact_details(self.comment.strip())[:COMMENT_MAX_LENGTH]
        super().save(*args, **kwargs)

    def add_comment(self, text):
        """A comment on a "Nee", once: a second one (the form sent again) changes nothing."""
        if self.useful or self.comment or not text.strip():
            return False
        self.comment = text
        self.save(update_fields=["comment"])
        return bool(self.comment)
