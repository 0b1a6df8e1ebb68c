"""Blocks that structure a text: callouts, checklists, numbered steps and accordions."""

from wagtail import blocks

from .text import SafeRichTextBlock


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label="Soort",
        choices=[("tip", "Tip"), ("let_op", "Let op"), ("belangrijk", "Belangrijk")],
        default="tip",
        help_text="De soort staat ook als woord in het kader, niet alleen als kleur.",
    )
    title = blocks.CharBlock(label="Titel", required=False, max_length=120)
    text = SafeRichTextBlock(
        label="Tekst",
    )

    class Meta:
        template = "blocks/callout.html"
        icon = "warning"
        label = "Opvallend kader"
        description = "Een kader voor een tip, iets om op te letten of iets belangrijks."
        preview_value = {
            "kind": "let_op",
            "title": "Uw eigen adres",
            "text": "<p>Geef bij een aangifte het adres van uw organisatie op, niet uw huisadres.</p>",
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", required=False, max_length=120)
    items = blocks.ListBlock(
        blocks.CharBlock(label="Punt", max_length=300), label="Punten", min_num=1
    )

    class Meta:
        template = "blocks/checklist.html"
        icon = "tasks"
        label = "Checklist"
        description = "Een lijst met punten om af te vinken."
        preview_value = {
            "title": "Na een incident",
            "items": ["Vraag hoe het gaat", "Registreer het incident", "Reageer binnen 48 uur"],
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Stap", max_length=160)
    text = SafeRichTextBlock(label="Uitleg", required=False)

    class Meta:
        icon = "list-ol"
        label = "Stap"


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), label="Stappen", min_num=2)

    class Meta:
        template = "blocks/steps.html"
        icon = "list-ol"
        label = "Stappenplan"
        description = "Genummerde stappen, voor handelingen waarbij de volgorde telt."
        preview_value = {
            "title": "Zo doet u aangifte",
            "steps": [
                {
                    "title": "Bel de politie",
                    "text": "<p>Doe dit het liefst binnen twee werkdagen.</p>",
                },
                {
                    "title": "Noem het een VPT-zaak",
                    "text": "<p>Dan gelden de landelijke afspraken.</p>",
                },
            ],
        }


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label="Vraag of kop", max_length=200)
    answer = SafeRichTextBlock(
        label="Antwoord",
    )

    class Meta:
        icon = "help"
        label = "Vraag"


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label="Vragen", min_num=1)

    class Meta:
        template = "blocks/accordion.html"
        icon = "list-ul"
        label = "Veelgestelde vragen (uitklappen)"
        description = "Vragen en antwoorden die de lezer zelf openklapt."
        preview_value = {
            "title": "Veelgestelde vragen",
            "items": [
                {
                    "question": "Mag mijn werkgever aangifte doen?",
                    "answer": "<p>Ja. Uw werkgever kan namens u aangifte doen.</p>",
                }
            ],
        }
