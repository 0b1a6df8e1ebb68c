"""The blocks editors build the infographic from: phases, each with ordered steps."""

from wagtail import blocks

# The same fixed sets as the theme pages, so that a phase and its theme look alike. Each colour maps
# to a --vp-theme-* design token in static/css/tokens.css; each icon to a .vp-icon--* class.
from themes.models import ThemeColour, ThemeIcon


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label="Korte titel",
        max_length=60,
        help_text="Een paar woorden, bijvoorbeeld 'Registreer het incident'.",
    )
    text = blocks.TextBlock(
        label="Uitleg",
        max_length=300,
        help_text="Eén of twee zinnen: wat doet de lezer in deze stap en waarom?",
    )
    page = blocks.PageChooserBlock(
        label="Pagina met meer uitleg",
        help_text="De pagina waar de bezoeker alles over deze stap leest.",
    )
    related_pages = blocks.ListBlock(
        blocks.PageChooserBlock(label="Pagina"),
        label="Ervaringen uit de praktijk",
        default=[],
        max_num=3,
        help_text="Optioneel: voorbeelden uit de praktijk die bij deze stap passen.",
    )
    anchor = blocks.CharBlock(
        label="Anker voor de link",
        max_length=60,
        required=False,
        help_text=(
            "Wordt bij het opslaan gemaakt uit de titel, bijvoorbeeld 'registreer-het-incident'. "
            "Verander het liever niet: bestaande links naar deze stap werken dan niet meer."
        ),
    )

    class Meta:
        template = "infographic/blocks/step_block.html"
        icon = "list-ol"
        label = "Stap"
        description = "Eén stap in een fase, met een korte uitleg en een link naar meer informatie."
        preview_value = {
            "title": "Registreer het incident",
            "text": "Leg elk incident vast in het registratiesysteem. Dan ziet u waar het vaak misgaat.",
            "anchor": "registreer-het-incident",
        }


class PhaseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", max_length=60, help_text="Bijvoorbeeld 'Nazorg'.")
    text = blocks.TextBlock(
        label="Korte tekst",
        max_length=240,
        help_text="Eén of twee zinnen over deze fase.",
    )
    colour = blocks.ChoiceBlock(
        label="Kleur",
        choices=ThemeColour.choices,
        default=ThemeColour.BLUE,
        help_text="Kies dezelfde kleur als het thema. De kleur is nooit de enige aanwijzing.",
    )
    icon = blocks.ChoiceBlock(
        label="Pictogram",
        choices=ThemeIcon.choices,
        default=ThemeIcon.SHIELD,
        help_text="Het pictogram boven de fase.",
    )
    steps = blocks.ListBlock(
        StepBlock(),
        label="Stappen",
        min_num=1,
        max_num=12,
        help_text="De stappen in de volgorde waarin een organisatie ze zet.",
    )

    class Meta:
        template = "infographic/blocks/phase_block.html"
        icon = "folder-open-inverse"
        label = "Fase"
        description = "Een fase van de aanpak, zoals Voorkomen, Handelen of Nazorg, met stappen."
        preview_value = {
            "title": "Handelen bij een incident",
            "text": "Wat doet u als het toch misgaat? Deze stappen helpen u.",
            "colour": ThemeColour.ORANGE,
            "icon": ThemeIcon.ALERT,
            "steps": [
                {
                    "title": "Registreer het incident",
                    "text": "Leg elk incident vast. Dan ziet u waar het vaak misgaat.",
                    "anchor": "registreer-het-incident",
                },
                {
                    "title": "Reageer naar de dader",
                    "text": "Laat de dader binnen 48 uur weten dat dit gedrag niet kan.",
                    "anchor": "reageer-naar-de-dader",
                },
            ],
        }
