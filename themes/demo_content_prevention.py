"""Demo content for the themes "Voorkomen" (/preventie/) and "Beleid maken" (/beleid-maken/).

Pure data: the demo content loader turns THEMES into ThemePage and TopicPage pages and DOCUMENTS
into downloadable PDF documents. All text is Dutch at language level B1 and addresses the reader
as "u". People in quotes are fictional, illustrative voices with a generic role.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Voorkomen
# ---------------------------------------------------------------------------------------------

topic_stel_een_norm = {
    "slug": "stel-een-norm",
    "title": "Stel een norm",
    "intro": "Een norm maakt duidelijk welk gedrag u van bezoekers verwacht en welk gedrag u niet accepteert. Zo weten medewerkers en bezoekers waar de grens ligt.",
    "search_description": "Maak met een norm duidelijk welk gedrag u accepteert en welk niet. Lees over de norm Stop Agressie Samen en de drie soorten gedrag.",
    "summary": [
        "Een norm laat zien welk gedrag u wel en niet accepteert.",
        "De landelijke norm heet 'Stop Agressie Samen' en bestaat sinds 31 januari 2023.",
        "De norm heeft drie delen: zeg nee, meld het en maak werk van veiligheid.",
        "De norm kent drie soorten gedrag: gewenst, acceptabel en onacceptabel.",
        "Maak de norm zichtbaar voor bezoekers en bespreek hem in uw team.",
    ],
    "body": [
        ("heading", {"text": "Waarom een norm?", "level": "h2"}),
        (
            "text",
            "<p>Medewerkers met een publieke taak hebben soms te maken met boze mensen. Dat is niet vreemd. "
            "Mensen komen vaak met een zorg of een probleem. Maar er is een grens. Schelden, dreigen en slaan "
            "horen er niet bij.</p>"
            "<p>Een norm maakt die grens duidelijk. Voor bezoekers, maar ook voor uw eigen medewerkers. Als "
            "iedereen dezelfde grens kent, reageert ook iedereen op dezelfde manier. Dat geeft rust en houvast.</p>",
        ),
        ("heading", {"text": "De landelijke norm: Stop Agressie Samen", "level": "h2"}),
        (
            "text",
            "<p>Op 31 januari 2023 presenteerde de minister van BZK in Utrecht de norm <b>Stop Agressie Samen: "
            "zeg nee, meld het en maak werk van veiligheid</b>. Vertegenwoordigers van het Rijk, provincies, "
            "gemeenten en waterschappen schreven de norm. Zij deden dat samen met het team Veilige Publieke "
            "Dienstverlening van BZK.</p>"
            "<p>De norm heeft drie delen:</p>"
            "<ol>"
            "<li><b>Ik zeg nee tegen agressie.</b> Iedere medewerker mag een grens stellen.</li>"
            "<li><b>Wij melden agressie.</b> Elk incident telt, ook als het klein lijkt.</li>"
            "<li><b>De werkgever zorgt voor een veilige werkplek</b> en grijpt direct in als er iets gebeurt.</li>"
            "</ol>",
        ),
        ("heading", {"text": "Drie soorten gedrag", "level": "h2"}),
        (
            "text",
            "<p>De norm maakt onderscheid tussen drie soorten gedrag. Zo weet u wanneer u het gesprek gewoon "
            "voortzet en wanneer u een grens trekt.</p>",
        ),
        (
            "table",
            {
                "caption": "De drie soorten gedrag in de norm",
                "header": ["Soort gedrag", "Voorbeelden", "Wat doet u?"],
                "rows": [
                    [
                        "Gewenst",
                        "De bezoeker is beleefd, luistert en werkt mee.",
                        "U helpt zoals altijd.",
                    ],
                    [
                        "Acceptabel",
                        "De bezoeker is emotioneel, verdrietig of boos. Of hij heeft kritiek op een besluit.",
                        "U blijft rustig, luistert en probeert de spanning te verlagen.",
                    ],
                    [
                        "Onacceptabel",
                        "Schelden, dreigen, intimideren, discrimineren, spugen of slaan.",
                        "U stelt een grens, stopt zo nodig het gesprek en meldt het incident.",
                    ],
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Emotie is nog geen agressie",
                "text": "<p>Een boze of verdrietige bezoeker is nog niet agressief. Geef ruimte aan emotie en "
                "kritiek. Trek pas een grens als iemand over de lijn gaat.</p>",
            },
        ),
        ("heading", {"text": "Zo maakt u de norm zichtbaar", "level": "h2"}),
        (
            "steps",
            {
                "title": "In vier stappen aan de slag",
                "steps": [
                    {
                        "title": "Kies de norm",
                        "text": "<p>Sluit u aan bij de landelijke norm Stop Agressie Samen. Laat het bestuur "
                        "of de directie de norm vaststellen. Zo weet iedereen dat de top erachter staat.</p>",
                    },
                    {
                        "title": "Vertaal de norm naar het werk",
                        "text": "<p>Bespreek met elk team wat de drie soorten gedrag betekenen in hun werk. "
                        "Aan de balie ziet dat er anders uit dan op straat of bij een huisbezoek.</p>",
                    },
                    {
                        "title": "Laat de norm zien",
                        "text": "<p>Hang de norm op bij de ingang en bij de balie. Zet hem op uw website en "
                        "verwijs ernaar in brieven. Zo kennen bezoekers de grens al voordat ze binnenkomen.</p>",
                    },
                    {
                        "title": "Houd de norm levend",
                        "text": "<p>Praat er regelmatig over in het werkoverleg. Bespreek incidenten en kijk "
                        "of de grens voor iedereen nog duidelijk is.</p>",
                    },
                ],
            },
        ),
        (
            "quote",
            {
                "text": "Sinds de norm bij onze balie hangt, kunnen we er gewoon naar wijzen. Dat maakt het "
                "makkelijker om rustig een grens aan te geven.",
                "name": "Sanne",
                "role": "teamleider publiekszaken",
            },
        ),
    ],
}

topic_agressieprotocol = {
    "slug": "agressieprotocol-opstellen",
    "title": "Agressieprotocol opstellen",
    "intro": "Een agressieprotocol beschrijft wat u doet voor, tijdens en na een incident. Met een goed protocol weet iedereen wat er van hem of haar wordt verwacht, ook als de spanning hoog oploopt.",
    "search_description": "Stel een agressieprotocol op: wat er in moet staan, wie u erbij betrekt en hoe u het protocol invoert, oefent en verbetert.",
    "summary": [
        "Een protocol beschrijft wie wat doet bij agressie, en wanneer.",
        "Maak het protocol samen met medewerkers, leidinggevenden en de OR.",
        "Leg ook de reactie naar de dader binnen 48 uur, de aangifte en de nazorg vast.",
        "Houd het protocol kort en oefen het regelmatig.",
    ],
    "body": [
        ("heading", {"text": "Wat is een agressieprotocol?", "level": "h2"}),
        (
            "text",
            "<p>In een agressieprotocol staan de afspraken van uw organisatie over agressie. Het gaat over de "
            "tijd voor een incident, tijdens een incident en erna. Het protocol maakt duidelijk wie wat doet. "
            "Zo hoeft niemand op het moment zelf over de regels na te denken.</p>"
            "<p>Veel organisaties maken naast een algemeen protocol ook een teamprotocol. Daarin staan de "
            "afspraken voor één team of één locatie. Bijvoorbeeld wie er komt als het alarm gaat, of hoe "
            "collega's elkaar helpen bij een huisbezoek.</p>",
        ),
        ("heading", {"text": "Wat staat erin?", "level": "h2"}),
        (
            "checklist",
            {
                "title": "Onderdelen van een goed protocol",
                "items": [
                    "Het doel van het protocol en voor wie het geldt",
                    "De norm: welk gedrag u wel en niet accepteert",
                    "Wat u onder agressie verstaat, met voorbeelden",
                    "Wat medewerkers doen tijdens een incident: de-escaleren, begrenzen en alarmeren",
                    "Hoe medewerkers een incident melden en registreren",
                    "Hoe de organisatie binnen 48 uur reageert naar de dader",
                    "Hoe en wanneer u melding of aangifte doet bij de politie",
                    "Hoe u de schade verhaalt op de dader",
                    "Welke nazorg medewerkers krijgen",
                    "Wie waarvoor verantwoordelijk is",
                    "Wanneer u het protocol evalueert",
                ],
            },
        ),
        ("heading", {"text": "Zo stelt u een protocol op", "level": "h2"}),
        (
            "steps",
            {
                "title": "Stappenplan",
                "steps": [
                    {
                        "title": "Breng de risico's in kaart",
                        "text": "<p>Begin met de risicoanalyse (RI&amp;E). Daarin ziet u waar en wanneer "
                        "agressie voorkomt. Het protocol sluit aan op die risico's.</p>",
                    },
                    {
                        "title": "Schrijf samen een concept",
                        "text": "<p>Betrek medewerkers die met publiek werken, leidinggevenden, de "
                        "agressiecoördinator en de OR. Zij weten wat in de praktijk werkt. Gebruik gerust "
                        "een voorbeeldprotocol als basis.</p>",
                    },
                    {
                        "title": "Laat het protocol vaststellen",
                        "text": "<p>Laat de directie of het bestuur het protocol vaststellen, na overleg met "
                        "de OR. Dan is het een officiële afspraak die voor iedereen geldt.</p>",
                    },
                    {
                        "title": "Maak het bekend en oefen",
                        "text": "<p>Bespreek het protocol in elk team. Neem het op in het inwerkprogramma "
                        "voor nieuwe collega's. Oefen de afspraken, bijvoorbeeld in een training.</p>",
                    },
                    {
                        "title": "Evalueer en verbeter",
                        "text": "<p>Kijk na elk ernstig incident of het protocol goed werkte. Evalueer het "
                        "daarnaast minstens één keer per jaar.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "let_op",
                "title": "Gebruik altijd het adres van de organisatie",
                "text": "<p>Spreek in het protocol af dat u bij een melding of aangifte het adres van de "
                "organisatie opgeeft. Nooit het huisadres van de medewerker. Vermeld ook dat het om een "
                "VPT-incident gaat.</p>",
            },
        ),
        (
            "accordion",
            {
                "title": "Veelgestelde vragen",
                "items": [
                    {
                        "question": "Heeft elke afdeling een eigen protocol nodig?",
                        "answer": "<p>Niet altijd. Een algemeen protocol voor de hele organisatie is de "
                        "basis. Teams met eigen risico's, zoals boa's of medewerkers die op huisbezoek gaan, "
                        "maken daarnaast een teamprotocol.</p>",
                    },
                    {
                        "question": "Hoe lang mag een protocol zijn?",
                        "answer": "<p>Zo kort mogelijk. Medewerkers moeten de belangrijkste afspraken uit "
                        "hun hoofd kennen. Zet de hoofdpunten op één A4 en werk de details uit in een "
                        "bijlage.</p>",
                    },
                    {
                        "question": "Is er een voorbeeld dat ik kan gebruiken?",
                        "answer": "<p>Ja. Bij Documenten vindt u een voorbeeld agressieprotocol. U kunt dit "
                        "aanpassen aan uw eigen organisatie.</p>",
                    },
                ],
            },
        ),
    ],
}

topic_risicoanalyse = {
    "slug": "risicoanalyse",
    "title": "Risicoanalyse (RI&E)",
    "intro": "Goed beleid tegen agressie begint met een risico-inventarisatie en -evaluatie (RI&E). Daarmee ziet u welke risico's uw medewerkers lopen en welke maatregelen nodig zijn.",
    "search_description": "Breng met een risicoanalyse (RI&E) in kaart welke risico's op agressie uw medewerkers lopen, en kies de maatregelen die nodig zijn.",
    "summary": [
        "De RI&E is het startpunt van uw beleid tegen agressie.",
        "Kijk naar alle plekken waar medewerkers met publiek werken: balie, telefoon, straat, online en huisbezoek.",
        "Gebruik de incidentregistratie en de ervaring van medewerkers.",
        "Leg de maatregelen vast in een plan van aanpak, met een eigenaar en een datum.",
        "Herhaal de analyse regelmatig en na grote veranderingen.",
    ],
    "body": [
        ("heading", {"text": "Waarom een risicoanalyse?", "level": "h2"}),
        (
            "text",
            "<p>Niet elke medewerker loopt hetzelfde risico. Een baliemedewerker krijgt met andere situaties te "
            "maken dan een boa op straat of een consulent op huisbezoek. Met een risicoanalyse ziet u waar de "
            "risico's zitten. Dan kunt u gericht maatregelen nemen.</p>"
            "<p>De RI&amp;E is het startpunt van uw beleid. Alle andere onderdelen bouwen erop voort.</p>",
        ),
        ("heading", {"text": "Wat onderzoekt u?", "level": "h2"}),
        (
            "text",
            "<p>In de RI&amp;E over agressie kijkt u in elk geval naar deze onderdelen:</p>"
            "<ul>"
            "<li>de norm, en hoe bekend die is bij medewerkers en bezoekers;</li>"
            "<li>het melden en registreren van incidenten;</li>"
            "<li>de training van medewerkers;</li>"
            "<li>de regels voor huisbezoeken;</li>"
            "<li>een veilig gebouw en een veilige werkplek;</li>"
            "<li>het teamprotocol;</li>"
            "<li>de rollen van bestuur, lijnmanagement, medewerkers, OR en agressiecoördinator.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Zo pakt u het aan", "level": "h2"}),
        (
            "steps",
            {
                "title": "De risicoanalyse in vijf stappen",
                "steps": [
                    {
                        "title": "Stel een werkgroep samen",
                        "text": "<p>Kies een kleine groep. Bijvoorbeeld de agressiecoördinator, een "
                        "arbo-professional, een leidinggevende, medewerkers uit de praktijk en iemand van "
                        "de OR.</p>",
                    },
                    {
                        "title": "Verzamel informatie",
                        "text": "<p>Bekijk de incidentregistratie van de afgelopen jaren. Praat met "
                        "medewerkers over hun ervaringen. Vraag ook naar incidenten die niet zijn gemeld. "
                        "Loop de werkplekken langs.</p>",
                    },
                    {
                        "title": "Beoordeel de risico's",
                        "text": "<p>Schat per situatie in hoe vaak agressie voorkomt en hoe ernstig de "
                        "gevolgen kunnen zijn. Zo ziet u welke risico's het eerst aandacht nodig hebben.</p>",
                    },
                    {
                        "title": "Kies maatregelen",
                        "text": "<p>Bedenk per risico wat helpt. Denk aan training, een andere inrichting "
                        "van de balie of afspraken over huisbezoeken. Leg alles vast in een plan van "
                        "aanpak.</p>",
                    },
                    {
                        "title": "Voer uit en controleer",
                        "text": "<p>Geef elke maatregel een eigenaar en een datum. Kijk regelmatig of de "
                        "maatregelen werken.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Gebruik een Arbocatalogus",
                "text": "<p>U hoeft niet bij nul te beginnen. Gemeenten kunnen de Arbocatalogus agressie en "
                "geweld gebruiken (versie 2.1, voor het sociaal domein). Het Rijk heeft de Arbocatalogus "
                "Rijk. Waterschappen hebben een toolbox over agressie van het publiek. Bij Documenten vindt "
                "u ook een stappenplan voor de risicoanalyse.</p>",
            },
        ),
        (
            "accordion",
            {
                "title": "Vragen over de risicoanalyse",
                "items": [
                    {
                        "question": "Hoe vaak herhaalt u de risicoanalyse?",
                        "answer": "<p>Herhaal de analyse regelmatig. Doe het in elk geval opnieuw als er "
                        "iets verandert. Bijvoorbeeld bij een verbouwing, een nieuwe taak of meer "
                        "incidenten.</p>",
                    },
                    {
                        "question": "Wie is verantwoordelijk?",
                        "answer": "<p>De werkgever zorgt voor een veilige werkplek. In de praktijk voert vaak "
                        "de agressiecoördinator of een arbo-professional de analyse uit. Het lijnmanagement "
                        "zorgt dat de maatregelen in de teams worden uitgevoerd.</p>",
                    },
                    {
                        "question": "Wat als er bijna geen meldingen zijn?",
                        "answer": "<p>Weinig meldingen betekent niet altijd weinig agressie. Medewerkers "
                        "melden kleine incidenten vaak niet. Praat daarom ook met de medewerkers zelf. En "
                        "moedig hen aan om elk incident te melden.</p>",
                    },
                ],
            },
        ),
    ],
}

topic_veilige_werkplek = {
    "slug": "veilige-werkplek",
    "title": "Een veilige werkplek inrichten",
    "intro": "Een goede inrichting van het gebouw en de werkplek helpt agressie te voorkomen. En als het toch misgaat, kunnen medewerkers snel hulp halen of weggaan.",
    "search_description": "Richt uw gebouw en werkplek veilig in: een rustige wachtruimte, een goede balie, alarmknoppen, vluchtroutes en afspraken voor werk buiten.",
    "summary": [
        "Een veilige werkplek voorkomt agressie en beperkt de gevolgen.",
        "Let op de ingang, de wachtruimte, de balie en de spreekkamers.",
        "Zorg voor alarmknoppen en vluchtroutes, en spreek af wie komt helpen.",
        "Denk ook aan veiligheid buiten het gebouw, zoals bij huisbezoeken.",
    ],
    "body": [
        ("heading", {"text": "Veiligheid begint bij het ontwerp", "level": "h2"}),
        (
            "text",
            "<p>De ruimte waarin u mensen ontvangt, heeft invloed op hun gedrag. Lang wachten in een drukke, "
            "rommelige ruimte maakt mensen sneller boos. Een rustige, lichte en overzichtelijke ruimte helpt "
            "juist.</p>"
            "<p>Bij het ontwerp van een veilig gebouw kunt u de methode CPTED gebruiken. Dat staat voor "
            "<i>crime prevention through environmental design</i>. Het idee is eenvoudig: met een slimme "
            "inrichting voorkomt u problemen.</p>"
            "<p>Neem de werkplek daarom altijd mee in uw risicoanalyse (RI&amp;E). En laat medewerkers die "
            "met publiek werken meedenken als u gaat verbouwen. Zij weten het best waar het knelt.</p>",
        ),
        ("heading", {"text": "Waar let u op?", "level": "h2"}),
        ("heading", {"text": "Ingang en wachtruimte", "level": "h3"}),
        (
            "text",
            "<p>Zorg dat bezoekers meteen zien waar ze moeten zijn. Geef duidelijke informatie over de "
            "wachttijd. Zorg voor genoeg zitplaatsen en goed licht. Medewerkers moeten de wachtruimte goed "
            "kunnen overzien.</p>",
        ),
        ("heading", {"text": "De balie", "level": "h3"}),
        (
            "text",
            "<p>Kies een balie die diep genoeg is, zodat er afstand is tussen medewerker en bezoeker. Leg geen "
            "losse spullen neer die iemand kan pakken of gooien. Zorg dat de medewerker achter de balie "
            "altijd snel naar een veilige plek kan.</p>",
        ),
        ("heading", {"text": "Spreekkamers", "level": "h3"}),
        (
            "text",
            "<p>Kies als het kan een kamer met twee deuren. De medewerker zit het dichtst bij de uitgang. "
            "Collega's kunnen van buiten zien dat er iets mis is, bijvoorbeeld door een raam in de deur.</p>",
        ),
        (
            "checklist",
            {
                "title": "Controleer uw werkplek",
                "items": [
                    "Er is een alarmknop bij elke balie en in elke spreekkamer.",
                    "Iedereen weet wie er komt als het alarm gaat.",
                    "Elke medewerker heeft een vluchtroute naar een veilige ruimte.",
                    "De alarmknoppen worden regelmatig getest.",
                    "Er liggen geen voorwerpen die als wapen kunnen dienen.",
                    "De wachtruimte is rustig, licht en overzichtelijk.",
                    "Nieuwe medewerkers krijgen uitleg over het alarm en de vluchtroutes.",
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "belangrijk",
                "title": "Een alarmknop alleen is niet genoeg",
                "text": "<p>Een alarm werkt pas als er ook snel iemand komt. Spreek af wie er reageert, hoe "
                "snel en wat die persoon dan doet. Oefen dit regelmatig met het team.</p>",
            },
        ),
        ("heading", {"text": "Buiten het gebouw", "level": "h2"}),
        (
            "text",
            "<p>Niet iedereen werkt achter een balie. Boa's werken op straat en consulenten gaan op huisbezoek. "
            "Maak ook voor hen afspraken. Bijvoorbeeld:</p>"
            "<ul>"
            "<li>ga met z'n tweeën naar een adres waar eerder iets is gebeurd;</li>"
            "<li>laat een collega weten waar u bent en wanneer u terug bent;</li>"
            "<li>geef medewerkers een manier om snel alarm te slaan.</li>"
            "</ul>",
        ),
        (
            "quote",
            {
                "text": "Na de verbouwing van onze balie voelen collega's zich veel veiliger. Ze weten precies "
                "waar ze naartoe kunnen als het misgaat.",
                "name": "Mehmet",
                "role": "facilitair adviseur",
            },
        ),
    ],
}

topic_training = {
    "slug": "training-en-weerbaarheid",
    "title": "Training en weerbaarheid",
    "intro": "Medewerkers die weten hoe ze met spanning omgaan, voelen zich zekerder in hun werk. Training helpt hen om agressie te herkennen, rustig te blijven en een grens te stellen.",
    "search_description": "Train medewerkers en leidinggevenden in de-escaleren, begrenzen en alarmeren. Lees wat een goede training is en hoe u weerbaarheid vergroot.",
    "summary": [
        "Medewerkers trainen is een van de acht maatregelen van Veilige Publieke Taak.",
        "Medewerkers leren de-escaleren bij emotie, begrenzen bij agressie en alarmeren.",
        "Train ook leidinggevenden: zij reageren na een incident en zorgen voor nazorg.",
        "Eén training is niet genoeg. Oefen regelmatig, ook in het team.",
    ],
    "body": [
        ("heading", {"text": "Waarom trainen?", "level": "h2"}),
        (
            "text",
            "<p>Agressie komt vaak onverwacht. Op dat moment is er geen tijd om na te denken. Wie heeft "
            "geoefend, reageert sneller en rustiger. Dat helpt om een situatie niet verder te laten "
            "oplopen.</p>"
            "<p>Training maakt medewerkers ook weerbaarder. Ze weten dat ze een grens mogen stellen. En ze "
            "weten dat hun organisatie achter hen staat.</p>",
        ),
        ("heading", {"text": "Wat leren medewerkers?", "level": "h2"}),
        (
            "table",
            {
                "caption": "Drie vaardigheden bij een incident",
                "header": ["Situatie", "Wat doet u?", "Voorbeeld"],
                "rows": [
                    [
                        "Iemand is emotioneel",
                        "De-escaleren: luister, blijf rustig en toon begrip.",
                        "'Ik zie dat u boos bent. Vertel me wat er is gebeurd.'",
                    ],
                    [
                        "Iemand wordt agressief",
                        "Begrenzen: benoem het gedrag en zeg wat er gebeurt als het doorgaat.",
                        "'Als u blijft schelden, stop ik dit gesprek.'",
                    ],
                    [
                        "Het wordt onveilig",
                        "Alarmeren: druk op de alarmknop of roep hulp, en zorg dat u weg kunt.",
                        "U gaat naar de veilige ruimte en collega's komen helpen.",
                    ],
                ],
            },
        ),
        ("heading", {"text": "Voor wie?", "level": "h2"}),
        (
            "text",
            "<p>Train iedereen die met publiek werkt: aan de balie, aan de telefoon, op straat en bij "
            "huisbezoeken. Vergeet ook de leidinggevenden niet. Zij moeten weten hoe ze een incident opvolgen, "
            "hoe ze binnen 48 uur naar de dader reageren en hoe ze een medewerker opvangen. Collega's in een "
            "bedrijfsopvangteam krijgen een eigen training voor de eerste opvang.</p>",
        ),
        (
            "checklist",
            {
                "title": "Kenmerken van een goede training",
                "items": [
                    "De training sluit aan op de risico's uit uw RI&E.",
                    "Medewerkers oefenen met situaties uit hun eigen werk.",
                    "De afspraken uit uw eigen protocol komen aan bod.",
                    "Nieuwe medewerkers volgen de training snel na hun start.",
                    "De training wordt regelmatig herhaald.",
                    "Teams oefenen ook samen, bijvoorbeeld wat ze doen als het alarm gaat.",
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Oefen in het werkoverleg",
                "text": "<p>Een training hoeft niet altijd een hele dag te duren. Bespreek in het werkoverleg "
                "een incident van kort geleden. Wat ging goed? Wat kan beter? Speel kort na hoe u het een "
                "volgende keer doet.</p>",
            },
        ),
        ("heading", {"text": "Weerbaarheid is meer dan training", "level": "h2"}),
        (
            "text",
            "<p>Weerbaarheid groeit ook door een goede sfeer in het team. Praat open over wat u meemaakt. Steun "
            "elkaar na een vervelend gesprek. En meld elk incident, zodat uw organisatie kan helpen.</p>"
            "<p>Leidinggevenden spelen hierbij een grote rol. Zij vragen na een incident hoe het gaat en nemen "
            "elke melding serieus. Zo merken medewerkers dat ze er niet alleen voor staan.</p>",
        ),
        (
            "quote",
            {
                "text": "Ik dacht altijd dat ik alles moest accepteren. Na de training weet ik dat ik een grens "
                "mag trekken. Dat geeft me rust.",
                "name": "Jeroen",
                "role": "boa",
            },
        ),
    ],
}

topic_online_agressie = {
    "slug": "online-agressie",
    "title": "Online agressie",
    "intro": "Agressie gebeurt niet alleen aan de balie of op straat. Ook via e-mail, telefoon en sociale media worden medewerkers bedreigd of lastiggevallen. Neem dat net zo serieus.",
    "search_description": "Online agressie is ook agressie. Lees hoe u medewerkers beschermt tegen bedreiging via e-mail, telefoon en sociale media, en wat u doet als het gebeurt.",
    "summary": [
        "Online agressie is ook agressie. Neem het op in uw norm en protocol.",
        "Denk aan bedreigingen per e-mail of telefoon, schelden op sociale media en stalking.",
        "Bewaar bewijs: maak schermafbeeldingen met datum en tijd.",
        "Meld het incident en doe aangifte met het adres van de organisatie.",
        "Help medewerkers om hun privégegevens online af te schermen.",
    ],
    "body": [
        ("heading", {"text": "Wat is online agressie?", "level": "h2"}),
        (
            "text",
            "<p>Bij online agressie gaat het om bedreigen, beledigen of lastigvallen via een scherm of telefoon. "
            "Denk aan een dreigende e-mail of een grof telefoontje. Of aan een ambtenaar die een vergunning "
            "weigert en daarna op sociale media wordt gevolgd en zwartgemaakt.</p>"
            "<p>Online agressie kan heel persoonlijk voelen. Het gaat soms door in de avond of het weekend. "
            "Soms wordt ook de familie erbij betrokken. Neem het daarom net zo serieus als agressie aan de "
            "balie.</p>",
        ),
        ("heading", {"text": "Wat kunt u vooraf doen?", "level": "h2"}),
        (
            "checklist",
            {
                "title": "Zo beperkt u de risico's",
                "items": [
                    "Neem online agressie op in uw norm en protocol.",
                    "Adviseer medewerkers om privégegevens op sociale media af te schermen.",
                    "Gebruik in brieven waar het kan een teamnaam in plaats van de naam van een medewerker.",
                    "Spreek af wie reageert op berichten over medewerkers op sociale media.",
                    "Zorg dat medewerkers weten hoe ze een online bedreiging melden.",
                ],
            },
        ),
        ("heading", {"text": "Wat doet u als het gebeurt?", "level": "h2"}),
        (
            "steps",
            {
                "title": "Stappen bij online agressie",
                "steps": [
                    {
                        "title": "Reageer niet vanuit emotie",
                        "text": "<p>Ga niet in discussie met de afzender. Reageer niet persoonlijk op "
                        "berichten op sociale media.</p>",
                    },
                    {
                        "title": "Bewaar het bewijs",
                        "text": "<p>Maak schermafbeeldingen. Zorg dat de datum, de tijd en de naam of het "
                        "account van de afzender te zien zijn. Verwijder niets. Schrijf bij een telefoontje "
                        "direct op wat er is gezegd.</p>",
                    },
                    {
                        "title": "Meld en registreer",
                        "text": "<p>Meld het incident bij uw leidinggevende. Registreer het zoals elk ander "
                        "incident. Gemeenten kunnen daarvoor het Gemeentelijk Incidenten Registratiesysteem "
                        "(GIR) gebruiken.</p>",
                    },
                    {
                        "title": "Reageer als organisatie",
                        "text": "<p>De organisatie reageert binnen 48 uur naar de dader, bijvoorbeeld met "
                        "een waarschuwingsbrief. Vraag het platform om berichten te verwijderen die over de "
                        "grens gaan.</p>",
                    },
                    {
                        "title": "Doe melding of aangifte",
                        "text": "<p>Bij bedreiging of stalking doet u melding of aangifte bij de politie, "
                        "het liefst binnen 2 werkdagen. Geef het adres van de organisatie op en vermeld dat "
                        "het om een VPT-incident gaat.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "belangrijk",
                "title": "Vergeet de nazorg niet",
                "text": "<p>Online agressie kan lang doorwerken. Zorg voor een eerste opvanggesprek binnen "
                "72 uur. Daarna volgen gesprekken na ongeveer 2 weken en na 6 tot 8 weken.</p>",
            },
        ),
        (
            "accordion",
            {
                "title": "Veelgestelde vragen",
                "items": [
                    {
                        "question": "Is een boze reactie op sociale media al agressie?",
                        "answer": "<p>Niet altijd. Kritiek op een besluit of op de organisatie mag. Het "
                        "wordt onacceptabel als iemand een medewerker persoonlijk beledigt, bedreigt of "
                        "lastigvalt.</p>",
                    },
                    {
                        "question": "Kan mijn werkgever de aangifte voor mij doen?",
                        "answer": "<p>Ja. De werkgever kan de aangifte namens u doen. Zo hoeft u het niet "
                        "alleen te doen. En het laat zien dat uw organisatie achter u staat.</p>",
                    },
                ],
            },
        ),
    ],
}

theme_voorkomen = {
    "slug": "preventie",
    "title": "Voorkomen",
    "intro": "Agressie voorkomen begint lang voordat er iets gebeurt. Hier leest u hoe u met een norm, een protocol, een veilige werkplek en training zorgt voor veilig werk.",
    "search_description": "Voorkom agressie tegen medewerkers met een publieke taak: stel een norm, maak een protocol en een risicoanalyse, en richt de werkplek veilig in.",
    "numbered": False,
    "topics": [
        topic_stel_een_norm,
        topic_agressieprotocol,
        topic_risicoanalyse,
        topic_veilige_werkplek,
        topic_training,
        topic_online_agressie,
    ],
}

# ---------------------------------------------------------------------------------------------
# Beleid maken
# ---------------------------------------------------------------------------------------------

topic_maatregelen_vpt = {
    "slug": "maatregelen-veilige-publieke-taak",
    "title": "De acht maatregelen van Veilige Publieke Taak",
    "intro": "Het programma Veilige Publieke Taak (VPT) gaf overheden acht maatregelen tegen agressie. Het programma is gestopt, maar de maatregelen zijn nog steeds een goede basis voor uw beleid.",
    "search_description": "De acht maatregelen van Veilige Publieke Taak: van een norm stellen tot nazorg. Gebruik ze als basis en checklist voor uw beleid tegen agressie.",
    "summary": [
        "Het programma Veilige Publieke Taak liep van 2007 tot 2016.",
        "Het gaf acht maatregelen voor de tijd voor, tijdens en na een incident.",
        "De maatregelen zijn nog steeds een goede basis voor beleid.",
        "Gebruik ze als checklist: wat heeft u al op orde en wat nog niet?",
    ],
    "body": [
        ("heading", {"text": "Over Veilige Publieke Taak", "level": "h2"}),
        (
            "text",
            "<p>In 2007 kreeg het parlement het programma Veilige Publieke Taak aangeboden. Het doel: minder "
            "agressie en geweld tegen mensen met een publieke taak. In 2011 moesten er 15 procentpunten minder "
            "incidenten zijn dan in 2007. Zoals afgesproken stopte het programma in 2016.</p>"
            "<p>Het programma leverde acht maatregelen op. Die zijn nog altijd bruikbaar. Ze vormen ook de "
            "basis van de informatie op deze website.</p>",
        ),
        ("heading", {"text": "De acht maatregelen", "level": "h2"}),
        (
            "table",
            {
                "caption": "De acht maatregelen van Veilige Publieke Taak",
                "header": ["Nr.", "Maatregel", "Wat betekent dit voor u?"],
                "rows": [
                    ["1", "Stel een norm", "Maak duidelijk welk gedrag u accepteert en welk niet."],
                    ["2", "Stimuleer melden", "Moedig medewerkers aan om elk incident te melden."],
                    [
                        "3",
                        "Registreer incidenten",
                        "Leg alle incidenten vast, bijvoorbeeld in het GIR.",
                    ],
                    [
                        "4",
                        "Train medewerkers",
                        "Leer medewerkers de-escaleren, begrenzen en alarmeren.",
                    ],
                    [
                        "5",
                        "Reageer binnen 48 uur",
                        "Laat de dader binnen 48 uur weten wat de gevolgen zijn.",
                    ],
                    [
                        "6",
                        "Bevorder aangifte",
                        "Doe melding of aangifte en steun medewerkers daarbij.",
                    ],
                    [
                        "7",
                        "Verhaal de schade",
                        "Laat de dader betalen voor materiële en immateriële schade.",
                    ],
                    ["8", "Bied nazorg", "Zorg voor opvang en begeleiding van het slachtoffer."],
                ],
            },
        ),
        ("heading", {"text": "Hoe gebruikt u de maatregelen?", "level": "h2"}),
        (
            "text",
            "<p>De maatregelen hangen met elkaar samen. Een norm werkt pas als medewerkers incidenten ook "
            "melden. Registreren heeft pas zin als u er iets mee doet. En een reactie naar de dader laat zien "
            "dat de organisatie achter de medewerker staat.</p>"
            "<p>Gebruik de acht maatregelen daarom als één geheel. Kijk wat u al goed geregeld heeft en waar "
            "nog gaten zitten.</p>",
        ),
        (
            "checklist",
            {
                "title": "Heeft u dit geregeld?",
                "items": [
                    "Er is een norm en bezoekers kunnen die zien.",
                    "Medewerkers weten hoe en waar ze een incident melden.",
                    "Alle incidenten worden geregistreerd en besproken.",
                    "Medewerkers met publiekscontact zijn getraind.",
                    "Er is afgesproken wie binnen 48 uur naar de dader reageert.",
                    "De organisatie helpt bij een melding of aangifte, of doet die zelf.",
                    "Er is een werkwijze om de schade op de dader te verhalen.",
                    "Er is nazorg: binnen 72 uur een eerste gesprek en daarna vervolggesprekken.",
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Begin bij de RI&E",
                "text": "<p>Weet u niet waar u moet beginnen? Start met een risicoanalyse (RI&amp;E). Die "
                "laat zien welke maatregelen voor uw organisatie het meest nodig zijn.</p>",
            },
        ),
        (
            "accordion",
            {
                "title": "Veelgestelde vragen",
                "items": [
                    {
                        "question": "Bestaat Veilige Publieke Taak nog?",
                        "answer": "<p>Nee. Het programma stopte in 2016, zoals vooraf was afgesproken. Deze "
                        "website van het ministerie van BZK vervangt de oude website van het programma.</p>",
                    },
                    {
                        "question": "Wat hebben de maatregelen met politie en OM te maken?",
                        "answer": "<p>Bij maatregel 6, aangifte bevorderen, spelen de Eenduidige Landelijke "
                        "Afspraken (ELA) een grote rol. Daarin staat hoe politie en OM met uw aangifte "
                        "omgaan. Lees meer op de pagina over de ELA.</p>",
                    },
                ],
            },
        ),
    ],
}

topic_ela = {
    "slug": "ela",
    "title": "Eenduidige Landelijke Afspraken (ELA)",
    "intro": "In de Eenduidige Landelijke Afspraken (ELA) staat hoe politie en Openbaar Ministerie omgaan met agressie en geweld tegen mensen met een publieke taak. Zo weet u wat u na een aangifte kunt verwachten.",
    "search_description": "De ELA: afspraken over hoe politie en OM omgaan met agressie tegen mensen met een publieke taak. Lees wat ze inhouden en hoe de VPT-code werkt.",
    "summary": [
        "De ELA gelden sinds 1 april 2010.",
        "Er zijn 19 afspraken over opsporing en 13 over vervolging.",
        "De ELA gelden alleen als de aangifte de VPT-code heeft.",
        "Elke politie-eenheid en elk parket heeft een contactpersoon.",
        "De afspraken zijn geëvalueerd in 2011, 2012, 2019 en 2024.",
    ],
    "body": [
        ("heading", {"text": "Wat zijn de ELA?", "level": "h2"}),
        (
            "text",
            "<p>De ELA zijn afspraken tussen het ministerie van BZK, het ministerie van Justitie, de politie en "
            "het Openbaar Ministerie (OM). Ze gaan over de aanpak van agressie en geweld tegen mensen met een "
            "publieke taak. De afspraken gelden sinds 1 april 2010.</p>"
            "<p>Het idee is eenvoudig. Wie een publieke taak heeft, werkt voor de samenleving. Daarom nemen "
            "politie en OM agressie tegen deze mensen extra serieus.</p>",
        ),
        ("heading", {"text": "Wat staat erin?", "level": "h2"}),
        (
            "text",
            "<p>Er zijn 19 afspraken over opsporing en 13 afspraken over vervolging. Enkele voorbeelden:</p>"
            "<ul>"
            "<li>De politie neemt de aangifte altijd op.</li>"
            "<li>Op een aangifte volgt altijd direct actie.</li>"
            "<li>De politie start altijd een onderzoek.</li>"
            "<li>Het OM vervolgt in principe en eist een hogere straf.</li>"
            "<li>Het slachtoffer staat voorop, ook als het gaat om schadevergoeding.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Zo zorgt u dat de ELA gelden", "level": "h2"}),
        (
            "steps",
            {
                "title": "Wat u als organisatie doet",
                "steps": [
                    {
                        "title": "Meld snel",
                        "text": "<p>Doe melding of aangifte bij de politie, het liefst binnen 2 werkdagen "
                        "na het incident.</p>",
                    },
                    {
                        "title": "Vraag om de VPT-code",
                        "text": "<p>Zeg duidelijk dat het gaat om agressie tegen iemand met een publieke "
                        "taak. Vraag de politie om de VPT-code op de aangifte te zetten. Zonder deze code "
                        "gelden de ELA niet.</p>",
                    },
                    {
                        "title": "Gebruik het adres van de organisatie",
                        "text": "<p>Geef altijd het adres van de organisatie op. Nooit het huisadres van de "
                        "medewerker.</p>",
                    },
                    {
                        "title": "Doe aangifte namens de medewerker",
                        "text": "<p>De werkgever kan de aangifte doen namens de medewerker. Dat ontlast de "
                        "medewerker. En het laat zien dat de organisatie achter hem of haar staat.</p>",
                    },
                    {
                        "title": "Blijf betrokken",
                        "text": "<p>Volg de zaak. Vraag na hoe het onderzoek loopt en houd de medewerker op "
                        "de hoogte.</p>",
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "belangrijk",
                "title": "Geen VPT-code, geen ELA",
                "text": "<p>Controleer altijd of de VPT-code op de aangifte staat. Alleen dan gelden de "
                "afspraken over snelle opvolging en een hogere strafeis.</p>",
            },
        ),
        ("heading", {"text": "Contactpersonen bij politie en OM", "level": "h2"}),
        (
            "text",
            "<p>Elke politie-eenheid en elk parket van het OM heeft een contactpersoon voor de ELA. Zoek als "
            "organisatie contact met deze personen, bijvoorbeeld via uw agressiecoördinator. Dan weet u bij "
            "wie u terechtkunt als een zaak niet goed loopt.</p>"
            "<p>Maak ook afspraken met de politie in uw regio over de werkwijze bij aangifte. Bijvoorbeeld wie "
            "bij u het eerste aanspreekpunt is.</p>",
        ),
        (
            "accordion",
            {
                "title": "Veelgestelde vragen",
                "items": [
                    {
                        "question": "Voor wie gelden de ELA?",
                        "answer": "<p>Voor mensen met een publieke taak. Denk aan baliemedewerkers, boa's, "
                        "consulenten en andere medewerkers van gemeenten, provincies, waterschappen en het "
                        "Rijk.</p>",
                    },
                    {
                        "question": "Wordt gekeken of de afspraken werken?",
                        "answer": "<p>Ja. De ELA zijn geëvalueerd in 2011, 2012, 2019 en 2024.</p>",
                    },
                    {
                        "question": "Wat als de politie de aangifte niet wil opnemen?",
                        "answer": "<p>Volgens de ELA neemt de politie de aangifte altijd op. Wijs daar "
                        "rustig op en noem de VPT-code. Lukt het dan nog niet? Neem contact op met de "
                        "contactpersoon voor de ELA bij de politie.</p>",
                    },
                ],
            },
        ),
    ],
}

topic_rollen = {
    "slug": "rollen-en-verantwoordelijkheden",
    "title": "Rollen en verantwoordelijkheden",
    "intro": "Agressie aanpakken doet u samen. Iedereen in de organisatie heeft een eigen rol, van bestuur tot medewerker. Als die rollen duidelijk zijn, blijft er niets liggen.",
    "search_description": "Wie doet wat bij de aanpak van agressie? Lees wat bestuur, leidinggevenden, medewerkers, OR en agressiecoördinator doen en hoe u de rollen vastlegt.",
    "summary": [
        "Het bestuur stelt de norm en het beleid vast en geeft het goede voorbeeld.",
        "Leidinggevenden volgen incidenten op en zorgen voor nazorg.",
        "Medewerkers stellen grenzen en melden elk incident.",
        "De OR denkt mee over het beleid en volgt de uitvoering.",
        "De agressiecoördinator houdt het overzicht en ondersteunt iedereen.",
    ],
    "body": [
        ("heading", {"text": "Waarom rollen vastleggen?", "level": "h2"}),
        (
            "text",
            "<p>Na een incident moet er veel gebeuren. De medewerker heeft opvang nodig. De dader moet binnen "
            "48 uur een reactie krijgen. Misschien is aangifte nodig. Als niet duidelijk is wie wat doet, "
            "blijft er iets liggen. Leg de rollen daarom vast in uw beleid en in uw protocol.</p>"
            "<p>De rollen zien er niet in elke organisatie hetzelfde uit. In een kleine organisatie heeft één "
            "persoon soms meer dan één rol. Dat is geen probleem, zolang iedereen weet bij wie hij terechtkan.</p>",
        ),
        ("heading", {"text": "Wie doet wat?", "level": "h2"}),
        (
            "table",
            {
                "caption": "Rollen bij de aanpak van agressie",
                "header": ["Rol", "Belangrijkste taken"],
                "rows": [
                    [
                        "Bestuur en directie",
                        "Stelt de norm en het beleid vast. Zorgt voor geld en tijd. Laat zien dat agressie "
                        "niet wordt geaccepteerd.",
                    ],
                    [
                        "Lijnmanagement",
                        "Bespreekt agressie in het team. Volgt incidenten op, regelt de reactie naar de dader "
                        "en zorgt voor nazorg.",
                    ],
                    [
                        "Medewerkers",
                        "Kennen de norm en het protocol. Stellen grenzen, melden elk incident en volgen "
                        "training.",
                    ],
                    [
                        "Ondernemingsraad (OR)",
                        "Denkt mee over het beleid en het protocol. Let erop dat het beleid wordt uitgevoerd "
                        "en werkt.",
                    ],
                    [
                        "Agressiecoördinator",
                        "Houdt overzicht over incidenten en maatregelen. Adviseert leidinggevenden en houdt "
                        "contact met politie en OM.",
                    ],
                ],
            },
        ),
        ("heading", {"text": "De leidinggevende als spil", "level": "h2"}),
        (
            "text",
            "<p>De leidinggevende staat het dichtst bij de medewerker. Daarom is die rol zo belangrijk. Na een "
            "incident doet de leidinggevende het volgende:</p>"
            "<ul>"
            "<li>vraagt direct hoe het met de medewerker gaat;</li>"
            "<li>zorgt dat het incident wordt geregistreerd;</li>"
            "<li>regelt de reactie naar de dader binnen 48 uur;</li>"
            "<li>bespreekt met de medewerker of er melding of aangifte komt;</li>"
            "<li>zorgt voor een eerste opvanggesprek binnen 72 uur en voor vervolggesprekken na ongeveer "
            "2 weken en na 6 tot 8 weken.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": "Wees de rots in de branding",
                "text": "<p>Een medewerker die agressie meemaakt, heeft een vast aanspreekpunt nodig. Blijf "
                "als leidinggevende in contact, ook als de medewerker zegt dat het wel gaat. Een "
                "bedrijfsopvangteam van getrainde collega's kan helpen bij de eerste opvang.</p>",
            },
        ),
        (
            "quote",
            {
                "text": "Als agressiecoördinator zie ik alle meldingen. Zo zie ik patronen die één team niet "
                "ziet. Die bespreek ik met de directie.",
                "name": "Fatima",
                "role": "agressiecoördinator",
            },
        ),
        (
            "accordion",
            {
                "title": "Veelgestelde vragen",
                "items": [
                    {
                        "question": "Heeft elke organisatie een agressiecoördinator nodig?",
                        "answer": "<p>Het helpt veel als één persoon het overzicht houdt. In een kleine "
                        "organisatie kan dat een taak zijn naast ander werk, bijvoorbeeld voor een "
                        "arbo-professional.</p>",
                    },
                    {
                        "question": "Wat doet de OR precies?",
                        "answer": "<p>De OR denkt mee over het beleid en het protocol. De OR kan ook vragen "
                        "hoe het staat met de uitvoering. Betrek de OR daarom vanaf het begin.</p>",
                    },
                ],
            },
        ),
    ],
}

theme_beleid = {
    "slug": "beleid-maken",
    "title": "Beleid maken",
    "intro": "Goed beleid tegen agressie maakt duidelijk wat iedereen doet en wie waarvoor verantwoordelijk is. Hier vindt u de bouwstenen voor uw beleid.",
    "search_description": "Maak beleid tegen agressie: de acht maatregelen van Veilige Publieke Taak, de afspraken met politie en OM (ELA) en de rollen in uw organisatie.",
    "numbered": False,
    "topics": [
        topic_maatregelen_vpt,
        topic_ela,
        topic_rollen,
    ],
}

THEMES = [theme_voorkomen, theme_beleid]

# ---------------------------------------------------------------------------------------------
# Documents (generated as PDF). Plain text, Latin-1 characters only.
# ---------------------------------------------------------------------------------------------

DOCUMENTS = [
    {
        "slug": "voorbeeld-agressieprotocol",
        "title": "Voorbeeld agressieprotocol",
        "category": "Voorbeeld",
        "theme": "preventie",
        "description": "Een voorbeeld van een agressieprotocol voor een gemeente. Pas het aan aan uw eigen organisatie: vul de namen, functies en afspraken in die bij u horen.",
        "published": "2026-10-13",
        "sections": [
            {
                "heading": "1. Doel en norm",
                "paragraphs": [
                    "Dit protocol beschrijft hoe de gemeente [naam] agressie tegen medewerkers voorkomt en aanpakt. Het geldt voor alle medewerkers, ook voor uitzendkrachten, stagiairs en vrijwilligers. Het geldt op alle werkplekken: aan de balie, aan de telefoon, online, op straat en bij huisbezoeken.",
                    "Wij sluiten aan bij de landelijke norm 'Stop Agressie Samen: zeg nee, meld het en maak werk van veiligheid'. De norm heeft drie delen:",
                ],
                "bullets": [
                    "Ik zeg nee tegen agressie.",
                    "Wij melden agressie.",
                    "De werkgever zorgt voor een veilige werkplek en grijpt direct in als er iets gebeurt.",
                ],
            },
            {
                "heading": "2. Wat verstaan wij onder agressie?",
                "paragraphs": [
                    "De norm kent drie soorten gedrag. Gewenst gedrag: de bezoeker is beleefd en werkt mee. Acceptabel gedrag: de bezoeker is emotioneel of heeft kritiek. Dat mag. Onacceptabel gedrag: de bezoeker gaat over de grens. Dat noemen wij agressie.",
                    "Voorbeelden van onacceptabel gedrag zijn:",
                ],
                "bullets": [
                    "schelden, beledigen of discrimineren;",
                    "dreigen, in het gebouw, aan de telefoon, per e-mail of online;",
                    "intimideren of achtervolgen, ook op sociale media;",
                    "duwen, slaan, schoppen, spugen of met iets gooien;",
                    "spullen van de gemeente of van een medewerker vernielen.",
                ],
            },
            {
                "heading": "3. Wat doet u tijdens een incident?",
                "paragraphs": [
                    "Uw eigen veiligheid gaat altijd voor. U hoeft agressie nooit te accepteren. Volg deze stappen:",
                ],
                "bullets": [
                    "De-escaleren: is iemand emotioneel? Blijf rustig, luister en toon begrip.",
                    "Begrenzen: wordt iemand agressief? Benoem het gedrag en zeg wat er gebeurt als het doorgaat. Stop zo nodig het gesprek.",
                    "Alarmeren: wordt het onveilig? Druk op de alarmknop of roep hulp. Ga naar een veilige ruimte.",
                    "Collega's die het alarm horen, komen direct. [Naam team of functie] neemt de leiding.",
                    "Bij direct gevaar belt u 112.",
                ],
            },
            {
                "heading": "4. Melden en registreren",
                "paragraphs": [
                    "Meld elk incident dezelfde dag bij uw leidinggevende, ook als het klein lijkt. Registreer het incident in het Gemeentelijk Incidenten Registratiesysteem (GIR) of in [naam systeem]. Lukt dat niet? Dan doet uw leidinggevende het voor u.",
                    "De agressiecoördinator bekijkt alle meldingen. Zo zien wij waar extra maatregelen nodig zijn.",
                ],
                "bullets": [],
            },
            {
                "heading": "5. Reactie naar de dader binnen 48 uur",
                "paragraphs": [
                    "De gemeente reageert binnen 48 uur naar de dader. De leidinggevende kiest samen met de agressiecoördinator een passende reactie. Mogelijke reacties zijn:",
                ],
                "bullets": [
                    "een waarschuwingsbrief;",
                    "een gesprek over het incident;",
                    "voorwaarden voor verdere dienstverlening, bijvoorbeeld alleen nog op afspraak;",
                    "een verbod om het gebouw te betreden;",
                    "een verzoek om de schade te betalen;",
                    "een melding of aangifte bij de politie.",
                ],
            },
            {
                "heading": "6. Aangifte en schade",
                "paragraphs": [
                    "Wij doen melding of aangifte bij de politie, het liefst binnen 2 werkdagen. Wij geven altijd het adres van de gemeente op, nooit uw huisadres. Wij vragen de politie om de VPT-code te gebruiken. Dan gelden de Eenduidige Landelijke Afspraken (ELA) met politie en OM. De gemeente kan de aangifte ook namens u doen.",
                    "Wij verhalen de schade op de dader. Dat geldt voor materiële schade, zoals een kapotte bril, en voor immateriële schade. De gemeente kan dit voor u regelen.",
                ],
                "bullets": [],
            },
            {
                "heading": "7. Nazorg en rollen",
                "paragraphs": [
                    "Na een incident krijgt u opvang. Binnen 72 uur is er een eerste gesprek. Daarna volgen gesprekken na ongeveer 2 weken en na 6 tot 8 weken. Het bedrijfsopvangteam kan de eerste opvang geven. Uw leidinggevende blijft uw vaste aanspreekpunt.",
                    "Wie doet wat?",
                ],
                "bullets": [
                    "Het college en de directie stellen dit protocol vast en zorgen voor tijd en geld.",
                    "De leidinggevende volgt het incident op, regelt de reactie naar de dader en zorgt voor nazorg.",
                    "De medewerker stelt grenzen en meldt elk incident.",
                    "De agressiecoördinator houdt overzicht, adviseert en houdt contact met politie en OM.",
                    "De OR denkt mee over het protocol en volgt de uitvoering.",
                ],
            },
            {
                "heading": "8. Evaluatie",
                "paragraphs": [
                    "Na elk ernstig incident bespreken wij of dit protocol goed werkte. Daarnaast evalueren wij het protocol elk jaar met medewerkers, leidinggevenden, de agressiecoördinator en de OR. Wij passen het aan als dat nodig is.",
                    "Vastgesteld door [naam] op [datum]. Volgende evaluatie: [datum].",
                ],
                "bullets": [],
            },
        ],
    },
    {
        "slug": "checklist-veilige-werkplek",
        "title": "Checklist veilige werkplek",
        "category": "Checklist",
        "theme": "preventie",
        "description": "Loop met deze checklist uw gebouw en werkplekken na. Zo ziet u snel wat al goed geregeld is en wat beter kan.",
        "published": "2026-10-27",
        "sections": [
            {
                "heading": "Zo gebruikt u deze checklist",
                "paragraphs": [
                    "Loop de checklist samen door met een leidinggevende, medewerkers die met publiek werken en de agressiecoördinator of een arbo-professional. Kijk bij elk punt of het klopt. Schrijf op wat beter moet, wie het regelt en wanneer.",
                ],
                "bullets": [],
            },
            {
                "heading": "Ingang en wachtruimte",
                "paragraphs": [],
                "bullets": [
                    "Bezoekers zien meteen waar ze moeten zijn.",
                    "De norm 'Stop Agressie Samen' hangt bij de ingang.",
                    "Er is duidelijke informatie over de wachttijd.",
                    "Er zijn genoeg zitplaatsen.",
                    "De ruimte is rustig, licht en schoon.",
                    "Medewerkers kunnen de wachtruimte goed overzien.",
                ],
            },
            {
                "heading": "De balie",
                "paragraphs": [],
                "bullets": [
                    "De balie is diep genoeg voor afstand tussen medewerker en bezoeker.",
                    "Er liggen geen losse voorwerpen die iemand kan pakken of gooien.",
                    "De medewerker achter de balie kan altijd snel naar een veilige plek.",
                    "Bij elke balie zit een alarmknop.",
                ],
            },
            {
                "heading": "Spreekkamers",
                "paragraphs": [],
                "bullets": [
                    "De kamer heeft als het kan twee deuren.",
                    "De medewerker zit het dichtst bij de uitgang.",
                    "Collega's kunnen van buiten zien dat er iets mis is, bijvoorbeeld door een raam in de deur.",
                    "In elke spreekkamer zit een alarmknop.",
                    "Er staan geen zware of scherpe voorwerpen.",
                ],
            },
            {
                "heading": "Alarm en vluchtroutes",
                "paragraphs": [],
                "bullets": [
                    "Iedere medewerker weet waar de alarmknoppen zitten.",
                    "Er is afgesproken wie komt als het alarm gaat, en hoe snel.",
                    "De alarmknoppen worden regelmatig getest.",
                    "Elke medewerker heeft een vluchtroute naar een veilige ruimte.",
                    "De vluchtroutes zijn vrij en goed te gebruiken.",
                    "Het team oefent het alarm regelmatig.",
                ],
            },
            {
                "heading": "Werken buiten het gebouw",
                "paragraphs": [],
                "bullets": [
                    "Er zijn afspraken over huisbezoeken, bijvoorbeeld met z'n tweeën bij een bekend risico.",
                    "Een collega weet altijd waar u bent en wanneer u terug bent.",
                    "Medewerkers op straat en op huisbezoek kunnen snel alarm slaan.",
                    "Boa's weten wat ze doen als een situatie uit de hand loopt.",
                ],
            },
            {
                "heading": "Afspraken en onderhoud",
                "paragraphs": [],
                "bullets": [
                    "De werkplek is onderdeel van de risicoanalyse (RI&E).",
                    "Bij een verbouwing denkt een medewerker met publiekscontact mee over de veiligheid.",
                    "Nieuwe medewerkers krijgen uitleg over alarm en vluchtroutes.",
                    "De checklist wordt elk jaar opnieuw doorgelopen.",
                ],
            },
        ],
    },
    {
        "slug": "stappenplan-risicoanalyse-agressie",
        "title": "Stappenplan risicoanalyse agressie",
        "category": "Handreiking",
        "theme": "beleid-maken",
        "description": "Een handreiking om in vijf stappen de risico's op agressie in uw organisatie in kaart te brengen. Met de onderdelen die in de RI&E niet mogen ontbreken.",
        "published": "2026-11-10",
        "sections": [
            {
                "heading": "Waarom een risicoanalyse?",
                "paragraphs": [
                    "Goed beleid tegen agressie begint met een risico-inventarisatie en -evaluatie (RI&E). Daarin ziet u welke medewerkers risico lopen, waar en wanneer. Op basis daarvan kiest u de maatregelen die echt nodig zijn.",
                    "De werkgever is verantwoordelijk voor een veilige werkplek. Het bestuur of de directie geeft de opdracht voor de risicoanalyse en stelt het plan van aanpak vast.",
                ],
                "bullets": [],
            },
            {
                "heading": "Stap 1. Bereid de analyse voor",
                "paragraphs": [
                    "Stel een kleine werkgroep samen. Spreek af wie de leiding heeft en wanneer de analyse klaar is.",
                ],
                "bullets": [
                    "de agressiecoördinator;",
                    "een arbo-professional of preventiemedewerker;",
                    "een of meer leidinggevenden;",
                    "medewerkers uit de praktijk, bijvoorbeeld van de balie, de handhaving en het sociaal domein;",
                    "iemand van de OR.",
                ],
            },
            {
                "heading": "Stap 2. Verzamel informatie",
                "paragraphs": [
                    "Kijk naar alle plekken waar medewerkers met publiek werken: de balie, de telefoon, e-mail en sociale media, de straat en huisbezoeken.",
                ],
                "bullets": [
                    "Bekijk de incidentregistratie van de afgelopen jaren, bijvoorbeeld uit het GIR.",
                    "Praat met medewerkers over hun ervaringen. Vraag ook naar incidenten die niet zijn gemeld.",
                    "Loop de werkplekken langs met de checklist veilige werkplek.",
                    "Bekijk de bestaande afspraken: de norm, het protocol en de regels voor huisbezoeken.",
                ],
            },
            {
                "heading": "Stap 3. Beoordeel de risico's",
                "paragraphs": [
                    "Schat per situatie in hoe vaak agressie voorkomt en hoe ernstig de gevolgen kunnen zijn. Begin met de risico's die vaak voorkomen of grote gevolgen hebben. Controleer of deze onderdelen goed geregeld zijn:",
                ],
                "bullets": [
                    "een norm die bekend is bij medewerkers en bezoekers;",
                    "melden en registreren van incidenten;",
                    "training van medewerkers en leidinggevenden;",
                    "regels voor huisbezoeken;",
                    "een veilig gebouw en een veilige werkplek, met alarmknoppen, vluchtroutes en een goede balie;",
                    "een teamprotocol;",
                    "de rollen van bestuur, lijnmanagement, medewerkers, OR en agressiecoördinator.",
                ],
            },
            {
                "heading": "Stap 4. Maak een plan van aanpak",
                "paragraphs": [
                    "Bedenk per risico welke maatregel helpt. Gebruik de acht maatregelen van Veilige Publieke Taak als hulp: norm, melden, registreren, trainen, reageren binnen 48 uur, aangifte, schadeverhaal en nazorg. Schrijf bij elke maatregel op:",
                ],
                "bullets": [
                    "wat er precies moet gebeuren;",
                    "wie verantwoordelijk is;",
                    "wanneer het klaar moet zijn;",
                    "hoe u controleert of het werkt.",
                ],
            },
            {
                "heading": "Stap 5. Voer uit en evalueer",
                "paragraphs": [
                    "Laat het bestuur of de directie het plan vaststellen, na overleg met de OR. Bespreek de voortgang regelmatig. Herhaal de analyse als er iets verandert, bijvoorbeeld bij een verbouwing, een nieuwe taak of meer incidenten.",
                ],
                "bullets": [],
            },
            {
                "heading": "Hulpmiddelen",
                "paragraphs": [
                    "U hoeft niet bij nul te beginnen. Gemeenten kunnen de Arbocatalogus agressie en geweld gebruiken (versie 2.1, voor het sociaal domein). Het Rijk heeft de Arbocatalogus Rijk. Waterschappen hebben een toolbox over agressie van het publiek.",
                ],
                "bullets": [],
            },
        ],
    },
]
