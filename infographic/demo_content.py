"""Demo content of the infographic: the phases and a short text per step.

Written for this site in Dutch at language level B1, addressing the reader as "u". Each step is
keyed by the slug of the topic page it links to; a topic without an entry here gets its own title
and the first sentence of its introduction.
"""

PAGE = {
    "title": "Infographic: voorkomen, handelen en nazorg",
    "slug": "infographic",
    "intro": (
        "Hier ziet u in één oogopslag wat uw organisatie doet om agressie te voorkomen, wat u doet "
        "als er toch iets gebeurt en hoe u zorgt voor goede nazorg. Kies een stap voor een korte "
        "uitleg en een link naar meer informatie."
    ),
}

PHASES = [
    {
        "theme": "preventie",
        "title": "Voorkomen",
        "text": "Bereid uw organisatie goed voor, zodat agressie minder vaak gebeurt.",
    },
    {
        "theme": "handelen-bij-een-incident",
        "title": "Handelen bij een incident",
        "text": "Gebeurt er toch iets? Zet dan deze stappen, in deze volgorde.",
    },
    {
        "theme": "nazorg",
        "title": "Nazorg",
        "text": "Zorg goed voor de medewerker na een incident, ook na een paar weken.",
    },
]

STEPS = {
    # Voorkomen
    "stel-een-norm": (
        "Stel een norm",
        "Maak duidelijk welk gedrag u accepteert en welk gedrag niet. Laat die grens zien aan "
        "bezoekers en aan uw medewerkers.",
    ),
    "agressieprotocol-opstellen": (
        "Schrijf een agressieprotocol",
        "Leg vast wat iedereen doet voor, tijdens en na een incident. Dan weet iedereen wat hij "
        "moet doen als het spannend wordt.",
    ),
    "risicoanalyse": (
        "Breng de risico's in kaart",
        "Onderzoek met een risico-inventarisatie en -evaluatie (RI&E) welke risico's uw "
        "medewerkers lopen. Daarna kiest u de maatregelen die nodig zijn.",
    ),
    "veilige-werkplek": (
        "Richt de werkplek veilig in",
        "Denk aan een goede balie, een alarmknop en een vluchtroute. Zo kunnen medewerkers snel "
        "hulp halen of weggaan.",
    ),
    "training-en-weerbaarheid": (
        "Train uw medewerkers",
        "In een training leren medewerkers spanning herkennen, rustig blijven en een grens "
        "stellen. Oefen ook samen in het werkoverleg.",
    ),
    "online-agressie": (
        "Let ook op online agressie",
        "Bedreiging via e-mail, telefoon of sociale media is net zo ernstig. Spreek af hoe u "
        "medewerkers online beschermt.",
    ),
    # Handelen bij een incident
    "de-escaleer-bij-emotie": (
        "De-escaleer, begrens en alarmeer",
        "Blijf rustig en toon begrip als iemand emotioneel is. Wordt iemand agressief, geef dan "
        "een duidelijke grens aan en sla alarm als het niet meer veilig is.",
    ),
    "registreer-het-incident": (
        "Registreer het incident",
        "Meld en registreer elk incident, ook als het klein lijkt. Dan weet uw organisatie wat er "
        "speelt en kan zij actie nemen.",
    ),
    "reageer": (
        "Reageer naar de dader",
        "Laat de dader binnen 48 uur weten dat zijn gedrag niet kan. Dat kan bijvoorbeeld met een "
        "brief of een gesprek.",
    ),
    "doe-een-melding-of-aangifte": (
        "Doe melding of aangifte",
        "Ga bij bedreiging of geweld naar de politie, het liefst binnen 2 werkdagen. Geef het "
        "adres van de organisatie op, niet uw eigen adres.",
    ),
    "verhaal-de-schade": (
        "Verhaal de schade",
        "De dader moet betalen voor de schade die hij heeft veroorzaakt. Uw werkgever kan dit "
        "voor de medewerker regelen.",
    ),
    # Nazorg
    "houd-overzicht": (
        "Houd overzicht",
        "De leidinggevende zorgt dat niets vergeten wordt. Denk aan een eerste gesprek binnen 72 "
        "uur en gesprekken na 2 weken en na 6 tot 8 weken.",
    ),
    "wees-de-rots": (
        "Wees er voor de medewerker",
        "Als leidinggevende bent u het vaste aanspreekpunt. U luistert, u toont erkenning en u "
        "komt uw afspraken na.",
    ),
    "bedrijfsopvangteam": (
        "Zet het opvangteam in",
        "Een bedrijfsopvangteam bestaat uit getrainde collega's. Zij bieden de eerste opvang na "
        "een schokkend incident.",
    ),
}
