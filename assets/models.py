"""The site's own image and document models.

They exist from the first migration so that fields can be added later without swapping models on
a live database.
"""

from contextlib import contextmanager

from django.db import models
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.images.models import AbstractImage, AbstractRendition, SourceImageIOError
from wagtail.images.models import Image as WagtailImage
from wagtail.search import index

from pagecache.policy import mark_page_incomplete

from .storage import STORAGE_OUTAGES, is_storage_outage


class CustomImage(AbstractImage):
    credit = models.CharField(
        "maker of bron",
        max_length=255,
        blank=True,
        help_text="Wie maakte de foto of illustratie, bijvoorbeeld 'Foto: Jan Jansen'.",
    )

    admin_form_fields = (*WagtailImage.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = "afbeelding"
        verbose_name_plural = "afbeeldingen"

    @contextmanager
    def open_file(self):
        """As Wagtail, but a storage that does not answer counts as a missing source file: the
        page shows no picture instead of failing (Wagtail's tags then give an empty rendition),
        and the page cache does not keep that page."""
        try:
            with super().open_file() as image_file:
                yield image_file
        except STORAGE_OUTAGES as error:
            if not is_storage_outage(error):
                raise
            mark_page_incomplete()
            raise SourceImageIOError(f"De opslag antwoordt niet: {error}") from error

    def find_existing_renditions(self, *filters):
        """As Wagtail, but renditions found in the cache are marked as such. Wagtail marks only
        prefetched ones, so get_renditions() wrote every cached rendition back to the cache on
        every page view (six writes for one picture)."""
        if self._get_prefetched_renditions() is not None:
            return super().find_existing_renditions(*filters)
        Rendition = self.get_rendition_model()
        keys = {
            Rendition.construct_cache_key(self, item.get_cache_key(self), item.spec): item
            for item in filters
        }
        found = {}
        for key, rendition in Rendition.cache_backend.get_many(list(keys)).items():
            rendition.image = self  # as Wagtail does, for this instance's own properties
            rendition._from_cache = True
            found[keys[key]] = rendition
        missing = [item for item in filters if item not in found]
        if missing:
            found.update(super().find_existing_renditions(*missing))
        return found


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class DocumentCategory(models.TextChoices):
    HANDREIKING = "handreiking", "Handreiking"
    VOORBEELD = "voorbeeld", "Voorbeeld"
    CHECKLIST = "checklist", "Checklist"
    FACTSHEET = "factsheet", "Factsheet"
    ONDERZOEK = "onderzoek", "Onderzoek"


class CustomDocument(AbstractDocument):
    category = models.CharField(
        "soort document",
        max_length=32,
        choices=DocumentCategory.choices,
        blank=True,
        help_text="Bepaalt onder welke soort het document in de documentenbibliotheek staat.",
    )
    description = models.TextField(
        "omschrijving",
        blank=True,
        help_text="Eén of twee zinnen: wat staat erin en voor wie is het bedoeld?",
    )
    theme = models.ForeignKey(
        "themes.ThemePage",
        verbose_name="thema",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
        help_text="Het thema waar dit document het meest bij hoort. Gebruikt als filter in de bibliotheek.",
    )
    publication_date = models.DateField(
        "publicatiedatum",
        null=True,
        blank=True,
        help_text="De datum waarop deze versie van het document verscheen.",
    )

    admin_form_fields = (
        *WagtailDocument.admin_form_fields,
        "category",
        "theme",
        "description",
        "publication_date",
    )

    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("description"),
        index.FilterField("category"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = "document"
        verbose_name_plural = "documenten"

    def save(self, *args, **kwargs):
        # Store the size once, so that listings never have to open files (or write) to show it.
        if self.file and self.file_size is None:
            try:
                self.file_size = self.file.size
            except OSError:
                self.file_size = None
        super().save(*args, **kwargs)

    @property
    def file_type(self):
        """The file type as visitors know it, e.g. 'PDF'."""
        return (self.file_extension or "").upper()

    @property
    def file_size_display(self):
        """The size in Dutch notation, e.g. '245 kB' or '1,2 MB'."""
        size = self.file_size
        if size is None:
            return ""
        if size < 1024 * 1024:
            return f"{max(1, round(size / 1024))} kB"
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")

    def clean(self):
        # Without a file the form's own message says what is wrong with the upload (an empty
        # name would add a second, false one: "Bestandsextensie '' is niet toegestaan").
        if self.file:
            super().clean()
