"""The questionnaire as blocks: parts hold questions, questions hold answer options.

Editors manage everything here. The URL of a result carries a question's key and an option's
key (the slug of its label), so both are checked for uniqueness: a shared link must point at
exactly one answer.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from .kinds import KINDS
from .questionnaire import FULL_SCORE, Part, form_rows, option_key, question_from_value

# Names in the result's address that are not questions (selfassessment/scoring.py).
RESERVED_KEYS = ("v", "datum", "soort", "organisatie")


class HelpLinksBlock(blocks.StreamBlock):
    """What helps with an answer: pages, downloads and practice examples of this site."""

    page = blocks.PageChooserBlock(label="Pagina")
    document = DocumentChooserBlock(label="Download")
    example = blocks.PageChooserBlock(
        label="Ervaring uit de praktijk", page_type=["practice.PracticeExamplePage"]
    )

    class Meta:
        label = "Wat helpt"
        required = False
        max_num = 4


class AnswerOptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label="Antwoord",
        max_length=40,
        help_text=(
            "Kort, zoals 'Ja', 'Deels', 'Nee', 'Weet ik niet' of 'Niet van toepassing'. "
            "Staat ook in gedeelde links."
        ),
    )
    score = blocks.IntegerBlock(
        label="Score (0 tot 100)",
        min_value=0,
        max_value=FULL_SCORE,
        help_text="100 als dit antwoord betekent dat het helemaal goed geregeld is, 0 als het er niet is.",
    )
    dont_know = blocks.BooleanBlock(
        label="Dit is 'weet ik niet'",
        required=False,
        help_text=(
            "Telt niet mee in de score. Staat op de uitslag bij 'Zoek dit uit', met het advies "
            "als wat er uit te zoeken is."
        ),
    )
    not_applicable = blocks.BooleanBlock(
        label="Dit is 'niet van toepassing'",
        required=False,
        help_text="Telt niet mee in de score en geeft geen stap in het actieplan. Een advies is niet nodig.",
    )
    advice = blocks.TextBlock(
        label="Advies: wat doet u nu?",
        required=False,
        max_length=400,
        help_text=(
            "De stap in het actieplan bij dit antwoord. Verplicht als de score lager is dan 100, "
            "behalve bij 'niet van toepassing'."
        ),
    )
    who = blocks.CharBlock(
        label="Wie doet het?",
        required=False,
        max_length=120,
        help_text="De rol in de organisatie, zoals 'de agressiecoördinator' of 'het management'.",
    )
    links = HelpLinksBlock(label="Wat helpt", required=False)

    def clean(self, value):
        value = super().clean(value)
        if not slugify(value.get("label") or ""):
            raise StructBlockValidationError(
                {"label": ValidationError("Gebruik letters of cijfers in het antwoord.")}
            )
        if value.get("dont_know") and value.get("not_applicable"):
            message = "Een antwoord is 'weet ik niet' of 'niet van toepassing', niet allebei."
            raise StructBlockValidationError({"not_applicable": ValidationError(message)})
        outside_score = value.get("dont_know") or value.get("not_applicable")
        if outside_score and value.get("score"):
            message = "Dit antwoord telt niet mee in de score; zet de score op 0."
            raise StructBlockValidationError({"score": ValidationError(message)})
        needs_advice = value.get("score", 0) < FULL_SCORE and not value.get("not_applicable")
        if needs_advice and not value.get("advice"):
            message = "Schrijf een advies: dit antwoord komt in het actieplan."
            raise StructBlockValidationError({"advice": ValidationError(message)})
        return value


class KindWeightBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label="Soort organisatie", choices=KINDS)
    weight = blocks.IntegerBlock(label="Gewicht (1 tot 3)", min_value=1, max_value=3)

    class Meta:
        label = "Gewicht voor een soort organisatie"


class QuestionBlock(blocks.StructBlock):
    key = blocks.RegexBlock(
        label="Sleutel",
        regex=r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
        max_length=40,
        error_messages={
            "invalid": "Alleen kleine letters, cijfers en streepjes, zoals 'norm-zichtbaar'."
        },
        help_text=(
            "Een korte, vaste naam voor deze vraag in gedeelde links, zoals 'norm-zichtbaar'. "
            "Verander hem niet meer als de vraag online staat: oude links verliezen dan dit antwoord."
        ),
    )
    question = blocks.CharBlock(label="Vraag", max_length=240)
    short = blocks.CharBlock(
        label="Korte naam",
        max_length=80,
        help_text="Een paar woorden voor de uitslag en het actieplan, zoals 'Norm zichtbaar'.",
    )
    explanation = blocks.TextBlock(
        label="Uitleg: waarom is dit belangrijk?",
        max_length=500,
        help_text="Eén of twee zinnen. Staat bij de vraag en als 'waarom' in het actieplan.",
    )
    weight = blocks.IntegerBlock(
        label="Gewicht (1 tot 3)",
        min_value=1,
        max_value=3,
        default=2,
        help_text="3 voor wat het meest helpt tegen agressie; deze vragen gaan voor in het actieplan.",
    )
    kind_weights = blocks.ListBlock(
        KindWeightBlock(),
        label="Ander gewicht per soort organisatie",
        required=False,
        default=[],
        max_num=len(KINDS),
        help_text=(
            "Optioneel. Weegt deze vraag voor een soort organisatie zwaarder of lichter, zoals "
            "huisbezoeken voor een gemeente? Geef dan hier dat gewicht. De bezoeker kiest de "
            "soort bovenaan de vragenlijst; zonder keuze geldt het gewicht hierboven."
        ),
    )
    options = blocks.ListBlock(AnswerOptionBlock(), label="Antwoorden", min_num=2, max_num=6)

    def clean(self, value):
        value = super().clean(value)
        if value["key"] in RESERVED_KEYS:
            message = f"De sleutel '{value['key']}' is al in gebruik in de link; kies een andere."
            raise StructBlockValidationError({"key": ValidationError(message)})
        kinds = [each["kind"] for each in value.get("kind_weights") or []]
        if len(set(kinds)) < len(kinds):
            message = "Geef per soort organisatie maar één gewicht."
            raise StructBlockValidationError({"kind_weights": ValidationError(message)})
        keys = [option_key(option) for option in value["options"]]
        doubles = {
            index: ValidationError("Twee antwoorden hebben dezelfde tekst.")
            for index, key in enumerate(keys)
            if keys.index(key) != index
        }
        if doubles:
            raise StructBlockValidationError(
                {"options": ListBlockValidationError(block_errors=doubles)}
            )
        if sum(bool(option.get("dont_know")) for option in value["options"]) > 1:
            message = "Maak hooguit één antwoord 'weet ik niet'."
            raise StructBlockValidationError({"options": ValidationError(message)})
        if sum(bool(option.get("not_applicable")) for option in value["options"]) > 1:
            message = "Maak hooguit één antwoord 'niet van toepassing'."
            raise StructBlockValidationError({"options": ValidationError(message)})
        return value


PREVIEW_OPTIONS = [
    {"label": "Ja", "score": 100, "dont_know": False, "advice": "", "who": "", "links": []},
    {
        "label": "Deels",
        "score": 50,
        "dont_know": False,
        "advice": "Hang de norm ook op bij de ingang en zet hem op de website.",
        "who": "De afdeling communicatie",
        "links": [],
    },
    {
        "label": "Nee",
        "score": 0,
        "dont_know": False,
        "advice": "Stel samen met medewerkers een norm op en maak die bekend.",
        "who": "Het management",
        "links": [],
    },
]


class PartBlock(blocks.StructBlock):
    """One part of the questionnaire: a fieldset on the form and a row in the result."""

    title = blocks.CharBlock(label="Titel", max_length=80)
    intro = blocks.TextBlock(
        label="Inleiding",
        required=False,
        max_length=300,
        help_text="Optioneel: één zin over dit deel.",
    )
    questions = blocks.ListBlock(QuestionBlock(), label="Vragen", min_num=1)

    def clean(self, value):
        value = super().clean(value)
        keys = [question["key"] for question in value["questions"]]
        doubles = {
            index: ValidationError("Deze sleutel staat al bij een andere vraag.")
            for index, key in enumerate(keys)
            if keys.index(key) != index
        }
        if doubles:
            raise StructBlockValidationError(
                {"questions": ListBlockValidationError(block_errors=doubles)}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        part = Part(
            1,
            value["title"],
            value.get("intro") or "",
            tuple(question_from_value(question) for question in value["questions"]),
        )
        context.update(part=part, rows=form_rows(part))
        return context

    class Meta:
        template = "selfassessment/blocks/part.html"
        icon = "list-ul"
        label = "Deel van de vragenlijst"
        description = "Een groep vragen over één onderwerp, zoals de norm of nazorg."
        preview_value = {
            "title": "De norm",
            "intro": "Weten bezoekers en medewerkers welk gedrag u accepteert?",
            "questions": [
                {
                    "key": "norm-zichtbaar",
                    "question": "Ziet iedere bezoeker welk gedrag u niet accepteert?",
                    "short": "Norm zichtbaar",
                    "explanation": "Een zichtbare grens helpt medewerkers om nee te zeggen.",
                    "weight": 2,
                    "kind_weights": [],
                    "options": PREVIEW_OPTIONS,
                }
            ],
        }


class QuestionnaireBlock(blocks.StreamBlock):
    part = PartBlock()

    def clean(self, value):
        value = super().clean(value)
        seen = {}
        for index, part in enumerate(value):
            for question in part.value["questions"]:
                if question["key"] in seen and seen[question["key"]] != index:
                    message = f"De sleutel '{question['key']}' staat ook in een ander deel."
                    raise blocks.StreamBlockValidationError(
                        block_errors={index: ValidationError(message)}
                    )
                seen[question["key"]] = index
        return value
