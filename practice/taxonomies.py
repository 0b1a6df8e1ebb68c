"""The terms of the practice example filters, managed by editors as snippets."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class Taxonomy(Orderable):
    """A term editors manage as a snippet, used as a filter on the listing.

    The slug is what appears in the filter address (?provincie=utrecht), so it stays stable when
    the name changes.
    """

    name = models.CharField("naam", max_length=80, unique=True)
    slug = models.SlugField(
        "code in het webadres",
        max_length=80,
        unique=True,
        help_text=(
            "Kleine letters, cijfers en streepjes, bijvoorbeeld 'zuid-holland'. Verander dit "
            "liever niet: bestaande links met dit filter werken dan niet meer."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class OrganisationType(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = "soort organisatie"
        verbose_name_plural = "soorten organisatie"


class Province(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = "provincie"
        verbose_name_plural = "provincies"


class AggressionType(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = "soort agressie"
        verbose_name_plural = "soorten agressie"


class WorkSetting(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = "werksituatie"
        verbose_name_plural = "werksituaties"
