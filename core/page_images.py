"""The optional image at the top of a page (home page, theme pages, practice examples)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class PageImageMixin(models.Model):
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name="afbeelding",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Optioneel: een foto of illustratie bij de pagina. De alternatieve tekst is de "
            "beschrijving die je bij de afbeelding invult."
        ),
    )
    image_decorative = models.BooleanField(
        "afbeelding is alleen versiering",
        default=False,
        help_text=(
            "Aanvinken als de afbeelding niets toevoegt aan de tekst. Schermlezers slaan haar "
            "dan over."
        ),
    )

    class Meta:
        abstract = True

    # Left out of the page form for editors who may not choose images (core/forms.py).
    image_choice_fields = ("image", "image_decorative")

    @classmethod
    def image_panel(cls):
        return MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_decorative")], heading="Afbeelding"
        )

    @property
    def image_alt(self):
        """Empty for a decorative image: screen readers skip it."""
        if self.image_decorative or not self.image:
            return ""
        return self.image.description

    def clean(self):
        super().clean()
        if self.image and not self.image_decorative and not self.image.description.strip():
            raise ValidationError(
                {
                    "image": (
                        "Deze afbeelding heeft nog geen beschrijving. Vul bij de afbeelding een "
                        "beschrijving in, of vink aan dat ze alleen versiering is."
                    )
                }
            )
