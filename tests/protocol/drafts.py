"""A complete draft protocol as the tool makes it, for the writers' tests and the bench."""

import datetime

from protocol.draft import BulletList, Draft, Paragraph, Section, Table

ORGANISATION = "Gemeente Voorbeeldstad"
# Longer than a line in every format: it must wrap, not run off the page.
LONG_WORD = "Klantcontactcentrummedewerkersveiligheidsbeleidsuitvoeringsprogramma"
MARKUP = '<b>Let op</b> & "direct" <script>alert(1)</script>'

ROLES = (
    ("Vertrouwenspersoon", "Luistert naar medewerkers na een incident", "A. de Vries"),
    ("Leidinggevende", "Vangt de medewerker op en regelt nazorg", "B. Jansen"),
    ("Incidentcoördinator", "Registreert meldingen en volgt ze op", "C. Bakker"),
    ("Beveiliger", "Grijpt in bij dreiging aan de balie", "D. Visser"),
    ("Preventiemedewerker", "Houdt de risico-inventarisatie bij", "E. Smit"),
    ("Jurist", "Doet aangifte namens de organisatie", "F. Mulder"),
)
PREVENTION = (
    "Heldere huisregels bij de ingang & op de website",
    "Balies met een vluchtweg voor de medewerker",
    "Training ‘omgaan met agressie’ voor nieuwe collega’s",
)
DURING = (
    "Een alarmknop op elke werkplek",
    "Na een waarschuwing: gesprek beëindigen en collega’s erbij halen",
)
AFTERCARE = (
    "Dezelfde dag een gesprek met de leidinggevende",
    "Aangifte doen; de organisatie doet dat als de medewerker dat wil",
    "Een maatregel voor de dader: een brief, een contactverbod of een bezoekverbod",
)
# Every chosen measure, in reading order (sections 5, 6 and 7).
MEASURES = (*PREVENTION, *DURING, *AFTERCARE)


def complete_draft(**changes):
    """A draft with every part the tool can make: ~9 sections, lists, the roles table."""
    fields = {
        "title": "Agressieprotocol",
        "organisation": ORGANISATION,
        "created": datetime.date(2026, 12, 1),
        "subtitle": "Concept, opgesteld met veiligepubliekedienstverlening.nl",
        "sections": (
            Section(
                "1",
                "Inleiding",
                (
                    Paragraph(
                        f"Dit protocol beschrijft hoe {ORGANISATION} omgaat met agressie "
                        "en geweld tegen medewerkers. Het geldt voor iedereen die bij ons werkt."
                    ),
                    Paragraph(f"Naam van het programma: {LONG_WORD}."),
                ),
            ),
            Section(
                "2",
                "Onze norm",
                (Paragraph("Wij accepteren geen agressie: niet met woorden, niet met daden."),),
            ),
            Section(
                "3",
                "Wat verstaan wij onder agressie?",
                (
                    Paragraph(
                        "Agressie is elk gedrag waardoor een medewerker zich bedreigd voelt."
                    ),
                    BulletList(("Schelden en beledigen", "Dreigen", "Fysiek geweld")),
                ),
            ),
            Section(
                "4",
                "Rollen en taken",
                (Table("Tabel 1. Rollen en wie ze vervult", ("Rol", "Taak", "Wie"), ROLES),),
            ),
            Section("5", "Voorkomen", (BulletList(PREVENTION),)),
            Section(
                "6",
                "Tijdens een incident",
                (BulletList(DURING),),
                subsections=(
                    Section(
                        "6.1",
                        "Telefonische agressie",
                        (Paragraph("Waarschuw één keer; herhaalt het zich, hang dan op."),),
                    ),
                    Section("6.2", "Bij direct gevaar", (Paragraph("Bel 112."),)),
                ),
            ),
            Section("7", "Na een incident", (BulletList(AFTERCARE),)),
            Section(
                "8",
                "Melden en registreren",
                (Paragraph(f"Opmerking van de opsteller: {MARKUP}"),),
            ),
            Section(
                "9",
                "Evaluatie",
                (Paragraph("Wij bespreken dit protocol elk jaar met de ondernemingsraad."),),
            ),
        ),
    }
    return Draft(**(fields | changes))
