"""The section templates editors write: headings and texts with placeholders for the answers.

A section holds text with placeholders such as {organisatie}, lists of the chosen answers, the
table of roles and subheadings; a section or paragraph can depend on an answer (only with online
aggression, say). Every text is checked: an unknown placeholder is refused with the valid ones.
Previews show the block filled in with the defaults for a gemeente.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .ladder import LADDER_HEADER
from .placeholders import CONDITIONS, LISTS, check_placeholders, placeholder_help
from .samples import sample_facts


class PlaceholderCharBlock(blocks.CharBlock):
    def clean(self, value):
        value = super().clean(value)
        check_placeholders(value)
        return value


class PlaceholderTextBlock(blocks.TextBlock):
    def clean(self, value):
        value = super().clean(value)
        check_placeholders(value)
        return value


def condition_block():
    return blocks.ChoiceBlock(
        label="Alleen tonen als",
        choices=CONDITIONS,
        default="",
        required=False,
        help_text="Laat op 'Altijd' staan als dit in elk protocol hoort.",
    )


class FilledBlockMixin:
    """The preview and template context: the block filled in with a gemeente's defaults."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["facts"] = sample_facts()
        return context


class ParagraphBlock(FilledBlockMixin, blocks.StructBlock):
    text = PlaceholderTextBlock(label="Tekst", max_length=1500, help_text=placeholder_help())
    condition = condition_block()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["text"] = context["facts"].fill(value["text"])
        return context

    class Meta:
        template = "protocol/blocks/paragraph.html"
        icon = "pilcrow"
        label = "Alinea"
        description = "Een alinea met invulplekken zoals {organisatie}."
        preview_value = {
            "text": "{organisatie} wil dat medewerkers veilig hun werk kunnen doen.",
            "condition": "",
        }


class BulletsBlock(FilledBlockMixin, blocks.StructBlock):
    items = blocks.ListBlock(
        PlaceholderCharBlock(label="Punt", max_length=300, help_text=placeholder_help()),
        label="Punten",
        min_num=1,
        max_num=15,
    )
    condition = condition_block()

    def clean(self, value):
        value = super().clean(value)
        if not any(item.strip() for item in value["items"]):
            message = "Schrijf minstens één punt."
            raise StructBlockValidationError({"items": ValidationError(message)})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        values = context["facts"].placeholders()
        context["items"] = [context["facts"].fill(item, values) for item in value["items"]]
        return context

    class Meta:
        template = "protocol/blocks/bullets.html"
        icon = "list-ul"
        label = "Opsomming"
        description = "Vaste punten die in elk protocol staan, met invulplekken."
        preview_value = {
            "items": [
                "Meld elk incident bij {leidinggevende}.",
                "Registreer het in {registratiesysteem}.",
            ],
            "condition": "",
        }


class AnswerListBlock(FilledBlockMixin, blocks.StructBlock):
    answers = blocks.ChoiceBlock(
        label="Welke antwoorden",
        choices=LISTS,
        help_text="De antwoorden die de gebruiker koos, als opsomming.",
    )
    intro = PlaceholderCharBlock(
        label="Zin boven de lijst",
        required=False,
        max_length=300,
        help_text="Optioneel. " + placeholder_help(),
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("answers") not in dict(LISTS):
            message = "Kies welke antwoorden in de lijst komen."
            raise StructBlockValidationError({"answers": ValidationError(message)})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        facts = context["facts"]
        context["intro"] = facts.fill(value.get("intro") or "")
        context["items"] = facts.answer_list(value["answers"])
        return context

    class Meta:
        template = "protocol/blocks/answer_list.html"
        icon = "list-ol"
        label = "Gekozen antwoorden"
        description = "Een lijst van wat de gebruiker koos, zoals de maatregelen."
        preview_value = {
            "answers": "maatregelen",
            "intro": "{organisatie} kan deze maatregelen nemen:",
        }


class CaptionedTableBlock(FilledBlockMixin, blocks.StructBlock):
    """A table the draft fills from the answers, under a caption the editor writes."""

    caption = blocks.CharBlock(label="Bijschrift", max_length=120)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("caption", "").strip():
            raise StructBlockValidationError(
                {"caption": ValidationError("Geef de tabel een bijschrift.")}
            )
        return value

    def table_context(self, facts):
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context.update(self.table_context(context["facts"]))
        return context


class RolesTableBlock(CaptionedTableBlock):
    caption = blocks.CharBlock(
        label="Bijschrift",
        max_length=120,
        default="Rollen en taken",
        help_text="Staat boven de tabel, zoals 'Rollen en taken'.",
    )

    def table_context(self, facts):
        return {"rows": facts.role_rows()}

    class Meta:
        template = "protocol/blocks/roles_table.html"
        icon = "table"
        label = "Tabel van rollen"
        description = "De rollen die de organisatie heeft, met hun naam en taak."
        preview_value = {"caption": "Rollen en taken"}


class LadderTableBlock(CaptionedTableBlock):
    """The escalation ladder as a table: a row per measure the organisation chose."""

    caption = blocks.CharBlock(
        label="Bijschrift",
        max_length=120,
        default="Van gedrag naar maatregel",
        help_text="Staat boven de tabel, zoals 'Van gedrag naar maatregel'.",
    )

    def table_context(self, facts):
        return {"header": LADDER_HEADER, "rows": facts.ladder_rows()}

    class Meta:
        template = "protocol/blocks/ladder_table.html"
        icon = "table"
        label = "Tabel van maatregelen"
        description = (
            "De maatregelen die de organisatie koos, met het gedrag, wie besluit en hoe lang."
        )
        preview_value = {"caption": "Van gedrag naar maatregel"}


class SubheadingBlock(FilledBlockMixin, PlaceholderCharBlock):
    """Starts a numbered subsection (1.1, 1.2, ...) within the section."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["heading"] = context["facts"].fill(value)
        return context

    class Meta:
        template = "protocol/blocks/subheading.html"
        icon = "title"
        label = "Tussenkop"
        description = "Begint een genummerd onderdeel, zoals 3.1, binnen dit hoofdstuk."
        preview_value = "Tijdens een incident"


class SectionContentBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    bullets = BulletsBlock()
    answer_list = AnswerListBlock()
    roles_table = RolesTableBlock()
    ladder_table = LadderTableBlock()
    subheading = SubheadingBlock(label="Tussenkop", max_length=120, help_text=placeholder_help())

    class Meta:
        min_num = 1
        label = "Inhoud"


class SectionBlock(FilledBlockMixin, blocks.StructBlock):
    heading = PlaceholderCharBlock(
        label="Kop", max_length=120, help_text="De kop van het hoofdstuk. " + placeholder_help()
    )
    condition = condition_block()
    content = SectionContentBlock()

    def clean(self, value):
        value = super().clean(value)
        if all(child.block_type == "subheading" for child in value["content"]):
            raise StructBlockValidationError(
                {
                    "content": ValidationError(
                        "Zet ook tekst in dit hoofdstuk, niet alleen tussenkoppen."
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["heading"] = context["facts"].fill(value["heading"])
        return context

    class Meta:
        template = "protocol/blocks/section.html"
        icon = "doc-full"
        label = "Hoofdstuk"
        description = (
            "Een genummerd hoofdstuk van het protocol met tekst, lijsten of de tabel van rollen."
        )
        preview_value = {
            "heading": "Reactie naar de dader",
            "condition": "",
            "content": [
                (
                    "paragraph",
                    {
                        "text": "{reactie_door} reageert binnen 48 uur naar de dader.",
                        "condition": "",
                    },
                ),
                ("answer_list", {"answers": "reactie", "intro": "Dat gebeurt:"}),
            ],
        }


def refuse_doubles(stream_value, field, message):
    """A block error on every child whose `field` repeats an earlier one (case and spaces aside)."""
    names = [child.value[field].strip().lower() for child in stream_value]
    doubles = {
        index: ValidationError(message)
        for index, name in enumerate(names)
        if names.index(name) != index
    }
    if doubles:
        raise blocks.StreamBlockValidationError(block_errors=doubles)


class ProtocolSectionsBlock(blocks.StreamBlock):
    section = SectionBlock()

    def clean(self, value):
        value = super().clean(value)
        refuse_doubles(value, "heading", "Er is al een hoofdstuk met deze kop.")
        return value

    class Meta:
        min_num = 1


class AnnexBlock(FilledBlockMixin, blocks.StructBlock):
    """An annex: a document of its own in the download, such as a model letter or a form."""

    title = PlaceholderCharBlock(
        label="Titel",
        max_length=120,
        help_text="De titel boven de bijlage, zoals 'Voorbeeldbrief waarschuwing'. "
        + placeholder_help(),
    )
    condition = condition_block()
    content = SectionContentBlock(
        help_text="Tekst voor de eerste tussenkop staat direct onder de titel; elke tussenkop "
        "begint een genummerd onderdeel."
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["title"] = context["facts"].fill(value["title"])
        return context

    class Meta:
        template = "protocol/blocks/annex.html"
        icon = "doc-empty"
        label = "Bijlage"
        description = (
            "Een eigen document bij het concept, zoals een voorbeeldbrief of een formulier."
        )
        preview_value = {
            "title": "Voorbeeldbrief waarschuwing",
            "condition": "",
            "content": [
                (
                    "paragraph",
                    {
                        "text": "Geachte heer of mevrouw, u was op ... bij {organisatie}.",
                        "condition": "",
                    },
                ),
            ],
        }


class ProtocolAnnexesBlock(blocks.StreamBlock):
    annex = AnnexBlock()

    def clean(self, value):
        value = super().clean(value)
        refuse_doubles(value, "title", "Er is al een bijlage met deze titel.")
        return value
