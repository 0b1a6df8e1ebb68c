"""The jargon list: words editors should avoid, each with a plain alternative. Managed by the
editors of BZK under Instellingen > Jargonlijst; the readability check marks these words."""

from django.db import models
from django.db.models.functions import Lower
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class JargonTerm(index.Indexed, models.Model):
    word = models.CharField(
        "woord",
        max_length=60,
        help_text="Het woord zoals het in de tekst staat, bijvoorbeeld 'faciliteren'. "
        "Hoofdletters maken niet uit.",
    )
    alternative = models.CharField(
        "gewoon alternatief",
        max_length=200,
        help_text="Wat je beter kunt schrijven, bijvoorbeeld 'helpen' of 'mogelijk maken'.",
    )
    note = models.CharField(
        "toelichting",
        max_length=300,
        blank=True,
        help_text="Optioneel: wanneer het woord wel mag, of waarom het lastig is.",
    )

    panels = [FieldPanel("word"), FieldPanel("alternative"), FieldPanel("note")]
    search_fields = [index.SearchField("word"), index.AutocompleteField("word")]

    class Meta:
        verbose_name = "jargonwoord"
        verbose_name_plural = "jargonlijst"
        ordering = [Lower("word")]
        constraints = [
            models.UniqueConstraint(
                Lower("word"),
                name="readability_jargon_word_unique",
                violation_error_message="Dit woord staat al in de jargonlijst.",
            ),
        ]

    def __str__(self):
        return f"{self.word} → {self.alternative}"

    def clean(self):
        self.word = " ".join(self.word.split())

    @classmethod
    def as_dict(cls):
        return dict(cls.objects.values_list("word", "alternative"))
