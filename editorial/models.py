"""One review record per page: who owns it and when someone checks it again.

A separate model keyed by page, not fields on core's SitePage: SitePage is abstract, so fields
there would mean a migration and a column in every page app; this table covers every page type
(Wagtail's own pages included) at once, and a revision or a restored version never touches it.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.log_actions import log

from .periods import DUE_SOON_DAYS, next_review_after

REVIEWED_ACTION = "editorial.reviewed"


class PageReviewQuerySet(models.QuerySet):
    def due(self, today=None):
        """Live pages that are overdue, or up for review within DUE_SOON_DAYS."""
        today = today or timezone.localdate()
        return self.filter(
            page__live=True, next_review__lte=today + datetime.timedelta(days=DUE_SOON_DAYS)
        )

    def for_pages(self, pages):
        return self.filter(page__in=pages.values("pk"))


class PageReview(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="review",
        verbose_name="pagina",
        help_text="De pagina die deze beoordelingsdatum heeft.",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="owned_page_reviews",
        verbose_name="eigenaar",
        help_text="De redacteur die de pagina inhoudelijk bijhoudt en de herinnering krijgt.",
    )
    team_name = models.CharField(
        "team",
        max_length=120,
        blank=True,
        help_text="Of een team als eigenaar, bijvoorbeeld 'Redactie BZK'.",
    )
    team_email = models.EmailField(
        "e-mailadres van het team",
        blank=True,
        help_text="Hier komt de herinnering binnen als een team de eigenaar is.",
    )
    next_review = models.DateField(
        "volgende beoordeling",
        null=True,
        blank=True,
        db_index=True,
        help_text="Op deze datum controleer je of de pagina nog klopt. Leeg: nooit.",
    )
    last_reviewed = models.DateField(
        "laatst beoordeeld",
        null=True,
        blank=True,
        help_text="Wanneer iemand de pagina voor het laatst heeft gecontroleerd.",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="beoordeeld door",
        help_text="Wie de pagina voor het laatst heeft gecontroleerd.",
    )
    reminded_for = models.DateField(
        "herinnering gestuurd voor",
        null=True,
        blank=True,
        help_text="De beoordelingsdatum waarvoor de eigenaar al een herinnering kreeg.",
    )

    objects = PageReviewQuerySet.as_manager()

    class Meta:
        verbose_name = "beoordelingsdatum"
        verbose_name_plural = "beoordelingsdata"

    def __str__(self):
        return f"{self.page.title}: {self.next_review or 'geen beoordeling'}"

    def clean(self):
        if self.team_email and not self.team_name:
            raise ValidationError({"team_name": "Geef het team een naam."})

    @property
    def owner_name(self):
        if self.team_name:
            return self.team_name
        if self.owner:
            return self.owner.get_full_name() or self.owner.get_username()
        return ""

    @property
    def reminder_address(self):
        """Where the reminder goes: the team's address, else the owner's."""
        return self.team_email or (self.owner.email if self.owner else "")

    def is_overdue(self, today=None):
        return self.next_review is not None and self.next_review < (today or timezone.localdate())

    def mark_reviewed(self, user, today=None):
        """Checked, nothing changed: the next date moves by the type's period; logged."""
        today = today or timezone.localdate()
        self.last_reviewed = today
        self.reviewed_by = user
        self.next_review = next_review_after(today, self.page.cached_content_type)
        self.save(update_fields=["last_reviewed", "reviewed_by", "next_review"])
        log(
            instance=self.page,
            action=REVIEWED_ACTION,
            user=user,
            data={"next_review": self.next_review.isoformat() if self.next_review else None},
        )
