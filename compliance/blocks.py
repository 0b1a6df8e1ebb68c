"""The block for one thing that does not meet the accessibility requirements yet."""

import datetime
import re

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

# A WCAG success criterion starts with its number, such as "1.4.3" or "2.4.11".
CRITERION = re.compile(r"^[1-4]\.\d{1,2}\.\d{1,2}\b")


class NonComplianceBlock(blocks.StructBlock):
    """What does not comply yet, whom it hinders, what we do about it and by when."""

    problem = blocks.TextBlock(
        label="Wat werkt nog niet goed",
        max_length=400,
        help_text="Beschrijf het probleem in gewone woorden, bijvoorbeeld 'Sommige pdf's hebben geen koppen'.",
    )
    criterion = blocks.CharBlock(
        label="Eis (WCAG-succescriterium)",
        required=False,
        max_length=120,
        help_text="Het nummer en de naam van de eis, bijvoorbeeld '1.4.3 Contrast (minimum)'.",
    )
    impact = blocks.TextBlock(
        label="Gevolg voor bezoekers",
        required=False,
        max_length=400,
        help_text="Wie heeft er last van en hoe? Bijvoorbeeld 'Wie een schermlezer gebruikt, kan niet door de tekst springen.'",
    )
    alternative = blocks.TextBlock(
        label="Wat de bezoeker nu kan doen",
        required=False,
        max_length=400,
        help_text="Een andere manier om de informatie te krijgen, zolang het probleem er is.",
    )
    measure = blocks.TextBlock(
        label="Wat we eraan doen",
        max_length=400,
        help_text="De maatregel die het probleem oplost.",
    )
    deadline = blocks.DateBlock(
        label="Opgelost uiterlijk op",
        help_text="De datum waarop de maatregel klaar is. Het model van de verklaring vraagt een concrete datum.",
    )

    def clean(self, value):
        value = super().clean(value)
        criterion = (value.get("criterion") or "").strip()
        if criterion and not CRITERION.match(criterion):
            message = "Begin met het nummer van de eis, bijvoorbeeld '1.4.3 Contrast (minimum)'."
            raise StructBlockValidationError({"criterion": ValidationError(message)})
        return value

    class Meta:
        template = "compliance/blocks/non_compliance.html"
        icon = "warning"
        label = "Onderdeel dat nog niet voldoet"
        description = (
            "Eén probleem uit het toegankelijkheidsonderzoek: wat niet werkt, het gevolg, de "
            "maatregel en de datum waarop het klaar is."
        )
        preview_value = {
            "problem": "Sommige oudere pdf-documenten hebben geen koppen en geen leesvolgorde.",
            "criterion": "1.3.1 Info en relaties",
            "impact": "Wie een schermlezer gebruikt, kan niet snel door het document gaan.",
            "alternative": "Vraag ons om de tekst van het document per e-mail.",
            "measure": "We maken deze documenten opnieuw op, met koppen en een leesvolgorde.",
            "deadline": datetime.date(2027, 6, 30),
        }


class NonComplianceStreamBlock(blocks.StreamBlock):
    item = NonComplianceBlock()
