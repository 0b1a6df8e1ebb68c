"""The blocks editors build the two "Wat nu?" pages from: the employee's steps, each with numbers
to call and links to the site's deeper pages, and the manager's moments, each a checklist."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from core.blocks.text import SafeRichTextBlock

from .phone import dialled_digits, tel_href

# Short texts that fit a phone screen: no headings, tables or downloads.
SHORT_TEXT_FEATURES = ["bold", "ul", "ol", "link"]
STEP_TEXT_MAX_LENGTH = 600
MAX_LINKS = 3


def links_block(help_text):
    return blocks.ListBlock(
        blocks.PageChooserBlock(label="Pagina"),
        label="Lees verder",
        default=[],
        max_num=MAX_LINKS,
        help_text=help_text,
    )


def refuse_repeated_links(value):
    """A page linked twice from one step or moment is a slip; say so at the links."""
    ids = [page.pk for page in value.get("links") or [] if page is not None]
    if len(ids) != len(set(ids)):
        message = "Je hebt een pagina twee keer gekozen. Kies elke pagina maar één keer."
        raise StructBlockValidationError({"links": ValidationError(message)})


class LinksValue(blocks.StructValue):
    @property
    def live_links(self):
        """The chosen pages that visitors can open (a page may be unpublished since)."""
        return [page for page in self.get("links") or [] if page is not None and page.live]


class StepValue(LinksValue):
    @property
    def urgent_calls(self):
        """Shown above the text: in danger, the number comes first."""
        return [call for call in self.get("calls") or [] if call.get("urgent")]

    @property
    def other_calls(self):
        return [call for call in self.get("calls") or [] if not call.get("urgent")]


class CallValue(blocks.StructValue):
    @property
    def href(self):
        return tel_href(self.get("number"))


class CallBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label="Wie bel je",
        max_length=60,
        help_text="Bijvoorbeeld 'Alarmnummer' of 'Politie, als het geen spoed heeft'.",
    )
    number = blocks.CharBlock(
        label="Telefoonnummer",
        max_length=25,
        help_text="Zoals je het schrijft, bijvoorbeeld 112 of 0900-8844. De link belt het direct.",
    )
    urgent = blocks.BooleanBlock(
        label="Spoed",
        required=False,
        help_text="Een spoednummer staat bovenaan de stap en valt op. Alleen voor 112.",
    )

    def clean(self, value):
        value = super().clean(value)
        try:
            dialled_digits(value.get("number"))
        except ValidationError as error:
            raise StructBlockValidationError({"number": error}) from None
        return value

    class Meta:
        template = "whatnow/blocks/call_block.html"
        icon = "mobile-alt"
        label = "Bellen"
        description = "Een telefoonnummer dat de bezoeker met één tik belt."
        value_class = CallValue
        preview_value = {"label": "Alarmnummer", "number": "112", "urgent": True}


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label="Titel",
        max_length=60,
        help_text="Een korte vraag of opdracht, zoals 'Nog in gevaar?' of 'Doe aangifte'.",
    )
    text = SafeRichTextBlock(
        label="Korte tekst",
        features=SHORT_TEXT_FEATURES,
        max_length=STEP_TEXT_MAX_LENGTH,
        help_text=(
            "Wat de medewerker nu doet, in korte zinnen (taalniveau B1). De stap moet op één "
            "telefoonscherm passen."
        ),
    )
    calls = blocks.ListBlock(
        CallBlock(),
        label="Bellen",
        default=[],
        max_num=3,
        help_text="Optioneel: nummers om te bellen. Een spoednummer komt boven de tekst, de rest eronder.",
    )
    links = links_block("Optioneel: pagina's van deze site met meer uitleg over deze stap.")
    note_button = blocks.BooleanBlock(
        label="Knop naar het verslag",
        required=False,
        help_text=(
            "Zet dit aan bij de stap over opschrijven wat er gebeurde: de stap krijgt dan een "
            "knop naar het formulier voor het verslag (de pagina onder deze pagina)."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        refuse_repeated_links(value)
        return value

    class Meta:
        template = "whatnow/blocks/step_block.html"
        icon = "list-ol"
        label = "Stap"
        description = "Eén stap voor de medewerker: een titel, een korte tekst, nummers en links."
        value_class = StepValue
        preview_value = {
            "title": "Bent u nog in gevaar?",
            "text": "<p>Ga weg als dat kan. Haal een collega of druk op de alarmknop.</p>",
            "calls": [{"label": "Alarmnummer", "number": "112", "urgent": True}],
            "links": [],
            "note_button": False,
        }


class MomentBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label="Moment",
        max_length=60,
        help_text="Wanneer of waarover, in een paar woorden: 'Het eerste uur', 'Aangifte'.",
    )
    text = SafeRichTextBlock(
        label="Korte uitleg",
        features=SHORT_TEXT_FEATURES,
        max_length=400,
        required=False,
        help_text="Optioneel: één of twee zinnen boven de afvinklijst.",
    )
    tasks = blocks.ListBlock(
        blocks.CharBlock(label="Taak", max_length=200),
        label="Afvinklijst",
        min_num=1,
        max_num=8,
        help_text="Wat de leidinggevende doet, één taak per regel. Afgedrukt krijgt elke taak een vakje.",
    )
    links = links_block("Optioneel: pagina's van deze site met meer uitleg.")

    def clean(self, value):
        value = super().clean(value)
        tasks = [task.strip().casefold() for task in value.get("tasks") or []]
        if len(tasks) != len(set(tasks)):
            message = "Een taak staat twee keer in de lijst. Haal er één weg."
            raise StructBlockValidationError({"tasks": ValidationError(message)})
        refuse_repeated_links(value)
        return value

    class Meta:
        template = "whatnow/blocks/moment_block.html"
        icon = "tasks"
        label = "Moment"
        description = (
            "Een moment na een incident met wat de leidinggevende dan doet, als afvinklijst."
        )
        value_class = LinksValue
        preview_value = {
            "title": "Binnen 72 uur",
            "text": "<p>Voer het eerste gesprek met de medewerker.</p>",
            "tasks": ["Vraag hoe het gaat", "Spreek de volgende gesprekken af"],
            "links": [],
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label="Kop",
        max_length=80,
        help_text="Waarvoor de lijst is, zoals 'Voor het gesprek met de leidinggevende'.",
    )
    items = blocks.ListBlock(
        blocks.CharBlock(label="Punt", max_length=200),
        label="Afvinklijst",
        min_num=1,
        max_num=10,
        help_text="Eén punt per regel, gericht aan de medewerker, in de beleefdheidsvorm van de site. Afgedrukt krijgt elk punt een vakje.",
    )

    def clean(self, value):
        value = super().clean(value)
        items = [item.strip().casefold() for item in value.get("items") or []]
        if len(items) != len(set(items)):
            message = "Een punt staat twee keer in de lijst. Haal er één weg."
            raise StructBlockValidationError({"items": ValidationError(message)})
        return value

    class Meta:
        template = "whatnow/blocks/checklist_block.html"
        icon = "tasks"
        label = "Afvinklijst"
        description = (
            "Een lijst onder het verslag van de medewerker, bijvoorbeeld voor het gesprek met de "
            "leidinggevende of voor de aangifte. Staat ook in de pdf en het odt-bestand."
        )
        preview_value = {
            "title": "Voor de aangifte",
            "items": ["Neem dit verslag mee.", "Geef het adres van uw werk op."],
        }
