"""The escalation ladder: from behaviour to measure, who decides and for how long.

One row per measure the organisation chose (step 4), from light to severe, and always the last
row: who comes back after a ban, or does not leave, commits trespass (art. 138/139 Sr). The
texts hold placeholders, filled in with the organisation's own roles and durations.
"""

from dataclasses import dataclass

LADDER_HEADER = ("Gedrag", "Maatregel", "Wie besluit", "Hoe lang")


@dataclass(frozen=True)
class Rung:
    measure: str  # key in choices.MEASURES; "" for the row that is always there
    behaviour: str
    action: str
    decider: str
    duration: str


LADDER = (
    Rung(
        "waarschuwing",
        "Ongewenst gedrag, de eerste keer, zoals schelden of schreeuwen",
        "Mondelinge waarschuwing: zeggen welk gedrag niet kan en wat er gebeurt als het doorgaat",
        "De medewerker zelf",
        "Meteen, tijdens het contact",
    ),
    Rung(
        "wegsturen",
        "Het gedrag stopt niet na een waarschuwing",
        "Het gesprek stoppen en de persoon laten vertrekken, op grond van de huisregels",
        "De medewerker of {leidinggevende}",
        "Die dag",
    ),
    Rung(
        "gesprek",
        "Elk incident, ook als het meteen stopte",
        "Incidentgesprek met de dader: wat er gebeurde, welk gedrag niet kan en wat de gevolgen zijn",
        "{reactie_door}",
        "Binnen 48 uur na het incident",
    ),
    Rung(
        "brief",
        "Het gedrag komt terug, of was ernstig, zoals intimideren of discrimineren",
        "Waarschuwingsbrief (gele kaart)",
        "{reactie_door}",
        "{duur_gele_kaart}",
    ),
    Rung(
        "voorwaarden",
        "Opnieuw agressie na een gele kaart",
        "Voorwaarden aan het contact (rode kaart): alleen op afspraak, alleen schriftelijk of "
        "met twee medewerkers",
        "{besluit_door}",
        "{duur_rode_kaart}",
    ),
    Rung(
        "contactverbod",
        "Bedreiging of intimidatie van een medewerker, ook online of buiten het werk",
        "Contactverbod (rode kaart): geen contact met de medewerkers die het trof",
        "{besluit_door}",
        "{duur_rode_kaart}",
    ),
    Rung(
        "locatieverbod",
        "Geweld, ernstige bedreiging of vernieling, of opnieuw agressie na een rode kaart",
        "Locatieverbod (rode kaart): niet in het gebouw komen",
        "{besluit_door}",
        "{duur_rode_kaart}",
    ),
    Rung(
        "aangifte",
        "Bedreiging, geweld, vernieling of discriminatie",
        "Melding of aangifte bij de politie, ook door de werkgever",
        "De medewerker, met hulp van {aangifte_door}",
        "Het liefst binnen 2 werkdagen",
    ),
    Rung(
        "schade",
        "Letsel of schade aan spullen",
        "De schade verhalen op de dader",
        "{hr}",
        "Tot de schade is betaald",
    ),
    Rung(
        "",
        "Na een verbod toch komen, of niet weggaan als dat wordt gevraagd",
        "De politie bellen: huisvredebreuk of lokaalvredebreuk (Wetboek van Strafrecht, "
        "artikel 138 en 139)",
        "De medewerker of {leidinggevende}",
        "Meteen",
    ),
)
