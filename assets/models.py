"""The site's own image and document models.

They exist from the first migration so that fields can be added later without swapping models on
a live database.
"""

from contextlib import contextmanager

from django.conf import settings
from django.db import models
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.images.models import AbstractImage, AbstractRendition, SourceImageIOError
from wagtail.images.models import Image as WagtailImage
from wagtail.models import Collection
from wagtail.search import index

from pagecache.policy import mark_page_incomplete

from .storage import STORAGE_OUTAGES, is_storage_outage


class CustomImage(AbstractImage):
    # Wagtail's field, explained: it is the alt text of the image on every page (core/page_images.py,
    # core/blocks/media.py). Wagtail's multiple uploader asked for it in every row, also above
    # the reason a failed upload failed; now this help text asks, next to the field (issue 25).
    description = models.CharField(
        "beschrijving (alternatieve tekst)",
        max_length=255,
        blank=True,
        default="",
        help_text=(
            "Beschrijf in één zin wat er op de afbeelding te zien is, voor wie haar niet kan zien. "
            "Schermlezers lezen deze tekst voor. Leeg laten mag alleen bij een afbeelding die "
            "alleen versiert."
        ),
    )
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


class DocumentLicence(models.TextChoices):
    CC0 = "cc0-1.0", "CC0 1.0: vrij te gebruiken, zonder voorwaarden"
    CC_BY = "cc-by-4.0", "CC BY 4.0: vrij te gebruiken, met naamsvermelding"
    RESERVED = "voorbehouden", "Alle rechten voorbehouden: vraag de eigenaar om toestemming"


# Each licence's short name and where visitors read it (nowhere for the rights the owner keeps).
LICENCE_NAMES = {
    DocumentLicence.CC0: "CC0 1.0",
    DocumentLicence.CC_BY: "CC BY 4.0",
    DocumentLicence.RESERVED: "Alle rechten voorbehouden",
}
LICENCE_URLS = {
    DocumentLicence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
    DocumentLicence.CC_BY: "https://creativecommons.org/licenses/by/4.0/deed.nl",
}


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
    owner = models.CharField(
        "eigenaar",
        max_length=160,
        blank=True,
        help_text=(
            "De organisatie die over het document gaat. Leeg laten: het ministerie, of bij een "
            "upload van een gemeente die gemeente (de naam van haar collectie)."
        ),
    )
    licence = models.CharField(
        "licentie",
        max_length=32,
        choices=DocumentLicence.choices,
        default=DocumentLicence.CC0,
        blank=True,
        help_text=(
            "Wat anderen met het document mogen doen. Onze eigen documenten zijn CC0 (ook als je "
            "dit leeg laat). Kies iets anders als een ander de rechten heeft."
        ),
    )

    admin_form_fields = (
        *WagtailDocument.admin_form_fields,
        "category",
        "theme",
        "description",
        "publication_date",
        "owner",
        "licence",
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
        # An upload that names neither (the multiple uploader, a script) gets the defaults.
        if not self.owner.strip():
            self.owner = default_owner(self.collection_id)
        if not self.licence:
            self.licence = DocumentLicence.CC0
        # Store the size once, so that listings never have to open files (or write) to show it.
        if self.file and self.file_size is None:
            try:
                self.file_size = self.file.size
            except OSError:
                self.file_size = None
        super().save(*args, **kwargs)

    @property
    def licence_name(self):
        return LICENCE_NAMES.get(self.licence, "")

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

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


def default_owner(collection_id):
    """The owner of a document nobody named one for: the municipality whose collection (below
    settings.UNREVIEWED_DOCUMENT_COLLECTIONS) holds it, otherwise the ministry."""
    collection = Collection.objects.filter(pk=collection_id).first() if collection_id else None
    if collection is not None:
        uploads = Collection.objects.filter(name__in=settings.UNREVIEWED_DOCUMENT_COLLECTIONS)
        for parent in uploads:
            if collection.path.startswith(parent.path) and collection.depth > parent.depth:
                return collection.name
    return settings.DOCUMENT_DEFAULT_OWNER
