"""Text blocks: headings, paragraphs, quotes and tables."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock

from core.rich_text import sanitise

# The rich text features the site styles. Headings are a block of their own, so that the
# heading order stays under control.
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class SafeRichTextBlock(blocks.RichTextBlock):
    """A rich text block whose HTML is cleaned on the way in and out (see core/rich_text.py)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def to_python(self, value):
        return super().to_python(sanitise(value, self.features))

    def get_prep_value(self, value):
        return sanitise(super().get_prep_value(value), self.features)


class HeadingValue(blocks.StructValue):
    @property
    def anchor(self):
        return slugify(self.get("text") or "")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Tekst", max_length=120)
    level = blocks.ChoiceBlock(
        label="Niveau",
        choices=[
            ("h2", "Kop 2"),
            ("h3", "Kop 3 (onder een kop 2)"),
            ("h4", "Kop 4 (onder een kop 3)"),
        ],
        default="h2",
        help_text="Kop 1 is de paginatitel. Begin een onderdeel met kop 2.",
    )

    class Meta:
        template = "blocks/heading.html"
        icon = "title"
        label = "Tussenkop"
        description = "Een tussenkop die de tekst in onderdelen verdeelt."
        value_class = HeadingValue
        preview_value = {"text": "Wat kunt u doen?", "level": "h2"}


class ParagraphBlock(SafeRichTextBlock):
    class Meta:
        template = "blocks/paragraph.html"
        icon = "pilcrow"
        label = "Tekst"
        description = "Gewone tekst met vet, cursief, lijsten en links."
        preview_value = (
            "<p>Een medewerker die wordt uitgescholden, heeft recht op steun. "
            "<b>Bespreek het incident</b> dezelfde dag nog.</p>"
            "<ul><li>Luister eerst.</li><li>Vraag wat de medewerker nodig heeft.</li></ul>"
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Citaat", max_length=600)
    name = blocks.CharBlock(label="Naam", required=False, max_length=120)
    role = blocks.CharBlock(label="Functie of rol", required=False, max_length=160)

    class Meta:
        template = "blocks/quote.html"
        icon = "openquote"
        label = "Citaat"
        description = "Een uitspraak van iemand uit de praktijk, met naam en rol."
        preview_value = {
            "text": "Sinds we elk incident bespreken, melden collega's veel vaker.",
            "name": "Sanne de Vries",
            "role": "teamleider publiekszaken",
        }


class TableBlock(TypedTableBlock):
    """A data table with column headings and a required caption."""

    def __init__(self, local_blocks=None, **kwargs):
        local_blocks = local_blocks or [
            ("text", blocks.CharBlock(label="Tekst")),
            (
                "rich_text",
                SafeRichTextBlock(label="Tekst met opmaak"),
            ),
            ("number", blocks.DecimalBlock(label="Getal")),
        ]
        super().__init__(local_blocks, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not (value.caption or "").strip():
            raise ValidationError(
                "Geef de tabel een bijschrift, zodat iedereen weet waar de tabel over gaat."
            )
        if not value.columns:
            raise ValidationError("Voeg ten minste één kolom met een kop toe.")
        return value

    class Meta:
        template = "blocks/table.html"
        icon = "table"
        label = "Tabel"
        description = (
            "Een tabel met kolomkoppen en een bijschrift. Alleen voor gegevens, niet voor opmaak."
        )
        preview_value = {
            "caption": "Gedrag volgens de norm",
            "columns": [
                {"type": "text", "heading": "Soort gedrag"},
                {"type": "text", "heading": "Voorbeeld"},
            ],
            "rows": [
                {"values": ["Gewenst", "Beleefd een vraag stellen"]},
                {"values": ["Acceptabel", "Boos zijn of kritiek geven"]},
                {"values": ["Onacceptabel", "Schelden, dreigen of slaan"]},
            ],
        }


class SummaryPointBlock(blocks.CharBlock):
    """One line of the box "In het kort" at the top of a topic page."""

    def __init__(self, **kwargs):
        super().__init__(max_length=240, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if "\n" in value or "\r" in value:
            raise ValidationError("Schrijf een kernpunt als één zin, zonder nieuwe regel.")
        return value

    class Meta:
        template = "blocks/summary_point.html"
        icon = "tick"
        label = "Kernpunt"
        description = "Eén kernpunt in het kader 'In het kort', in één korte zin."
        preview_value = "Reageer binnen 48 uur namens de organisatie naar de dader."
