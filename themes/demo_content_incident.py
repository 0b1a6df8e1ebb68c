# Demo content for the themes "Handelen bij een incident" and "Nazorg".
# Pure data, no imports. Written in Dutch at language level B1.

# ---------------------------------------------------------------------------
# Handelen bij een incident
# ---------------------------------------------------------------------------

topic_de_escaleer = {
    "slug": "de-escaleer-bij-emotie",
    "title": "De-escaleer bij emotie, begrens bij agressie en alarmeer",
    "intro": (
        "Niet elke boze burger is agressief. Is iemand emotioneel, dan helpt u met rust en begrip. "
        "Wordt iemand agressief, dan geeft u een duidelijke grens aan. En is het niet meer veilig, "
        "dan alarmeert u meteen."
    ),
    "search_description": (
        "Wat doet u als een burger boos of agressief wordt? Zo de-escaleert u bij emotie, "
        "begrenst u bij agressie en alarmeert u bij gevaar."
    ),
    "summary": [
        "Bij emotie: blijf rustig, luister en toon begrip.",
        "Bij agressie: benoem het gedrag en geef een duidelijke grens aan.",
        "Bij gevaar: alarmeer meteen en zorg eerst voor uw eigen veiligheid.",
        "Spreek vooraf met uw team af wie wat doet.",
        "Meld elk incident achteraf, ook als het goed afliep.",
    ],
    "body": [
        ("heading", {"text": "Emotie of agressie?", "level": "h2"}),
        (
            "text",
            "<p>Mensen die bij de overheid komen, zitten soms in een moeilijke situatie. Ze wachten op "
            "geld, een vergunning of een besluit. Dan kan iemand boos of verdrietig worden. Dat is "
            "emotie. Emotie en kritiek zijn acceptabel gedrag. U kunt daar goed mee omgaan als u zelf "
            "rustig blijft.</p>"
            "<p>Agressie is iets anders. Denk aan schelden, dreigen, intimideren, spugen of slaan. Dat "
            "gedrag accepteert uw organisatie niet. Dan geeft u een grens aan of grijpt u in.</p>",
        ),
        (
            "table",
            {
                "caption": "Wat doet u bij welk gedrag?",
                "header": ["Situatie", "Wat u ziet", "Wat u doet"],
                "rows": [
                    [
                        "Emotie",
                        "Iemand is boos, verdrietig of teleurgesteld. Hij praat hard of heeft kritiek.",
                        "De-escaleren: rustig blijven, luisteren en begrip tonen.",
                    ],
                    [
                        "Agressie",
                        "Iemand scheldt, dreigt of intimideert.",
                        "Begrenzen: het gedrag benoemen en een duidelijke grens aangeven.",
                    ],
                    [
                        "Gevaar",
                        "Iemand wordt fysiek, gooit met spullen of blijft dreigen.",
                        "Alarmeren: hulp inschakelen en een veilige plek opzoeken.",
                    ],
                ],
            },
        ),
        ("heading", {"text": "De-escaleren bij emotie", "level": "h2"}),
        (
            "steps",
            {
                "title": "Zo brengt u de spanning omlaag",
                "steps": [
                    {
                        "title": "Blijf zelf rustig",
                        "text": "<p>Praat langzaam en niet te hard. Haal rustig adem. De ander neemt uw "
                        "rust vaak over.</p>",
                    },
                    {
                        "title": "Luister en vat samen",
                        "text": "<p>Laat de ander uitpraten. Herhaal in uw eigen woorden wat u hoort. "
                        "Bijvoorbeeld: 'U wacht al drie weken en u hoort niets. Dat is "
                        "vervelend.'</p>",
                    },
                    {
                        "title": "Toon begrip voor het gevoel",
                        "text": "<p>U kunt begrip tonen voor de boosheid of het verdriet. U hoeft het "
                        "niet eens te zijn met de eis.</p>",
                    },
                    {
                        "title": "Zoek samen een volgende stap",
                        "text": "<p>Leg uit wat u wel kunt doen. Maak een concrete afspraak als dat "
                        "kan.</p>",
                    },
                ],
            },
        ),
        ("heading", {"text": "Begrenzen bij agressie", "level": "h2"}),
        (
            "text",
            "<p>Gaat iemand over de grens? Benoem dan het gedrag en zeg wat u verwacht. Doe dat kort "
            "en duidelijk. Bijvoorbeeld: <i>'U scheldt mij uit. Dat accepteer ik niet. Als u "
            "doorgaat, stop ik dit gesprek.'</i></p>"
            "<p>Houdt de ander niet op? Doe dan wat u zei. Stop het gesprek en vraag de persoon om te "
            "vertrekken. Zo blijft u duidelijk en betrouwbaar.</p>",
        ),
        (
            "quote",
            {
                "text": "Ik zeg altijd eerst wat ik zie. 'U staat heel dicht bij mij. Doe een stap "
                "terug, dan kunnen we praten.' Meestal werkt dat. Werkt het niet, dan roep ik "
                "hulp in.",
                "name": "Ahmed",
                "role": "boa in een middelgrote gemeente",
            },
        ),
        ("heading", {"text": "Alarmeren bij gevaar", "level": "h2"}),
        (
            "callout",
            {
                "kind": "belangrijk",
                "title": "Uw veiligheid gaat voor",
                "text": "<p>Voelt u zich niet veilig? Alarmeer dan meteen. Gebruik de alarmknop, roep "
                "een collega of bel 112. Loop weg als dat kan. U hoeft niet te wachten tot "
                "iemand u echt aanvalt.</p>",
            },
        ),
        (
            "checklist",
            {
                "title": "Spreek dit vooraf af in uw team",
                "items": [
                    "Waar zitten de alarmknoppen en wie komt er als iemand drukt?",
                    "Welk codewoord gebruikt u om een collega te waarschuwen?",
                    "Welke vluchtroute neemt u?",
                    "Wie belt de politie en wie vangt de collega op?",
                    "Wat doet u bij een huisbezoek of op straat, waar geen alarmknop is?",
                ],
            },
        ),
        (
            "text",
            "<p>Is het incident voorbij? Dan volgt de volgende stap: registreer wat er is gebeurd. "
            "Doe dat ook als het goed afliep.</p>",
        ),
    ],
}

topic_registreer = {
    "slug": "registreer-het-incident",
    "title": "Registreer het incident",
    "intro": (
        "Meld en registreer elk incident, groot of klein. Zo weet uw organisatie wat er speelt. "
        "En zo kan zij de dader aanspreken en de medewerker helpen."
    ),
    "search_description": (
        "Waarom en hoe registreert u elk incident van agressie? Wat legt u vast en wat gebeurt er "
        "daarna met uw melding?"
    ),
    "summary": [
        "Registreer elk incident, ook schelden of een dreigende e-mail.",
        "Doe het dezelfde dag, nu u alles nog goed weet.",
        "Gemeenten kunnen het Gemeentelijk Incidenten Registratiesysteem (GIR) gebruiken.",
        "De registratie is de basis voor reactie, aangifte, schadeverhaal en nazorg.",
        "De leidinggevende zorgt dat elke melding een vervolg krijgt.",
    ],
    "body": [
        ("heading", {"text": "Waarom registreren belangrijk is", "level": "h2"}),
        (
            "text",
            "<p>Veel medewerkers melden een incident niet. Ze denken: het hoort bij het werk. Of: er "
            "gebeurt toch niets mee. Maar zonder melding kan uw organisatie niets doen. Ze kan de "
            "dader niet aanspreken. Ze kan geen nazorg geven. En ze ziet niet waar het vaak "
            "misgaat.</p>"
            "<p>Een goede registratie helpt dus uzelf en uw collega's. De organisatie ziet trends en "
            "kan maatregelen nemen. Bijvoorbeeld een andere inrichting van de balie of een extra "
            "training.</p>",
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Elk incident telt",
                "text": "<p>Twijfelt u of iets erg genoeg is? Registreer het toch. Ook scheldwoorden, "
                "een dreigende e-mail of een dreigend bericht op sociale media tellen mee. "
                "Kleine incidenten kunnen een teken zijn dat er meer aankomt.</p>",
            },
        ),
        ("heading", {"text": "Wat legt u vast?", "level": "h2"}),
        (
            "checklist",
            {
                "title": "Dit hoort in de registratie",
                "items": [
                    "Datum, tijd en plaats van het incident",
                    "Wat er precies gebeurde, met de woorden die de dader gebruikte",
                    "Gegevens van de dader, als u die kent",
                    "Namen van getuigen en betrokken collega's",
                    "Schade aan spullen en eventueel letsel",
                    "Wat u zelf deed en wat collega's deden",
                    "Bewijs, zoals e-mails, berichten, foto's of camerabeelden",
                ],
            },
        ),
        ("heading", {"text": "Zo gaat het in de praktijk", "level": "h2"}),
        (
            "steps",
            {
                "title": "Van melding tot vervolg",
                "steps": [
                    {
                        "title": "De medewerker meldt",
                        "text": "<p>U meldt het incident dezelfde dag bij uw leidinggevende. Schrijf op "
                        "wat er gebeurde, nu u het nog goed weet.</p>",
                    },
                    {
                        "title": "Het incident wordt geregistreerd",
                        "text": "<p>De melding komt in het registratiesysteem van uw organisatie. "
                        "Gemeenten kunnen hiervoor het Gemeentelijk Incidenten "
                        "Registratiesysteem (GIR) gebruiken. Spreek af wie de registratie "
                        "invult: de medewerker, de leidinggevende of de "
                        "agressiecoördinator.</p>",
                    },
                    {
                        "title": "De leidinggevende pakt het op",
                        "text": "<p>De leidinggevende neemt contact op met de medewerker en regelt de "
                        "nazorg. Hij of zij zorgt ook dat de organisatie binnen 48 uur reageert "
                        "naar de dader.</p>",
                    },
                    {
                        "title": "De organisatie leert ervan",
                        "text": "<p>De agressiecoördinator of arbo-professional bekijkt regelmatig alle "
                        "meldingen. Zo ziet de organisatie waar extra maatregelen nodig "
                        "zijn.</p>",
                    },
                ],
            },
        ),
        (
            "accordion",
            {
                "title": "Vragen over registreren",
                "items": [
                    {
                        "question": "Wie mag mijn melding lezen?",
                        "answer": "<p>Alleen de mensen die de melding nodig hebben voor hun werk. Denk "
                        "aan uw leidinggevende en de agressiecoördinator. Spreek in uw "
                        "organisatie af wie toegang heeft.</p>",
                    },
                    {
                        "question": "Moet ik ook melden als ik het zelf heb opgelost?",
                        "answer": "<p>Ja. Ook dan is de melding nuttig. Zo ziet uw organisatie of "
                        "dezelfde persoon vaker over de grens gaat.</p>",
                    },
                    {
                        "question": "Is registreren hetzelfde als aangifte doen?",
                        "answer": "<p>Nee. Registreren doet u binnen uw eigen organisatie. Een melding "
                        "of aangifte doet u bij de politie. Dat is een aparte stap.</p>",
                    },
                ],
            },
        ),
        (
            "quote",
            {
                "text": "Vroeger meldde ik niets. Nu weet ik dat mijn leidinggevende er echt iets mee "
                "doet. Dat geeft mij rust.",
                "name": "Sandra",
                "role": "baliemedewerker bij een gemeente",
            },
        ),
    ],
}

topic_reageer = {
    "slug": "reageer",
    "title": "Reageer namens de organisatie naar de dader",
    "intro": (
        "De organisatie laat de dader binnen 48 uur weten dat zijn gedrag niet kan. Zo weet de "
        "dader waar de grens ligt. En de medewerker ziet dat de organisatie achter hem of haar staat."
    ),
    "search_description": (
        "Reageer binnen 48 uur namens de organisatie naar de dader. Welke reacties zijn er, van "
        "waarschuwingsbrief tot gebouwverbod en aangifte?"
    ),
    "summary": [
        "Reageer binnen 48 uur na het incident.",
        "De reactie komt van de organisatie, niet van de medewerker zelf.",
        "Kies een reactie die past bij wat er gebeurde.",
        "Mogelijke reacties: waarschuwingsbrief, gesprek, voorwaarden, gebouwverbod, schadeclaim "
        "en aangifte.",
        "Leg de reactie vast bij het incident in de registratie.",
    ],
    "body": [
        ("heading", {"text": "Waarom snel reageren?", "level": "h2"}),
        (
            "text",
            "<p>Een snelle reactie maakt duidelijk: dit gedrag accepteren wij niet. De dader merkt "
            "dat er gevolgen zijn. Dat maakt de kans kleiner dat het nog eens gebeurt. Ook voelt de "
            "medewerker zich gesteund. Hij of zij staat er niet alleen voor.</p>"
            "<p>Reageer daarom binnen 48 uur. Na een paar weken is het verband met het incident "
            "minder duidelijk. Dan heeft een reactie minder effect.</p>",
        ),
        (
            "callout",
            {
                "kind": "let_op",
                "title": "Laat de medewerker niet zelf reageren",
                "text": "<p>De reactie komt altijd van de organisatie. Een leidinggevende of "
                "directeur ondertekent de brief of voert het gesprek. Zo beschermt u de "
                "medewerker. Zet geen privégegevens van de medewerker in de brief.</p>",
            },
        ),
        ("heading", {"text": "Welke reacties zijn mogelijk?", "level": "h2"}),
        (
            "table",
            {
                "caption": "Mogelijke reacties naar de dader",
                "header": ["Reactie", "Wanneer past dit?", "Wie doet het?"],
                "rows": [
                    [
                        "Waarschuwingsbrief",
                        "Bij een eerste incident, zoals schelden of een dreigende toon.",
                        "Leidinggevende of directeur",
                    ],
                    [
                        "Incidentgesprek",
                        "Als u de dader wilt aanspreken en afspraken wilt maken.",
                        "Leidinggevende, met een collega erbij",
                    ],
                    [
                        "Voorwaarden aan verdere dienstverlening",
                        "Als de dader vaker over de grens gaat. Bijvoorbeeld: alleen nog op afspraak of "
                        "alleen schriftelijk contact.",
                        "Leidinggevende of directie",
                    ],
                    [
                        "Verbod om het gebouw te betreden",
                        "Bij ernstige of herhaalde agressie.",
                        "Directie of bestuur",
                    ],
                    [
                        "Schadeclaim",
                        "Als er materiële of immateriële schade is.",
                        "Werkgever, ook namens de medewerker",
                    ],
                    [
                        "Melding of aangifte bij de politie",
                        "Bij bedreiging, geweld of een ander strafbaar feit.",
                        "Medewerker of werkgever",
                    ],
                ],
            },
        ),
        (
            "text",
            "<p>U kunt reacties ook combineren. Bijvoorbeeld een waarschuwingsbrief <b>en</b> een "
            "aangifte. Of een incidentgesprek met daarna voorwaarden voor het volgende contact.</p>",
        ),
        ("heading", {"text": "Zo pakt u het aan", "level": "h2"}),
        (
            "steps",
            {
                "title": "Binnen 48 uur naar een reactie",
                "steps": [
                    {
                        "title": "Verzamel de feiten",
                        "text": "<p>Gebruik de registratie van het incident. Praat kort met de "
                        "medewerker en met eventuele getuigen.</p>",
                    },
                    {
                        "title": "Kies een passende reactie",
                        "text": "<p>Kijk naar wat er gebeurde en of de dader al eerder over de grens "
                        "ging. Volg het agressieprotocol van uw organisatie.</p>",
                    },
                    {
                        "title": "Overleg met de medewerker",
                        "text": "<p>Vertel de medewerker welke reactie u kiest. Vraag of hij of zij "
                        "zich daar goed bij voelt.</p>",
                    },
                    {
                        "title": "Stuur de reactie",
                        "text": "<p>Verstuur de brief of plan het gesprek. Noem het gedrag, de norm van "
                        "uw organisatie en de gevolgen als het nog eens gebeurt.</p>",
                    },
                    {
                        "title": "Leg het vast",
                        "text": "<p>Voeg de reactie toe aan de registratie. Zo weet iedereen wat er al "
                        "is gedaan.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Gebruik een voorbeeldbrief",
                "text": "<p>Bij de documenten op deze site vindt u een voorbeeldbrief met een "
                "waarschuwing aan de dader. Pas die aan voor uw eigen organisatie. Dan bent "
                "u snel klaar als het nodig is.</p>",
            },
        ),
    ],
}

topic_aangifte = {
    "slug": "doe-een-melding-of-aangifte",
    "title": "Doe een melding of aangifte bij de politie",
    "intro": (
        "Is er sprake van bedreiging, geweld of een ander strafbaar feit? Doe dan een melding of "
        "aangifte bij de politie. Doe dit bij voorkeur binnen 2 werkdagen."
    ),
    "search_description": (
        "Aangifte doen na agressie: bij voorkeur binnen 2 werkdagen, met het adres van de "
        "organisatie en de VPT-code. De werkgever kan het ook voor u doen."
    ),
    "summary": [
        "Doe een melding of aangifte bij voorkeur binnen 2 werkdagen.",
        "Geef het adres van de organisatie op, niet uw huisadres.",
        "Vraag de politie om de VPT-code. Dan gelden de Eenduidige Landelijke Afspraken (ELA).",
        "De werkgever kan namens de medewerker aangifte doen.",
        "Uw leidinggevende kan met u meegaan naar de politie.",
    ],
    "body": [
        ("heading", {"text": "Melding of aangifte: wat is het verschil?", "level": "h2"}),
        (
            "text",
            "<p>Bij een <b>melding</b> vertelt u de politie wat er is gebeurd. De politie weet dan "
            "van het incident. Bij een <b>aangifte</b> vraagt u de politie ook om de dader op te "
            "sporen en te laten vervolgen. Voor een strafzaak is dus een aangifte nodig.</p>"
            "<p>Twijfelt u wat het beste is? Overleg met uw leidinggevende of de "
            "agressiecoördinator. U kunt het ook aan de politie vragen.</p>",
        ),
        (
            "heading",
            {"text": "Speciale afspraken voor mensen met een publieke taak", "level": "h2"},
        ),
        (
            "text",
            "<p>Voor agressie tegen mensen met een publieke taak gelden de Eenduidige Landelijke "
            "Afspraken (ELA). Dat zijn afspraken tussen de overheid, de politie en het Openbaar "
            "Ministerie. De politie neemt de aangifte altijd op en start altijd een onderzoek. Het "
            "Openbaar Ministerie vervolgt in principe en eist een hogere straf.</p>"
            "<p>Deze afspraken gelden alleen als de aangifte de VPT-code heeft. Vraag de politie "
            "daarom altijd om die code.</p>",
        ),
        (
            "callout",
            {
                "kind": "belangrijk",
                "title": "Noem de VPT-code",
                "text": "<p>Zeg bij de melding of aangifte dat het gaat om agressie tegen iemand met "
                "een publieke taak. Vraag de politie om de VPT-code toe te voegen. Controleer "
                "of dit ook echt is gebeurd.</p>",
            },
        ),
        ("heading", {"text": "Zo doet u aangifte", "level": "h2"}),
        (
            "steps",
            {
                "title": "Stap voor stap",
                "steps": [
                    {
                        "title": "Bespreek het met uw leidinggevende",
                        "text": "<p>Doe dit zo snel mogelijk na het incident. Samen beslist u of er "
                        "aangifte komt en wie die doet.</p>",
                    },
                    {
                        "title": "Verzamel het bewijs",
                        "text": "<p>Neem de registratie van het incident mee. Denk ook aan berichten, "
                        "e-mails, foto's, camerabeelden en namen van getuigen.</p>",
                    },
                    {
                        "title": "Ga op tijd naar de politie",
                        "text": "<p>Doe aangifte bij voorkeur binnen 2 werkdagen. Dan weet u alles nog "
                        "goed en kan de politie snel handelen.</p>",
                    },
                    {
                        "title": "Geef het adres van de organisatie op",
                        "text": "<p>Gebruik nooit uw eigen huisadres. Zo komt uw huisadres niet in het "
                        "dossier terecht.</p>",
                    },
                    {
                        "title": "Vraag om de VPT-code",
                        "text": "<p>Zo gelden de Eenduidige Landelijke Afspraken. Vraag ook om een "
                        "kopie van de aangifte.</p>",
                    },
                ],
            },
        ),
        (
            "accordion",
            {
                "title": "Veelgestelde vragen",
                "items": [
                    {
                        "question": "Kan mijn werkgever aangifte doen in mijn plaats?",
                        "answer": "<p>Ja. De werkgever kan namens de medewerker aangifte doen. Dat is "
                        "prettig als u zich onveilig voelt of opziet tegen de politie. De "
                        "politie kan u wel vragen om een eigen verklaring.</p>",
                    },
                    {
                        "question": "Mag ik iemand meenemen naar de politie?",
                        "answer": "<p>Ja. Uw leidinggevende of een collega kan met u meegaan. Vraag "
                        "daar gerust om.</p>",
                    },
                    {
                        "question": "Wat als de politie de aangifte niet wil opnemen?",
                        "answer": "<p>Volgens de afspraken neemt de politie de aangifte altijd op. Wijs "
                        "de politie op de ELA. Lukt het toch niet? Vraag uw organisatie dan "
                        "om contact op te nemen met de vaste contactpersoon bij de "
                        "politie-eenheid.</p>",
                    },
                ],
            },
        ),
        (
            "quote",
            {
                "text": "Ik vond aangifte doen spannend. Mijn teamleider ging mee en gaf het adres van "
                "het kantoor op. Daardoor voelde ik me veilig.",
                "name": "Petra",
                "role": "klantmanager werk en inkomen",
            },
        ),
    ],
}

topic_schade = {
    "slug": "verhaal-de-schade",
    "title": "Verhaal de schade op de dader",
    "intro": (
        "Een incident kost vaak geld. Denk aan een kapotte ruit, een gescheurde jas of pijn en "
        "angst bij de medewerker. De dader moet voor die schade betalen. De werkgever kan de "
        "schade namens de medewerker verhalen."
    ),
    "search_description": (
        "Verhaal materiële en immateriële schade na agressie op de dader. De werkgever kan dit "
        "voor de medewerker doen. Zo pakt u het aan."
    ),
    "summary": [
        "Verhaal zowel materiële als immateriële schade op de dader.",
        "De werkgever kan dit doen namens de medewerker.",
        "Bewaar alle bonnen, facturen en andere bewijzen.",
        "Komt er een strafzaak? Dan kan het slachtoffer daar ook om vergoeding vragen.",
        "Schadeverhaal laat zien dat agressie gevolgen heeft.",
    ],
    "body": [
        ("heading", {"text": "Welke schade kunt u verhalen?", "level": "h2"}),
        (
            "table",
            {
                "caption": "Soorten schade",
                "header": ["Soort schade", "Voorbeelden"],
                "rows": [
                    [
                        "Materiële schade van de organisatie",
                        "Een kapotte balie, ruit, computer of telefoon. Kosten voor schoonmaak of extra "
                        "beveiliging.",
                    ],
                    [
                        "Materiële schade van de medewerker",
                        "Kapotte kleding, bril of telefoon. Kosten voor een arts of voor vervoer.",
                    ],
                    [
                        "Immateriële schade",
                        "Pijn, angst, verdriet of slecht slapen door het incident. Een vergoeding "
                        "hiervoor heet ook wel smartengeld.",
                    ],
                ],
            },
        ),
        ("heading", {"text": "Waarom schade verhalen?", "level": "h2"}),
        (
            "text",
            "<p>Schadeverhaal is meer dan geld terugkrijgen. Het laat de dader zien dat zijn gedrag "
            "gevolgen heeft. Het laat de medewerker zien dat de organisatie achter hem of haar "
            "staat. En het past bij de norm: agressie accepteren wij niet.</p>"
            "<p>Veel medewerkers zien op tegen het gedoe. Ze willen het incident liever vergeten. "
            "Daarom is het goed als de werkgever dit werk uit handen neemt.</p>",
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "De werkgever kan het regelen",
                "text": "<p>De werkgever kan de schade namens de medewerker verhalen. Leg dit vast in "
                "uw agressieprotocol. Dan weet iedereen wie wat doet. En de medewerker hoeft "
                "geen contact te hebben met de dader.</p>",
            },
        ),
        ("heading", {"text": "Zo verhaalt u de schade", "level": "h2"}),
        (
            "steps",
            {
                "title": "Stappen voor schadeverhaal",
                "steps": [
                    {
                        "title": "Breng de schade in kaart",
                        "text": "<p>Maak foto's van de schade. Bewaar bonnen, facturen en offertes. "
                        "Schrijf op welke klachten de medewerker heeft.</p>",
                    },
                    {
                        "title": "Stuur de dader een schadeclaim",
                        "text": "<p>Stuur een brief met het bedrag en een termijn om te betalen. Voeg "
                        "de bewijzen toe. Gebruik het adres van de organisatie als "
                        "afzender.</p>",
                    },
                    {
                        "title": "Volg de betaling",
                        "text": "<p>Betaalt de dader niet? Stuur dan een herinnering. Daarna kunt u een "
                        "incassobureau of advocaat inschakelen.</p>",
                    },
                    {
                        "title": "Gebruik de strafzaak",
                        "text": "<p>Heeft u aangifte gedaan en komt er een strafzaak? Dan kan het "
                        "slachtoffer ook daar om vergoeding van de schade vragen. In de "
                        "Eenduidige Landelijke Afspraken staat het slachtoffer voorop, ook bij "
                        "schadevergoeding.</p>",
                    },
                ],
            },
        ),
        (
            "checklist",
            {
                "title": "Bewaar dit bewijs",
                "items": [
                    "Foto's van de schade",
                    "Bonnen, facturen en offertes",
                    "Verklaringen van een arts of andere hulpverlener",
                    "De registratie van het incident",
                    "Een kopie van de melding of aangifte bij de politie",
                ],
            },
        ),
        (
            "accordion",
            {
                "title": "Vragen over schadeverhaal",
                "items": [
                    {
                        "question": "Moet de medewerker zelf contact hebben met de dader?",
                        "answer": "<p>Nee. Als de werkgever de schade verhaalt, loopt al het contact "
                        "via de organisatie. Het huisadres van de medewerker blijft zo buiten "
                        "beeld.</p>",
                    },
                    {
                        "question": "Wat als de dader weinig geld heeft?",
                        "answer": "<p>Stuur de claim toch. Soms kan de dader in delen betalen. Spreek "
                        "dat dan schriftelijk af. De claim laat in elk geval zien dat u het "
                        "incident serieus neemt.</p>",
                    },
                ],
            },
        ),
        (
            "quote",
            {
                "text": "We sturen nu bij elke schade een rekening naar de dader. Collega's merken "
                "dat we het serieus nemen. Dat maakt echt verschil.",
                "name": "Mirjam",
                "role": "agressiecoördinator bij een waterschap",
            },
        ),
    ],
}

theme_handelen = {
    "slug": "handelen-bij-een-incident",
    "title": "Handelen bij een incident",
    "intro": (
        "Er gebeurt iets aan de balie, op straat of aan de telefoon. Wat doet u dan? Volg deze "
        "vijf stappen, van het moment zelf tot het verhalen van de schade."
    ),
    "search_description": (
        "Wat doet u bij agressie tegen een medewerker? Vijf stappen: de-escaleren, registreren, "
        "reageren naar de dader, aangifte doen en schade verhalen."
    ),
    "numbered": True,
    "topics": [
        topic_de_escaleer,
        topic_registreer,
        topic_reageer,
        topic_aangifte,
        topic_schade,
    ],
}

# ---------------------------------------------------------------------------
# Nazorg
# ---------------------------------------------------------------------------

topic_overzicht = {
    "slug": "houd-overzicht",
    "title": "Houd overzicht",
    "intro": (
        "Na een incident moet er veel gebeuren. De leidinggevende houdt het overzicht. Hij of zij "
        "zorgt dat niets vergeten wordt en dat de medewerker de juiste steun krijgt."
    ),
    "search_description": (
        "Als leidinggevende houdt u na een incident het overzicht. Een tijdlijn met gesprekken na "
        "72 uur, 2 weken en 6 tot 8 weken helpt u daarbij."
    ),
    "summary": [
        "De leidinggevende houdt overzicht over alle stappen na een incident.",
        "Voer het eerste opvanggesprek binnen 72 uur.",
        "Plan vervolggesprekken na ongeveer 2 weken en na 6 tot 8 weken.",
        "Houd afspraken en acties bij in een logboek.",
        "Worden de klachten niet minder? Verwijs dan door naar professionele hulp.",
    ],
    "body": [
        ("heading", {"text": "Wat valt er allemaal te regelen?", "level": "h2"}),
        (
            "text",
            "<p>Na een incident lopen veel zaken door elkaar. De medewerker heeft opvang nodig. Het "
            "incident moet geregistreerd worden. De organisatie reageert naar de dader. Misschien "
            "komt er een aangifte of een schadeclaim. En het team wil weten wat er is gebeurd.</p>"
            "<p>Als leidinggevende zorgt u dat al die stappen gebeuren. U hoeft niet alles zelf te "
            "doen. Maar u weet wel wie wat doet en wanneer.</p>",
        ),
        (
            "table",
            {
                "caption": "Tijdlijn van de nazorg",
                "header": ["Wanneer", "Wat", "Wie"],
                "rows": [
                    [
                        "Direct",
                        "De medewerker opvangen. Zorgen dat hij of zij veilig is en niet alleen naar "
                        "huis gaat.",
                        "Leidinggevende, collega of bedrijfsopvangteam",
                    ],
                    [
                        "Dezelfde dag",
                        "Het incident registreren. Afspreken wie contact houdt met de medewerker.",
                        "Medewerker en leidinggevende",
                    ],
                    [
                        "Binnen 48 uur",
                        "Reageren naar de dader. Bij voorkeur binnen 2 werkdagen melding of aangifte "
                        "doen.",
                        "Leidinggevende of werkgever",
                    ],
                    [
                        "Binnen 72 uur",
                        "Eerste opvanggesprek met de medewerker.",
                        "Leidinggevende of bedrijfsopvangteam",
                    ],
                    [
                        "Na ongeveer 2 weken",
                        "Vervolggesprek: hoe gaat het nu? Zijn er nog klachten?",
                        "Leidinggevende",
                    ],
                    [
                        "Na 6 tot 8 weken",
                        "Tweede vervolggesprek. Zijn er nog klachten? Dan doorverwijzen naar "
                        "professionele hulp.",
                        "Leidinggevende, eventueel met de bedrijfsarts",
                    ],
                ],
            },
        ),
        ("heading", {"text": "Houd een logboek bij", "level": "h2"}),
        (
            "text",
            "<p>Schrijf na elk gesprek kort op wat u hebt besproken en afgesproken. Noteer ook wat er "
            "met de dader is gebeurd. Zo kunt u de medewerker goed op de hoogte houden. En een "
            "collega kan het overnemen als u er niet bent.</p>",
        ),
        (
            "checklist",
            {
                "title": "Dit houdt u bij als leidinggevende",
                "items": [
                    "Is het incident geregistreerd?",
                    "Is de reactie naar de dader binnen 48 uur verstuurd?",
                    "Is er een melding of aangifte gedaan, met de VPT-code?",
                    "Is de schade in kaart gebracht?",
                    "Zijn de gesprekken na 72 uur, 2 weken en 6 tot 8 weken gepland?",
                    "Weet het team wat er is gebeurd, voor zover de medewerker dat goed vindt?",
                ],
            },
        ),
        ("heading", {"text": "Let op signalen", "level": "h2"}),
        (
            "callout",
            {
                "kind": "let_op",
                "title": "Niet iedereen laat zien hoe het gaat",
                "text": "<p>Sommige medewerkers zeggen dat het goed gaat, maar hebben het toch "
                "moeilijk. Let op signalen zoals slecht slapen, snel schrikken, prikkelbaar "
                "zijn of bepaald werk ontlopen. Worden de klachten na een paar weken niet "
                "minder? Verwijs dan door naar de bedrijfsarts of een andere "
                "professional.</p>",
            },
        ),
        (
            "accordion",
            {
                "title": "Vragen van leidinggevenden",
                "items": [
                    {
                        "question": "Wat als ik zelf niet bereikbaar ben?",
                        "answer": "<p>Spreek af wie uw taak overneemt. Zorg dat die persoon uw logboek "
                        "kan inzien. De medewerker moet altijd weten bij wie hij of zij "
                        "terecht kan.</p>",
                    },
                    {
                        "question": "Moet ik het team informeren?",
                        "answer": "<p>Ja, maar overleg eerst met de medewerker. Vertel wat nodig is, "
                        "niet meer. Zo kan het team steun geven en leren van het "
                        "incident.</p>",
                    },
                ],
            },
        ),
    ],
}

topic_rots = {
    "slug": "wees-de-rots",
    "title": "Wees de rots in de branding voor het slachtoffer",
    "intro": (
        "Een medewerker die agressie meemaakt, heeft steun en erkenning nodig. Als leidinggevende "
        "bent u het vaste aanspreekpunt. U bent er, u luistert en u komt uw afspraken na."
    ),
    "search_description": (
        "Hoe steunt u als leidinggevende een medewerker na agressie? Wees een vast aanspreekpunt, "
        "luister, bied praktische hulp en kom afspraken na."
    ),
    "summary": [
        "Wees een vast en bereikbaar aanspreekpunt.",
        "Neem zelf contact op en wacht niet tot de medewerker komt.",
        "Luister, erken wat er gebeurde en oordeel niet.",
        "Bied praktische hulp, zoals vervoer naar huis of mee naar de politie.",
        "Kom uw afspraken na en houd contact, ook na weken.",
    ],
    "body": [
        ("heading", {"text": "Wat heeft een slachtoffer nodig?", "level": "h2"}),
        (
            "text",
            "<p>Na een incident voelen mensen zich vaak onzeker, boos of bang. Sommigen twijfelen aan "
            "zichzelf: had ik het anders moeten doen? Het helpt dan als u duidelijk zegt: <i>'Het "
            "ligt niet aan u. Dit gedrag hoort niet.'</i></p>"
            "<p>Erkenning, rust en praktische steun zijn vaak het belangrijkst. U hoeft geen "
            "hulpverlener te zijn. Wel iemand die er is en die betrouwbaar is.</p>",
        ),
        ("heading", {"text": "Zo bent u de rots in de branding", "level": "h2"}),
        (
            "steps",
            {
                "title": "Wat u doet als leidinggevende",
                "steps": [
                    {
                        "title": "Wees er direct",
                        "text": "<p>Ga meteen naar de medewerker toe of bel. Vraag hoe het gaat en wat "
                        "hij of zij nodig heeft. Zorg dat de medewerker niet alleen naar huis "
                        "gaat.</p>",
                    },
                    {
                        "title": "Voer binnen 72 uur een opvanggesprek",
                        "text": "<p>Vraag wat er gebeurde en hoe de medewerker zich voelt. Luister "
                        "vooral. Leg uit wat de organisatie nu gaat doen.</p>",
                    },
                    {
                        "title": "Neem zelf contact op",
                        "text": "<p>Wacht niet af. Bel of stuur in de eerste dagen even een bericht. "
                        "Een kort berichtje laat al zien dat u meeleeft.</p>",
                    },
                    {
                        "title": "Bied praktische hulp",
                        "text": "<p>Regel vervoer naar huis. Ga mee naar de politie als de medewerker "
                        "aangifte doet. Pas het rooster tijdelijk aan als dat helpt.</p>",
                    },
                    {
                        "title": "Blijf volgen",
                        "text": "<p>Plan vervolggesprekken na ongeveer 2 weken en na 6 tot 8 weken. "
                        "Blijf ook daarna alert op hoe het gaat.</p>",
                    },
                ],
            },
        ),
        (
            "table",
            {
                "caption": "Wat helpt wel en wat niet?",
                "header": ["Dit helpt", "Dit helpt niet"],
                "rows": [
                    [
                        "Luisteren en doorvragen",
                        "Het incident klein maken: 'Dat hoort nu eenmaal bij het werk.'",
                    ],
                    [
                        "Zeggen dat het gedrag niet acceptabel was",
                        "Vragen wat de medewerker zelf fout deed",
                    ],
                    ["Zelf contact zoeken", "Wachten tot de medewerker zich meldt"],
                    ["Afspraken nakomen", "Beloftes doen die u niet kunt waarmaken"],
                    ["Keuzes aan de medewerker laten", "Alles voor de medewerker beslissen"],
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "belangrijk",
                "title": "Laat de regie bij de medewerker",
                "text": "<p>Vraag wat de medewerker wil. Wil hij of zij morgen weer werken, of juist "
                "een paar dagen rust? Wil hij of zij de dader liever niet meer zien? Neem die "
                "wensen serieus en zoek samen naar een oplossing.</p>",
            },
        ),
        (
            "quote",
            {
                "text": "Mijn leidinggevende belde dezelfde avond nog. Ze zei: 'Dit had niet mogen "
                "gebeuren. Ik regel de rest.' Dat vergeet ik nooit.",
                "name": "Joyce",
                "role": "medewerker vergunningen bij een provincie",
            },
        ),
        (
            "text",
            "<p>U staat er als leidinggevende ook niet alleen voor. Een bedrijfsopvangteam van "
            "getrainde collega's kan de eerste opvang met u delen.</p>",
        ),
    ],
}

topic_bot = {
    "slug": "bedrijfsopvangteam",
    "title": "Bedrijfsopvangteam",
    "intro": (
        "Een bedrijfsopvangteam (BOT) bestaat uit getrainde collega's. Zij bieden de eerste "
        "opvang na een schokkend incident. Zo staat een medewerker er nooit alleen voor."
    ),
    "search_description": (
        "Een bedrijfsopvangteam (BOT) van getrainde collega's geeft eerste opvang na agressie. "
        "Wat doet een BOT en hoe richt u het in?"
    ),
    "summary": [
        "Een BOT bestaat uit collega's die getraind zijn in opvang.",
        "Het BOT geeft eerste steun, naast de leidinggevende.",
        "Het BOT vervangt geen professionele hulp.",
        "Zorg dat iedereen weet hoe het BOT te bereiken is.",
        "Train de teamleden goed en herhaal de training regelmatig.",
    ],
    "body": [
        ("heading", {"text": "Wat doet een bedrijfsopvangteam?", "level": "h2"}),
        (
            "text",
            "<p>Een BOT is een groep collega's met een extra opleiding. Zij weten hoe mensen "
            "reageren op een schokkende gebeurtenis. Zij bieden een luisterend oor en praktische "
            "hulp. En ze letten op of iemand meer hulp nodig heeft.</p>"
            "<p>Een BOT werkt samen met de leidinggevende. De leidinggevende houdt het overzicht en "
            "blijft het vaste aanspreekpunt. Het BOT vult dat aan. Soms praat een medewerker "
            "makkelijker met een collega dan met de eigen leidinggevende.</p>",
        ),
        (
            "table",
            {
                "caption": "Wie doet wat bij de opvang?",
                "header": ["Rol", "Taken"],
                "rows": [
                    [
                        "Leidinggevende",
                        "Houdt overzicht. Regelt registratie, reactie naar de dader en aangifte. Is het "
                        "vaste aanspreekpunt.",
                    ],
                    [
                        "Bedrijfsopvangteam",
                        "Geeft eerste opvang en luistert. Legt uit welke reacties normaal zijn. Merkt op "
                        "als iemand meer hulp nodig heeft.",
                    ],
                    [
                        "Bedrijfsarts of psycholoog",
                        "Helpt als de klachten na enkele weken niet minder worden.",
                    ],
                    [
                        "Agressiecoördinator",
                        "Bewaakt het agressieprotocol en helpt het BOT goed te organiseren.",
                    ],
                ],
            },
        ),
        ("heading", {"text": "Een BOT opzetten", "level": "h2"}),
        (
            "steps",
            {
                "title": "Zo richt u een bedrijfsopvangteam in",
                "steps": [
                    {
                        "title": "Kies geschikte collega's",
                        "text": "<p>Zoek collega's die goed kunnen luisteren en rustig blijven. Zorg "
                        "voor een mix van afdelingen. Meedoen is vrijwillig.</p>",
                    },
                    {
                        "title": "Zorg voor een goede training",
                        "text": "<p>BOT-leden leren wat een schokkende gebeurtenis met mensen doet. Ze "
                        "oefenen met opvanggesprekken. Herhaal de training regelmatig.</p>",
                    },
                    {
                        "title": "Maak duidelijke afspraken",
                        "text": "<p>Leg vast wanneer het BOT in actie komt, wie het inschakelt en hoe "
                        "het samenwerkt met de leidinggevende. Zet dit in het "
                        "agressieprotocol.</p>",
                    },
                    {
                        "title": "Maak het BOT bekend",
                        "text": "<p>Vertel alle medewerkers dat het BOT er is. Zet de contactgegevens "
                        "op een plek die iedereen kent, zoals het intranet.</p>",
                    },
                    {
                        "title": "Zorg ook voor de BOT-leden",
                        "text": "<p>Opvang geven kan zwaar zijn. Plan daarom ook een nagesprek voor de "
                        "BOT-leden zelf.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "let_op",
                "title": "Een BOT-lid is geen hulpverlener",
                "text": "<p>BOT-leden zijn geen therapeuten. Zij bieden eerste opvang. Heeft een "
                "medewerker na enkele weken nog veel klachten? Dan verwijst het BOT of de "
                "leidinggevende door naar de bedrijfsarts of een psycholoog.</p>",
            },
        ),
        (
            "accordion",
            {
                "title": "Vragen over het BOT",
                "items": [
                    {
                        "question": "Moet een medewerker met het BOT praten?",
                        "answer": "<p>Nee. Het BOT biedt hulp aan, maar de medewerker kiest zelf. Het "
                        "BOT neemt wel contact op, zodat de medewerker weet dat de hulp er "
                        "is.</p>",
                    },
                    {
                        "question": "Is een gesprek met het BOT vertrouwelijk?",
                        "answer": "<p>Ja. Het BOT-lid deelt alleen informatie als de medewerker dat "
                        "goed vindt. Spreek dit vooraf duidelijk af.</p>",
                    },
                    {
                        "question": "Onze organisatie is klein. Kan dat wel?",
                        "answer": "<p>Ja. U kunt bijvoorbeeld samenwerken met een organisatie in de "
                        "buurt en samen één BOT opzetten.</p>",
                    },
                ],
            },
        ),
        (
            "quote",
            {
                "text": "Als BOT-lid ben ik er vooral om te luisteren. Ik zeg vaak: wat u nu voelt, "
                "is een normale reactie op iets wat niet normaal is. Dat geeft mensen rust.",
                "name": "Karim",
                "role": "lid van het bedrijfsopvangteam bij een ministerie",
            },
        ),
    ],
}

theme_nazorg = {
    "slug": "nazorg",
    "title": "Nazorg",
    "intro": (
        "Na een incident heeft een medewerker steun nodig. Goede nazorg helpt om het incident te "
        "verwerken en weer met vertrouwen aan het werk te gaan."
    ),
    "search_description": (
        "Nazorg na agressie: een gesprek binnen 72 uur, vervolg na 2 weken en na 6 tot 8 weken, "
        "en de rol van de leidinggevende en het BOT."
    ),
    "numbered": False,
    "topics": [
        topic_overzicht,
        topic_rots,
        topic_bot,
    ],
}

THEMES = [theme_handelen, theme_nazorg]

# ---------------------------------------------------------------------------
# Documents (rendered as PDF). Plain text, Latin-1 characters only.
# ---------------------------------------------------------------------------

DOCUMENTS = [
    {
        "slug": "checklist-na-een-incident",
        "title": "Checklist na een incident",
        "category": "Checklist",
        "theme": "handelen-bij-een-incident",
        "description": (
            "Wat moet er gebeuren na een incident van agressie? Deze checklist helpt medewerkers "
            "en leidinggevenden in het eerste uur, de eerste dag en de eerste 48 uur."
        ),
        "published": "2026-01-15",
        "sections": [
            {
                "heading": "Zo gebruikt u deze checklist",
                "paragraphs": [
                    "Na een incident gebeurt er veel tegelijk. Met deze checklist vergeet u niets. "
                    "Vink elke stap af als die klaar is.",
                    "Volg altijd ook het agressieprotocol van uw eigen organisatie.",
                ],
                "bullets": [],
            },
            {
                "heading": "Het eerste uur",
                "paragraphs": [
                    "Veiligheid en opvang gaan voor alles.",
                ],
                "bullets": [
                    "Is iedereen veilig? Zo niet: alarmeer of bel 112.",
                    "Is er iemand gewond? Zorg voor eerste hulp.",
                    "De leidinggevende is op de hoogte.",
                    "De medewerker wordt opgevangen door de leidinggevende, een collega of het "
                    "bedrijfsopvangteam.",
                    "De medewerker gaat niet alleen naar huis.",
                    "Bewijs is bewaard: berichten, e-mails, foto's, camerabeelden en namen van "
                    "getuigen.",
                ],
            },
            {
                "heading": "De eerste dag",
                "paragraphs": [
                    "Leg vast wat er is gebeurd, nu iedereen het nog goed weet.",
                ],
                "bullets": [
                    "Het incident is geregistreerd. Gemeenten kunnen het Gemeentelijk "
                    "Incidenten Registratiesysteem (GIR) gebruiken.",
                    "Er is afgesproken wie contact houdt met de medewerker.",
                    "Er is besproken of er een melding of aangifte bij de politie komt.",
                    "Er is een afspraak gemaakt voor het eerste opvanggesprek.",
                ],
            },
            {
                "heading": "De eerste 48 uur",
                "paragraphs": [
                    "De organisatie laat de dader snel weten dat dit gedrag niet kan.",
                ],
                "bullets": [
                    "De organisatie heeft binnen 48 uur gereageerd naar de dader. Bijvoorbeeld "
                    "met een waarschuwingsbrief, een incidentgesprek, voorwaarden, een "
                    "gebouwverbod of een schadeclaim.",
                    "De reactie is vastgelegd in de registratie.",
                    "De melding of aangifte is gedaan, bij voorkeur binnen 2 werkdagen.",
                    "Bij de aangifte is het adres van de organisatie opgegeven, niet het "
                    "huisadres van de medewerker.",
                    "De politie heeft de VPT-code toegevoegd, zodat de Eenduidige Landelijke "
                    "Afspraken (ELA) gelden.",
                    "De schade is in kaart gebracht: bonnen, facturen en foto's zijn bewaard.",
                ],
            },
            {
                "heading": "Daarna",
                "paragraphs": [
                    "Nazorg stopt niet na een paar dagen.",
                ],
                "bullets": [
                    "Binnen 72 uur: eerste opvanggesprek met de medewerker.",
                    "Na ongeveer 2 weken: vervolggesprek.",
                    "Na 6 tot 8 weken: tweede vervolggesprek. Zijn er nog klachten? Verwijs "
                    "dan door naar de bedrijfsarts of een andere professional.",
                    "De schade is verhaald op de dader, zo nodig door de werkgever.",
                ],
            },
        ],
    },
    {
        "slug": "voorbeeldbrief-waarschuwing-aan-de-dader",
        "title": "Voorbeeldbrief waarschuwing aan de dader",
        "category": "Voorbeeld",
        "theme": "handelen-bij-een-incident",
        "description": (
            "Een voorbeeld van een waarschuwingsbrief die uw organisatie binnen 48 uur naar de "
            "dader kan sturen. Vul de gegevens tussen haken in en pas de tekst aan."
        ),
        "published": "2026-01-15",
        "sections": [
            {
                "heading": "Zo gebruikt u deze brief",
                "paragraphs": [
                    "Stuur de brief binnen 48 uur na het incident. Vul alles tussen [haken] in. "
                    "Pas de tekst aan aan de situatie en aan het beleid van uw organisatie.",
                    "Een leidinggevende of directeur ondertekent de brief. Zet nooit de naam of "
                    "het huisadres van de medewerker in de brief. Gebruik het adres van de "
                    "organisatie.",
                ],
                "bullets": [
                    "Bewaar een kopie bij de registratie van het incident.",
                    "Bespreek de brief vooraf met de betrokken medewerker.",
                ],
            },
            {
                "heading": "Gegevens bovenaan de brief",
                "paragraphs": [],
                "bullets": [
                    "Afzender: [naam organisatie], [adres organisatie]",
                    "Aan: [naam], [adres]",
                    "Datum: [datum]",
                    "Ons kenmerk: [kenmerk]",
                    "Onderwerp: Waarschuwing na uw gedrag op [datum incident]",
                ],
            },
            {
                "heading": "Aanhef en aanleiding",
                "paragraphs": [
                    "Geachte heer/mevrouw [naam],",
                    "Op [datum incident] om [tijd] was u in contact met een medewerker van "
                    "[naam organisatie]. Dat was [aan de balie / aan de telefoon / per e-mail / "
                    "op straat / tijdens een huisbezoek] in [plaats].",
                    "Tijdens dit contact heeft u [korte, feitelijke beschrijving van het gedrag, "
                    "bijvoorbeeld: onze medewerker uitgescholden en gedreigd met geweld].",
                ],
                "bullets": [],
            },
            {
                "heading": "Onze norm",
                "paragraphs": [
                    "Wij begrijpen dat u het niet altijd eens bent met een besluit. U mag boos "
                    "zijn en u mag kritiek geven. Maar schelden, dreigen, intimideren en geweld "
                    "accepteren wij niet. Onze medewerkers moeten veilig hun werk kunnen doen.",
                    "Daarom sturen wij u deze waarschuwing. Wij hebben het incident geregistreerd.",
                ],
                "bullets": [],
            },
            {
                "heading": "Wat er gebeurt als het nog eens voorkomt",
                "paragraphs": [
                    "Wij verwachten dat u zich voortaan aan onze regels houdt. Gebeurt het "
                    "opnieuw? Dan kunnen wij verdere maatregelen nemen. Bijvoorbeeld:",
                ],
                "bullets": [
                    "U kunt alleen nog op afspraak of alleen schriftelijk contact met ons hebben.",
                    "U krijgt een verbod om ons gebouw te betreden.",
                    "Wij verhalen de schade op u.",
                    "Wij doen een melding of aangifte bij de politie.",
                    "[Eventueel: Wij hebben al aangifte gedaan / Wij sturen u een rekening voor "
                    "de schade van [bedrag] euro.]",
                ],
            },
            {
                "heading": "Afsluiting",
                "paragraphs": [
                    "Heeft u vragen over deze brief? Neem dan contact op met [naam "
                    "contactpersoon, functie] via [telefoonnummer of e-mailadres van de "
                    "organisatie].",
                    "Met vriendelijke groet,",
                    "[naam leidinggevende of directeur]",
                    "[functie]",
                    "[naam organisatie]",
                ],
                "bullets": [],
            },
        ],
    },
    {
        "slug": "handreiking-nazorg-voor-leidinggevenden",
        "title": "Handreiking nazorg voor leidinggevenden",
        "category": "Handreiking",
        "theme": "nazorg",
        "description": (
            "Een praktische handreiking voor leidinggevenden. Wat doet u na een incident om uw "
            "medewerker goed te steunen, van de eerste opvang tot het laatste gesprek?"
        ),
        "published": "2026-02-02",
        "sections": [
            {
                "heading": "Waarom nazorg belangrijk is",
                "paragraphs": [
                    "Agressie kan veel impact hebben, ook als er geen letsel is. Een medewerker "
                    "kan zich onzeker, bang of boos voelen. Goede nazorg helpt om het incident "
                    "te verwerken en weer met vertrouwen te werken.",
                    "Als leidinggevende speelt u daarin de belangrijkste rol. U houdt het "
                    "overzicht en u bent het vaste aanspreekpunt voor de medewerker.",
                ],
                "bullets": [],
            },
            {
                "heading": "Direct na het incident",
                "paragraphs": [
                    "Zorg eerst voor veiligheid en rust. Ga naar de medewerker toe of bel.",
                ],
                "bullets": [
                    "Vraag hoe het gaat en wat de medewerker nu nodig heeft.",
                    "Zeg duidelijk dat het gedrag van de dader niet acceptabel was.",
                    "Zorg dat de medewerker niet alleen naar huis gaat. Regel zo nodig vervoer.",
                    "Schakel het bedrijfsopvangteam (BOT) in als uw organisatie dat heeft.",
                    "Zorg dat het incident dezelfde dag wordt geregistreerd.",
                ],
            },
            {
                "heading": "Het eerste opvanggesprek, binnen 72 uur",
                "paragraphs": [
                    "Voer binnen 72 uur een eerste opvanggesprek. Dat kunt u zelf doen of samen "
                    "met een lid van het BOT. Luister vooral. Oordeel niet.",
                ],
                "bullets": [
                    "Vraag wat er gebeurde en hoe de medewerker zich nu voelt.",
                    "Leg uit welke reacties normaal zijn, zoals slecht slapen of snel schrikken.",
                    "Vertel wat de organisatie doet: de reactie naar de dader binnen 48 uur, "
                    "een melding of aangifte en het verhalen van de schade.",
                    "Vraag wat de medewerker wil, bijvoorbeeld over werken in de komende dagen.",
                    "Maak een afspraak voor het volgende gesprek.",
                ],
            },
            {
                "heading": "Vervolggesprekken na 2 weken en na 6 tot 8 weken",
                "paragraphs": [
                    "Plan een vervolggesprek na ongeveer 2 weken en nog een na 6 tot 8 weken. "
                    "Bespreek hoe het nu gaat en wat er met de dader is gebeurd.",
                    "Worden de klachten niet minder? Verwijs dan door naar de bedrijfsarts of "
                    "een psycholoog.",
                ],
                "bullets": [
                    "Let op signalen: slecht slapen, snel schrikken, prikkelbaar zijn, werk "
                    "ontlopen of vaker ziek zijn.",
                    "Vraag of de medewerker nog iets nodig heeft van de organisatie.",
                    "Vertel wat er is gebeurd met de aangifte en de schadeclaim.",
                ],
            },
            {
                "heading": "Houd overzicht",
                "paragraphs": [
                    "Houd een kort logboek bij. Schrijf na elk gesprek op wat u hebt besproken "
                    "en afgesproken. Zo kan een collega het overnemen als u er niet bent.",
                ],
                "bullets": [
                    "Incident geregistreerd",
                    "Reactie naar de dader binnen 48 uur",
                    "Melding of aangifte bij voorkeur binnen 2 werkdagen, met de VPT-code en "
                    "het adres van de organisatie",
                    "Schade in kaart gebracht en verhaald",
                    "Gesprekken na 72 uur, 2 weken en 6 tot 8 weken gevoerd",
                    "Team geïnformeerd, voor zover de medewerker dat goed vindt",
                ],
            },
            {
                "heading": "Zorg ook voor uzelf",
                "paragraphs": [
                    "Een incident in uw team kan ook u raken. Praat erover met een collega, uw "
                    "eigen leidinggevende of het BOT. Zo blijft u een stevig aanspreekpunt voor "
                    "uw medewerker.",
                ],
                "bullets": [],
            },
        ],
    },
]
