"""What the link checks remember.

- ``ExternalLink``: one web address used on a live page, with the answer of its last check. A
  failure once may be a hiccup of the other site; BROKEN_AFTER failures in a row mark it broken.
- ``ExternalLinkUse``: which live page uses the address, in which field.
- ``ExternalLinkObjectUse``: which snippet or setting (an "object") uses the address, in which
  field: footer links, contact addresses. Saved is live for these, so every one counts.
- ``LostReference``: a link to a page or document that was deleted. Wagtail drops the reference
  index rows of a deleted target at once, so they are copied here just before; the copy stays
  until the linking page is published again (then the index tells again what it links to).
- ``LostObjectReference``: the same for a link in a snippet or setting, until it is saved again.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

# Failures in a row after which an address counts as broken.
BROKEN_AFTER = 3


class ExternalLinkQuerySet(models.QuerySet):
    def broken(self):
        return self.filter(failures_in_a_row__gte=BROKEN_AFTER)

    def failing(self):
        return self.filter(failures_in_a_row__gt=0)

    def unchecked(self):
        return self.filter(last_checked__isnull=True)


class ExternalLink(models.Model):
    url = models.URLField(
        "webadres",
        max_length=2000,
        unique=True,
        help_text="Het adres zoals het op de pagina staat.",
    )
    host = models.CharField(
        "website", max_length=255, db_index=True, help_text="De naam van de server, zonder pad."
    )
    status_code = models.PositiveSmallIntegerField(
        "HTTP-status",
        null=True,
        blank=True,
        help_text="Het antwoord van de server bij de laatste controle, na doorverwijzingen.",
    )
    error = models.CharField(
        "fout",
        max_length=255,
        blank=True,
        help_text="Waarom er geen antwoord kwam, bijvoorbeeld 'Geen antwoord binnen 5 seconden'.",
    )
    final_url = models.URLField(
        "doorverwezen naar",
        max_length=2000,
        blank=True,
        help_text="Het adres waar de server uiteindelijk naar doorverwees, als dat een ander is.",
    )
    last_checked = models.DateTimeField(
        "laatst gecontroleerd", null=True, blank=True, db_index=True, help_text="Leeg: nog nooit."
    )
    first_failed = models.DateTimeField(
        "fout sinds",
        null=True,
        blank=True,
        help_text="De eerste mislukte controle van de huidige reeks fouten.",
    )
    failures_in_a_row = models.PositiveSmallIntegerField(
        "fouten op rij", default=0, help_text="Mislukte controles na elkaar; 0 als het werkt."
    )

    objects = ExternalLinkQuerySet.as_manager()

    class Meta:
        verbose_name = "externe link"
        verbose_name_plural = "externe links"

    def __str__(self):
        return self.url

    @property
    def is_broken(self):
        return self.failures_in_a_row >= BROKEN_AFTER

    @property
    def status_label(self):
        if self.last_checked is None:
            return "Nog niet gecontroleerd"
        if self.failures_in_a_row == 0:
            return "Werkt"
        if self.is_broken:
            return "Kapot"
        times = "keer" if self.failures_in_a_row == 1 else "keer op rij"
        return f"Mislukt ({self.failures_in_a_row} {times})"

    @property
    def answer(self):
        """The last answer in words: the status code, or why there was none."""
        if self.error:
            return self.error
        return str(self.status_code) if self.status_code else ""

    def record(self, status_code, error, final_url, now=None):
        """Stores the answer of one check; a failure adds to the failures in a row."""
        now = now or timezone.now()
        failed = bool(error) or not (status_code and 200 <= status_code < 300)
        self.status_code = status_code
        self.error = error[:255]
        self.final_url = final_url if final_url != self.url else ""
        self.last_checked = now
        if failed:
            self.failures_in_a_row += 1
            self.first_failed = self.first_failed or now
        else:
            self.failures_in_a_row = 0
            self.first_failed = None
        self.save()


class ExternalLinkUse(models.Model):
    link = models.ForeignKey(
        ExternalLink,
        on_delete=models.CASCADE,
        related_name="uses",
        verbose_name="externe link",
        help_text="Het adres dat de pagina gebruikt.",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="pagina",
        help_text="De gepubliceerde pagina met de link.",
    )
    field = models.CharField(
        "veld", max_length=255, help_text="Waar op de pagina de link staat, bijvoorbeeld 'Inhoud'."
    )

    class Meta:
        verbose_name = "gebruik van een externe link"
        verbose_name_plural = "gebruik van externe links"
        constraints = [
            models.UniqueConstraint(
                fields=["link", "page", "field"], name="links_one_use_per_field"
            )
        ]

    def __str__(self):
        return f"{self.link.url} op pagina {self.page_id}"


class LostReference(models.Model):
    # No database constraint: when a whole subtree is deleted, its pages may still be noted
    # here as linking to each other a moment before they go. Rows of pages that no longer exist
    # are never shown and are cleared by the next check run.
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        verbose_name="pagina",
        help_text="De pagina die naar het verwijderde doel linkt.",
    )
    field = models.CharField("veld", max_length=255, help_text="Waar op de pagina de link staat.")
    target_kind = models.CharField("soort doel", max_length=40, help_text="Pagina of Document.")
    target_id = models.CharField("id van het doel", max_length=255, help_text="Het oude id.")
    target_title = models.CharField(
        "titel van het doel", max_length=255, help_text="De titel vlak voor het verwijderen."
    )
    deleted_at = models.DateTimeField(
        "verwijderd op", default=timezone.now, help_text="Wanneer het doel verwijderd werd."
    )

    class Meta:
        verbose_name = "link naar iets verwijderds"
        verbose_name_plural = "links naar iets verwijderds"
        constraints = [
            models.UniqueConstraint(
                fields=["page", "field", "target_kind", "target_id"],
                name="links_one_lost_reference_per_field",
            )
        ]

    def __str__(self):
        return f"{self.target_title} (verwijderd) op pagina {self.page_id}"


class ObjectUse(models.Model):
    """Points at a snippet or setting by its type and id, as the reference index does."""

    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="soort",
        help_text="Het soort fragment of instelling met de link.",
    )
    object_id = models.CharField(
        "id", max_length=255, help_text="Het id van het fragment of de instelling."
    )

    class Meta:
        abstract = True


class ExternalLinkObjectUse(ObjectUse):
    link = models.ForeignKey(
        ExternalLink,
        on_delete=models.CASCADE,
        related_name="object_uses",
        verbose_name="externe link",
        help_text="Het adres dat het fragment of de instelling gebruikt.",
    )
    field = models.CharField(
        "veld", max_length=255, help_text="In welk veld de link staat, bijvoorbeeld 'Servicelinks'."
    )

    class Meta:
        verbose_name = "gebruik van een externe link in een fragment of instelling"
        verbose_name_plural = "gebruik van externe links in fragmenten en instellingen"
        constraints = [
            models.UniqueConstraint(
                fields=["link", "content_type", "object_id", "field"],
                name="links_one_object_use_per_field",
            )
        ]

    def __str__(self):
        return f"{self.link.url} in {self.content_type_id}/{self.object_id}"


class LostObjectReference(ObjectUse):
    field = models.CharField("veld", max_length=255, help_text="In welk veld de link staat.")
    target_kind = models.CharField("soort doel", max_length=40, help_text="Pagina of Document.")
    target_id = models.CharField("id van het doel", max_length=255, help_text="Het oude id.")
    target_title = models.CharField(
        "titel van het doel", max_length=255, help_text="De titel vlak voor het verwijderen."
    )
    deleted_at = models.DateTimeField(
        "verwijderd op", default=timezone.now, help_text="Wanneer het doel verwijderd werd."
    )

    class Meta:
        verbose_name = "link in een fragment of instelling naar iets verwijderds"
        verbose_name_plural = "links in fragmenten en instellingen naar iets verwijderds"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "target_kind", "target_id"],
                name="links_one_lost_object_reference_per_field",
            )
        ]

    def __str__(self):
        return f"{self.target_title} (verwijderd) in {self.content_type_id}/{self.object_id}"
