"""Demo content: practice examples (Ervaringen uit de praktijk).

All organisations, people and events here are fictional. Texts are written for this site
in Dutch at language level B1. HTML fields use only p, b, i, ul, ol and li.
"""

PRACTICE_EXAMPLES = [
    {
        "slug": "zuiderhaven-reageert-binnen-48-uur",
        "title": "Zuiderhaven zet een vaste reactie binnen 48 uur neer",
        "organisation": "Gemeente Zuiderhaven",
        "organisation_type": "Gemeente",
        "province": "Zuid-Holland",
        "themes": ["handelen-bij-een-incident"],
        "aggression_types": ["verbaal", "bedreiging"],
        "work_settings": ["balie-en-loket"],
        "lead": (
            "Bij Gemeente Zuiderhaven krijgt elke dader binnen twee dagen een reactie. Zo weet "
            "iedereen dat agressie gevolgen heeft."
        ),
        "situation": (
            "<p>Aan de balie van het gemeentehuis in Zuiderhaven werden medewerkers vaak "
            "uitgescholden. Soms zei een inwoner dat hij 'nog wel terug zou komen'. Medewerkers "
            "meldden dit bij hun leidinggevende. Maar daarna gebeurde er meestal niets. De dader "
            "hoorde niets van de gemeente. En de medewerker wist niet wat er met de melding was "
            "gedaan.</p><p>Daardoor meldden medewerkers steeds minder. Ze vonden het zinloos. "
            "Sommigen zagen schelden als een normaal onderdeel van het werk. Het team "
            "Publiekszaken wilde dat veranderen.</p>"
        ),
        "approach": (
            "<p>De gemeente maakte een vaste werkwijze. Na elke melding bekijkt de leidinggevende "
            "dezelfde dag wat er is gebeurd. Binnen 48 uur krijgt de dader een reactie namens de "
            "gemeente. Die reactie past bij wat er gebeurde:</p><ul><li>bij schelden: een brief "
            "met een waarschuwing;</li><li>bij herhaling: een gesprek met de "
            "teamleider;</li><li>bij bedreiging: aangifte en zo nodig een verbod om het "
            "gemeentehuis binnen te komen.</li></ul><p>Het team schreef voorbeeldbrieven in "
            "eenvoudige taal. In de brief staat wat er gebeurde, welk gedrag de gemeente niet "
            "accepteert en wat er gebeurt als het nog eens voorkomt. De brief gaat altijd namens "
            "de directeur, nooit namens de medewerker. De medewerker krijgt een kopie.</p>"
        ),
        "results": (
            "<p>Medewerkers melden nu meer incidenten. Ze zien dat hun melding iets oplevert. Veel "
            "inwoners die een brief kregen, kwamen daarna rustig terug. Een paar boden zelf hun "
            "excuses aan. Leidinggevenden zeggen dat de vaste werkwijze hun tijd bespaart. Ze "
            "hoeven niet elke keer opnieuw te bedenken wat ze moeten doen.</p>"
        ),
        "lessons": (
            "<ul><li>Leg vooraf vast wie de reactie verstuurt. Dan blijft het niet "
            "liggen.</li><li>Maak voorbeeldbrieven klaar. Dan lukt 48 uur ook in een drukke "
            "week.</li><li>Laat de medewerker altijd weten wat er met de melding is "
            "gebeurd.</li><li>Onderteken namens de organisatie, niet namens de "
            "medewerker.</li><li>Houd de toon van de brief rustig en zakelijk. Dan werkt hij "
            "beter.</li></ul>"
        ),
        "quote": {
            "text": (
                "Vroeger dacht ik: melden heeft geen zin. Nu zie ik dat de gemeente achter me "
                "staat."
            ),
            "name": "Sanne de Wit",
            "role": "baliemedewerker Publiekszaken",
        },
        "contact": {
            "name": "Ruud Verhoeven",
            "role": "teamleider Publiekszaken",
            "email": "r.verhoeven@example.nl",
            "agreed": True,
        },
        "published": "2024-02-13",
    },
    {
        "slug": "veenstede-boas-samen-op-straat",
        "title": "Veenstede laat boa's samen de-escaleren op straat",
        "organisation": "Gemeente Veenstede",
        "organisation_type": "Gemeente",
        "province": "Drenthe",
        "themes": ["preventie", "handelen-bij-een-incident"],
        "aggression_types": ["verbaal", "fysiek", "intimidatie"],
        "work_settings": ["op-straat-en-handhaving"],
        "lead": (
            "Boa's in Veenstede werden steeds vaker uitgescholden en soms geduwd. De gemeente koos "
            "voor vaste duo's, een jaarlijkse training en snel melden."
        ),
        "situation": (
            "<p>De boa's van Gemeente Veenstede houden toezicht in het centrum en in de wijken. Ze "
            "spreken mensen aan op fout parkeren, afval en overlast. Vaak gaat dat goed. Maar "
            "steeds vaker werden ze uitgescholden of gefilmd. Een paar keer werd een boa geduwd. "
            "Groepjes jongeren liepen hen soms achterna.</p><p>Boa's losten veel zelf op. Ze "
            "meldden alleen de ernstige incidenten. Zo had de gemeente geen goed beeld van wat er "
            "op straat gebeurde.</p>"
        ),
        "approach": (
            "<p>De afdeling Handhaving nam drie stappen.</p><ol><li><b>Samen op pad.</b> Boa's "
            "werken in vaste duo's op plekken waar vaker incidenten zijn. Ze spreken vooraf af wie "
            "het gesprek voert en wanneer ze weggaan.</li><li><b>Training.</b> Alle boa's volgen "
            "elk jaar een training. Ze oefenen met de-escaleren als iemand boos is. En met "
            "duidelijk grenzen stellen als iemand agressief wordt.</li><li><b>Direct melden.</b> "
            "Na elke dienst vullen boa's een kort meldformulier in op hun telefoon. Ook als ze "
            "alleen zijn uitgescholden.</li></ol><p>De teamleider bespreekt de meldingen elke week "
            "met het team. Samen met de wijkagent kiest het team waar extra aandacht nodig is.</p>"
        ),
        "results": (
            "<p>De gemeente heeft nu een beter beeld van de incidenten op straat. Het team weet "
            "welke plekken en tijden lastig zijn. Boa's zeggen dat ze zich zekerder voelen. Ze "
            "weten wat hun collega doet als het misgaat. Ook de samenwerking met de politie is "
            "beter. De wijkagent komt sneller langs op plekken waar het vaak misgaat.</p>"
        ),
        "lessons": (
            "<ul><li>Ook kleine incidenten tellen. Samen geven ze een duidelijk "
            "beeld.</li><li>Maak melden zo makkelijk mogelijk, bijvoorbeeld met een formulier op "
            "de telefoon.</li><li>Oefen niet één keer, maar elk jaar.</li><li>Bespreek meldingen "
            "in het team. Dan leren collega's van elkaar.</li><li>Werk samen met de wijkagent. Dan "
            "kan de politie sneller helpen.</li></ul>"
        ),
        "quote": {
            "text": "Als ik weet wat mijn collega doet, blijf ik rustiger. Dat merkt de ander ook.",
            "name": "Mehmet Yildiz",
            "role": "boa, team Handhaving",
        },
        "contact": None,
        "published": "2024-04-09",
    },
    {
        "slug": "randmeren-online-intimidatie-na-vergunning",
        "title": "Omgevingsdienst Randmeren beschermt een medewerker tegen online intimidatie",
        "organisation": "Omgevingsdienst Randmeren",
        "organisation_type": "Provincie",
        "province": "Flevoland",
        "themes": ["handelen-bij-een-incident", "nazorg"],
        "aggression_types": ["online", "intimidatie"],
        "work_settings": ["telefoon-en-online"],
        "lead": (
            "Een vergunningverlener weigerde een vergunning. Daarna zette de aanvrager haar naam "
            "en foto online. De organisatie kwam direct in actie."
        ),
        "situation": (
            "<p>Een vergunningverlener van Omgevingsdienst Randmeren weigerde een vergunning voor "
            "een uitbouw. De aanvrager was het daar niet mee eens. Hij zocht haar op via sociale "
            "media. Hij zette haar naam, haar foto en haar woonplaats in een openbare groep. "
            "Anderen reageerden met scheldwoorden. Ook kreeg ze berichten op haar eigen "
            "account.</p><p>De medewerker schrok erg. Ze durfde haar telefoon bijna niet meer te "
            "pakken. Ze wist ook niet of dit bij haar werk hoorde of bij haar privéleven.</p>"
        ),
        "approach": (
            "<p>De leidinggevende maakte meteen duidelijk: dit gebeurt door uw werk, dus de "
            "organisatie pakt het op. Het team deed het volgende:</p><ul><li>Samen met de "
            "medewerker maakten ze schermafbeeldingen van alle berichten, met datum en "
            "tijd.</li><li>De organisatie vroeg het platform om de berichten te "
            "verwijderen.</li><li>De jurist stuurde de aanvrager binnen 48 uur een brief. Daarin "
            "stond dat de organisatie dit gedrag niet accepteert.</li><li>De werkgever deed "
            "aangifte bij de politie. Daarbij gebruikte hij het adres van de organisatie en de "
            "code voor Veilige Publieke Taak.</li></ul><p>De medewerker kreeg hulp om haar eigen "
            "accounts beter af te schermen. Een andere collega nam het contact met de aanvrager "
            "over.</p>"
        ),
        "results": (
            "<p>Het platform haalde de meeste berichten weg. Na de brief stuurde de aanvrager geen "
            "berichten meer. De medewerker voelde zich gesteund en bleef haar werk doen. De "
            "organisatie heeft nu een vaste werkwijze voor online agressie. Alle "
            "vergunningverleners kregen uitleg over hoe ze hun gegevens online beter "
            "beschermen.</p>"
        ),
        "lessons": (
            "<ul><li>Online agressie door het werk is een zaak van de werkgever. Ook als het via "
            "een privéaccount gebeurt.</li><li>Leg bewijs direct vast. Berichten kunnen snel "
            "verdwijnen.</li><li>Laat een collega het contact met de dader overnemen.</li><li>Help "
            "medewerkers vooraf om hun privégegevens te beschermen.</li><li>Vraag het platform om "
            "berichten te verwijderen. Dat lukt niet altijd, maar vaak wel.</li></ul>"
        ),
        "quote": {
            "text": (
                "Wordt iemand online aangevallen om zijn werk? Dan is dat ons probleem. Niet "
                "alleen dat van de medewerker."
            ),
            "name": "Joost van Dam",
            "role": "teamleider Vergunningen",
        },
        "contact": {
            "name": "Joost van Dam",
            "role": "teamleider Vergunningen",
            "email": "j.vandam@example.nl",
            "agreed": False,
        },
        "published": "2024-06-18",
    },
    {
        "slug": "de-lage-landen-protocol-telefoon-en-e-mail",
        "title": (
            "Waterschap De Lage Landen maakt een protocol voor dreigende telefoontjes en e-mails"
        ),
        "organisation": "Waterschap De Lage Landen",
        "organisation_type": "Waterschap",
        "province": "Utrecht",
        "themes": ["handelen-bij-een-incident"],
        "aggression_types": ["verbaal", "bedreiging"],
        "work_settings": ["telefoon-en-online"],
        "lead": (
            "Medewerkers van de klantenservice kregen dreigende telefoontjes en e-mails over de "
            "belastingaanslag. Het waterschap gaf hun duidelijke regels en steun."
        ),
        "situation": (
            "<p>Elk voorjaar stuurt Waterschap De Lage Landen de belastingaanslagen. In die weken "
            "bellen veel boze inwoners. De meeste gesprekken gaan goed. Maar sommige bellers "
            "schreeuwden en scholden. Een paar keer zei een beller dat hij 'wel even langs zou "
            "komen'. Ook kwamen er e-mails met dreigende taal.</p><p>Medewerkers wisten niet goed "
            "wanneer ze een gesprek mochten beëindigen. Ze bleven vaak te lang luisteren. "
            "Dreigende e-mails beantwoordden ze soms zelf, zonder dat iemand anders ervan "
            "wist.</p>"
        ),
        "approach": (
            "<p>Het waterschap schreef samen met de medewerkers een kort protocol voor de "
            "klantenservice. Daarin staat:</p><ul><li>Bij emotie: luister, vat samen en zoek samen "
            "naar een oplossing.</li><li>Bij schelden: geef één keer een waarschuwing. Gaat het "
            "door? Beëindig dan het gesprek.</li><li>Bij bedreiging: beëindig het gesprek en meld "
            "het direct aan de teamleider.</li><li>Een dreigende e-mail beantwoordt u niet zelf. U "
            "stuurt hem door naar de teamleider.</li></ul><p>De teamleider registreert elk "
            "incident. Bij een bedreiging doet het waterschap aangifte. De afzender krijgt binnen "
            "48 uur een brief. Het protocol ligt bij elke werkplek. Nieuwe medewerkers oefenen "
            "ermee in hun eerste week.</p>"
        ),
        "results": (
            "<p>Medewerkers beëindigen een scheldgesprek nu sneller. Ze weten dat dit mag. "
            "Dreigende e-mails komen altijd bij de teamleider terecht. Daardoor kan het waterschap "
            "sneller reageren. In de drukke weken is er nu elke dag een achterwacht. Dat is een "
            "collega die kan helpen bij een lastig gesprek.</p>"
        ),
        "lessons": (
            "<ul><li>Geef medewerkers duidelijk toestemming om een gesprek te "
            "beëindigen.</li><li>Houd het protocol kort. Eén pagina is genoeg.</li><li>Plan extra "
            "steun in de weken waarin u meer boze reacties verwacht.</li><li>Laat een dreigende "
            "e-mail nooit bij één persoon liggen.</li><li>Laat nieuwe medewerkers direct oefenen "
            "met het protocol.</li></ul>"
        ),
        "quote": {
            "text": (
                "Ik dacht dat ik alles moest aanhoren. Nu weet ik: als iemand blijft schelden, mag "
                "ik ophangen."
            ),
            "name": "Fatima El Amrani",
            "role": "medewerker klantenservice",
        },
        "contact": {
            "name": "Peter Hoekstra",
            "role": "agressiecoördinator",
            "email": "p.hoekstra@example.nl",
            "agreed": True,
        },
        "published": "2024-08-27",
    },
    {
        "slug": "dijkwaarden-veilige-huisbezoeken",
        "title": "Dijkwaarden maakt afspraken voor veilige huisbezoeken",
        "organisation": "Gemeente Dijkwaarden",
        "organisation_type": "Gemeente",
        "province": "Gelderland",
        "themes": ["preventie"],
        "aggression_types": ["intimidatie", "verbaal"],
        "work_settings": ["huisbezoek"],
        "lead": (
            "Consulenten van het sociaal team gingen vaak alleen op huisbezoek, zonder vaste "
            "afspraken. Dijkwaarden maakte regels om dat veiliger te maken."
        ),
        "situation": (
            "<p>Consulenten van Gemeente Dijkwaarden bezoeken inwoners thuis. Ze praten dan over "
            "een uitkering, schulden of zorg. Soms is zo'n gesprek gespannen. Een consulent werd "
            "eens in de gang tegengehouden toen ze wilde vertrekken. Een andere consulent werd "
            "door een huisgenoot uitgescholden en bedreigend aangekeken.</p><p>Niemand op kantoor "
            "wist precies waar de consulenten waren. Er waren geen vaste afspraken. Iedereen deed "
            "het op zijn eigen manier.</p>"
        ),
        "approach": (
            "<p>Het sociaal team maakte samen met de agressiecoördinator regels voor "
            "huisbezoeken:</p><ul><li><b>Voorbereiden.</b> Kijk vooraf in het dossier of er eerder "
            "incidenten waren. Is dat zo? Ga dan met z'n tweeën of nodig de inwoner uit op "
            "kantoor.</li><li><b>Afmelden.</b> Zet in de gedeelde agenda waar u heen gaat en hoe "
            "laat u klaar bent.</li><li><b>Terugmelden.</b> Meld u na het bezoek weer aan. Hoort "
            "een collega niets? Dan belt die u.</li><li><b>In de woning.</b> Ga dicht bij de "
            "uitgang zitten. Houd uw jas en tas bij u.</li><li><b>Vertrekken.</b> Voelt het niet "
            "goed? Dan mag u altijd weggaan.</li></ul><p>Alle consulenten oefenden deze afspraken "
            "in een training met een acteur.</p>"
        ),
        "results": (
            "<p>Consulenten voelen zich veiliger op huisbezoek. Ze weten dat een collega op de "
            "hoogte is. Lastige gesprekken vinden nu vaker samen of op kantoor plaats. Het team "
            "praat ook vaker open over spannende situaties. Nieuwe collega's leren de regels vanaf "
            "hun eerste werkdag.</p>"
        ),
        "lessons": (
            "<ul><li>Maak de regels samen met de mensen die de huisbezoeken doen.</li><li>Een "
            "eenvoudige manier van afmelden en terugmelden werkt al goed.</li><li>Geef medewerkers "
            "duidelijk toestemming om weg te gaan.</li><li>Oefen met een acteur. Dan weet u hoe "
            "het voelt.</li><li>Nodig een inwoner met eerdere incidenten liever uit op "
            "kantoor.</li></ul>"
        ),
        "quote": {
            "text": (
                "Ik ga nu met een gerust gevoel op pad. Als ik me niet terugmeld, weet ik dat er "
                "iemand belt."
            ),
            "name": "Lotte Bakker",
            "role": "consulent sociaal team",
        },
        "contact": None,
        "published": "2024-10-15",
    },
    {
        "slug": "marswoude-steunt-bedreigde-raadsleden",
        "title": "Marswoude zet een vast steunpunt op voor bedreigde raadsleden",
        "organisation": "Gemeente Marswoude",
        "organisation_type": "Gemeente",
        "province": "Noord-Holland",
        "themes": ["preventie", "nazorg"],
        "aggression_types": ["bedreiging", "online", "discriminatie"],
        "work_settings": ["raad-en-bestuur"],
        "lead": (
            "Na een besluit over windmolens kregen raadsleden in Marswoude bedreigingen en "
            "haatberichten. De griffie zorgde voor een vast aanspreekpunt en steun."
        ),
        "situation": (
            "<p>De gemeenteraad van Marswoude nam een besluit over windmolens bij een dorp. Daarna "
            "kregen verschillende raadsleden bedreigingen. Het ging om berichten op sociale media, "
            "e-mails en briefjes in de brievenbus. Een raadslid kreeg berichten over haar "
            "afkomst.</p><p>Raadsleden wisten niet waar ze terecht konden. Ze zijn geen medewerker "
            "van de gemeente. Daarom dachten velen dat de afspraken voor het personeel niet voor "
            "hen golden. Een paar raadsleden dachten erover om te stoppen.</p>"
        ),
        "approach": (
            "<p>De griffie en de burgemeester maakten samen een aanpak voor raadsleden en "
            "wethouders:</p><ul><li>Er is één vast aanspreekpunt bij de griffie. Raadsleden kunnen "
            "daar elk incident melden.</li><li>De gemeente helpt met het bewaren van berichten en "
            "met aangifte. Daarbij gebruikt ze het adres van het gemeentehuis.</li><li>De "
            "burgemeester zei in de raad duidelijk dat bedreiging en discriminatie niet worden "
            "geaccepteerd.</li><li>Er was een bijeenkomst met de politie over veiligheid thuis en "
            "online.</li></ul><p>Na een ernstig incident belt de griffier het raadslid binnen een "
            "paar dagen. Na een paar weken volgt nog een gesprek.</p>"
        ),
        "results": (
            "<p>Raadsleden weten nu waar ze terecht kunnen. Er komen meer meldingen binnen. "
            "Daardoor ziet de gemeente beter wat er speelt. Het raadslid dat discriminerende "
            "berichten kreeg, deed aangifte met hulp van de griffie. Ze bleef in de raad. "
            "Raadsleden zeggen dat ze zich meer gesteund voelen.</p>"
        ),
        "lessons": (
            "<ul><li>Vergeet raadsleden en wethouders niet in uw aanpak van agressie.</li><li>Zorg "
            "voor één vast aanspreekpunt dat iedereen kent.</li><li>Een duidelijke uitspraak van "
            "de burgemeester helpt.</li><li>Houd ook na een paar weken contact met het "
            "slachtoffer.</li><li>Help raadsleden bij aangifte. Gebruik het adres van het "
            "gemeentehuis.</li></ul>"
        ),
        "quote": {
            "text": (
                "Een raadslid staat er nooit alleen voor. Dat willen we niet alleen zeggen, maar "
                "ook laten zien."
            ),
            "name": "Erik Smit",
            "role": "griffier",
        },
        "contact": {
            "name": "Erik Smit",
            "role": "griffier",
            "email": "griffie.marswoude@example.nl",
            "agreed": True,
        },
        "published": "2024-12-03",
    },
    {
        "slug": "brederwijk-richt-bedrijfsopvangteam-op",
        "title": "Brederwijk richt een bedrijfsopvangteam op",
        "organisation": "Gemeente Brederwijk",
        "organisation_type": "Gemeente",
        "province": "Overijssel",
        "themes": ["nazorg"],
        "aggression_types": ["fysiek", "bedreiging"],
        "work_settings": ["balie-en-loket"],
        "lead": (
            "Na een ernstig incident aan de balie bleek de opvang van de medewerker niet goed "
            "geregeld. Nu staat er in Brederwijk een getraind bedrijfsopvangteam klaar."
        ),
        "situation": (
            "<p>Een inwoner sloeg met een stoel op de balie van het gemeentehuis in Brederwijk. "
            "Hij dreigde de medewerker iets aan te doen. Collega's kwamen helpen en de politie "
            "kwam. Niemand raakte gewond. Maar de medewerker was erg geschrokken.</p><p>Na het "
            "incident was niet duidelijk wie de medewerker zou opvangen. De leidinggevende was die "
            "dag vrij. Collega's wilden helpen, maar wisten niet hoe. De medewerker ging alleen "
            "naar huis.</p>"
        ),
        "approach": (
            "<p>De gemeente richtte een bedrijfsopvangteam (BOT) op. Het team bestaat uit zes "
            "collega's van verschillende afdelingen. Ze volgden een training in eerste opvang na "
            "een schokkende gebeurtenis. Zo werkt het:</p><ul><li>Na een ernstig incident belt de "
            "leidinggevende of de receptie een lid van het BOT.</li><li>Het BOT-lid praat binnen "
            "72 uur met de medewerker. Het gesprek gaat over wat er gebeurde en hoe het nu "
            "gaat.</li><li>Na ongeveer twee weken en na zes tot acht weken volgt nog een "
            "gesprek.</li><li>Heeft de medewerker na een tijd nog veel klachten? Dan verwijst het "
            "BOT-lid door naar professionele hulp.</li></ul><p>De leidinggevende blijft "
            "verantwoordelijk en houdt contact. Het BOT helpt, maar neemt die taak niet over.</p>"
        ),
        "results": (
            "<p>Medewerkers weten nu wat er gebeurt na een ernstig incident. Niemand gaat meer "
            "alleen naar huis. Het BOT is al een aantal keer ingezet, ook na bedreigingen aan de "
            "telefoon. Leidinggevenden zijn blij met de hulp. Ze hoeven de opvang niet meer alleen "
            "te doen.</p>"
        ),
        "lessons": (
            "<ul><li>Regel de opvang voordat er iets gebeurt, niet erna.</li><li>Kies BOT-leden "
            "van verschillende afdelingen. Dan is er altijd iemand.</li><li>Maak duidelijk wat het "
            "BOT doet en wat de leidinggevende doet.</li><li>Train BOT-leden regelmatig. Dan "
            "blijven ze het goed doen.</li><li>Zorg dat iedereen weet hoe hij het BOT kan "
            "bereiken, ook de receptie.</li></ul>"
        ),
        "quote": {
            "text": (
                "Soms is een kop koffie en een luisterend oor het belangrijkste wat je kunt geven."
            ),
            "name": "Henk Jansen",
            "role": "lid van het bedrijfsopvangteam",
        },
        "contact": {
            "name": "Marieke Post",
            "role": "adviseur arbo en veiligheid",
            "email": "m.post@example.nl",
            "agreed": True,
        },
        "published": "2025-01-21",
    },
    {
        "slug": "rijksinspectie-kades-en-havens-doet-aangifte",
        "title": "Rijksinspectie Kades en Havens doet aangifte namens haar inspecteurs",
        "organisation": "Rijksinspectie Kades en Havens",
        "organisation_type": "Rijksoverheid",
        "province": "Zeeland",
        "themes": ["handelen-bij-een-incident"],
        "aggression_types": ["bedreiging", "intimidatie"],
        "work_settings": ["op-straat-en-handhaving"],
        "lead": (
            "Inspecteurs werden op de kade bedreigd, maar deden bijna nooit aangifte. Nu doet hun "
            "werkgever dat voor hen."
        ),
        "situation": (
            "<p>Inspecteurs van de Rijksinspectie Kades en Havens controleren schepen en bedrijven "
            "in de haven. Soms moeten ze werk stilleggen. Dat maakt mensen boos. Inspecteurs "
            "werden bedreigd. Soms ging een groep werknemers dreigend om hen heen "
            "staan.</p><p>Toch deden de inspecteurs bijna nooit aangifte. Ze waren bang dat de "
            "dader hun huisadres zou zien. Ook vonden ze aangifte doen veel gedoe. Het kostte "
            "tijd, en ze wisten niet of het iets zou opleveren.</p>"
        ),
        "approach": (
            "<p>De inspectie besloot dat de werkgever de aangifte doet. Dat gaat zo:</p><ol><li>De "
            "inspecteur meldt het incident dezelfde dag bij de leidinggevende.</li><li>Een vaste "
            "medewerker van de afdeling Veiligheid neemt contact op met de politie. Liefst binnen "
            "twee werkdagen.</li><li>De aangifte gaat op het adres van de inspectie, niet op het "
            "huisadres van de inspecteur.</li><li>De aangifte krijgt de code voor Veilige Publieke "
            "Taak. Dan gelden de Eenduidige Landelijke Afspraken met politie en OM.</li><li>De "
            "inspecteur legt een verklaring af als getuige. Iemand van de afdeling Veiligheid gaat "
            "mee.</li></ol><p>De inspectie leerde ook de contactpersonen van de politie in de "
            "regio kennen.</p>"
        ),
        "results": (
            "<p>Er wordt nu veel vaker aangifte gedaan. Inspecteurs zeggen dat de drempel lager "
            "is. Ze hoeven het niet meer alleen te doen. De politie weet beter wie ze moet bellen. "
            "In een aantal zaken heeft het OM de dader vervolgd. Inspecteurs zien zo dat aangifte "
            "zin heeft.</p>"
        ),
        "lessons": (
            "<ul><li>Haal de drempel weg: doe als werkgever zelf de aangifte.</li><li>Gebruik "
            "altijd het adres van de organisatie.</li><li>Vergeet de code voor Veilige Publieke "
            "Taak niet.</li><li>Leer de contactpersoon bij de politie kennen voordat u die nodig "
            "hebt.</li><li>Ga mee als de medewerker een verklaring aflegt bij de "
            "politie.</li></ul>"
        ),
        "quote": {
            "text": "Vroeger liet ik het gaan. Nu weet ik dat mijn werkgever het oppakt.",
            "name": "Kees van Leeuwen",
            "role": "inspecteur",
        },
        "contact": {
            "name": "Yvonne de Groot",
            "role": "coördinator Veiligheid",
            "email": "y.degroot@example.nl",
            "agreed": False,
        },
        "published": "2025-03-11",
    },
    {
        "slug": "mergelrand-verhaalt-schade-op-dader",
        "title": "Uitvoeringsdienst Mergelrand verhaalt de schade op de dader",
        "organisation": "Uitvoeringsdienst Werk en Inkomen Mergelrand",
        "organisation_type": "Uitvoeringsorganisatie",
        "province": "Limburg",
        "themes": ["handelen-bij-een-incident"],
        "aggression_types": ["fysiek"],
        "work_settings": ["balie-en-loket"],
        "lead": (
            "Na vernielingen aan de balie betaalde de organisatie de schade altijd zelf. Nu stuurt "
            "zij de rekening naar de dader."
        ),
        "situation": (
            "<p>De Uitvoeringsdienst Werk en Inkomen Mergelrand regelt voor vier gemeenten de "
            "bijstand. Aan de balie ging soms iets kapot. Een klant trapte een glazen deur in. Een "
            "ander gooide een beeldscherm van de balie. Een medewerker raakte licht gewond door "
            "een klap.</p><p>De organisatie betaalde de schade altijd zelf. De medewerker kreeg "
            "geen vergoeding voor de pijn en de schrik. Daders merkten zo niets van de gevolgen "
            "van hun gedrag.</p>"
        ),
        "approach": (
            "<p>De organisatie maakte een vaste werkwijze voor het verhalen van "
            "schade:</p><ul><li>Na elk incident met schade maakt de teamleider foto's en bewaart "
            "hij de rekeningen.</li><li>De jurist stuurt de dader een brief met de rekening. "
            "Daarin staat ook wat er gebeurt als hij niet betaalt.</li><li>Betaalt de dader niet? "
            "Dan schakelt de organisatie een incassobureau in of stapt zij naar de "
            "rechter.</li><li>Is er aangifte gedaan? Dan vraagt de organisatie de schade terug via "
            "de strafzaak.</li><li>Ook de medewerker kan een vergoeding krijgen voor pijn, schrik "
            "en verdriet. Dat heet immateriële schade. De werkgever regelt dit voor de medewerker, "
            "als die dat wil.</li></ul>"
        ),
        "results": (
            "<p>Een deel van de daders heeft de schade betaald, soms in termijnen. De medewerker "
            "die gewond raakte, kreeg een vergoeding via de strafzaak. De organisatie merkt dat de "
            "rekening een duidelijk signaal geeft. Medewerkers zien dat hun werkgever de zaak "
            "serieus neemt.</p>"
        ),
        "lessons": (
            "<ul><li>Bewaar foto's, rekeningen en verklaringen direct na het "
            "incident.</li><li>Neem de medewerker werk uit handen. Verhaal de schade namens hem of "
            "haar.</li><li>Vergeet de immateriële schade niet.</li><li>Komt het geld niet terug? "
            "Dan maakt de brief toch indruk.</li><li>Vraag de schade terug in de strafzaak als er "
            "aangifte is gedaan.</li></ul>"
        ),
        "quote": {
            "text": (
                "Het gaat niet alleen om het geld. De dader moet merken dat zijn gedrag gevolgen "
                "heeft."
            ),
            "name": "Bram Hendriks",
            "role": "jurist",
        },
        "contact": {
            "name": "Bram Hendriks",
            "role": "jurist",
            "email": "b.hendriks@example.nl",
            "agreed": True,
        },
        "published": "2025-05-06",
    },
    {
        "slug": "heuvelrade-bouwt-veiligere-publiekshal",
        "title": "Heuvelrade bouwt een veiligere publiekshal",
        "organisation": "Gemeente Heuvelrade",
        "organisation_type": "Gemeente",
        "province": "Noord-Brabant",
        "themes": ["preventie"],
        "aggression_types": ["verbaal", "fysiek"],
        "work_settings": ["balie-en-loket"],
        "lead": (
            "Bij de verbouwing van het gemeentehuis keek Heuvelrade goed naar veiligheid. De "
            "nieuwe inrichting helpt om agressie te voorkomen."
        ),
        "situation": (
            "<p>De oude publiekshal van Gemeente Heuvelrade was donker en vol. Inwoners stonden "
            "lang in de rij. Ze wisten niet hoe lang ze moesten wachten. Dat gaf irritatie. Aan de "
            "balie werd regelmatig gescholden. Een paar keer greep een bezoeker een medewerker "
            "vast over de balie heen.</p><p>De werkplekken achter de balie hadden geen tweede "
            "uitgang. Medewerkers konden niet snel weg. De alarmknop zat onder het bureau. Niemand "
            "kon er makkelijk bij.</p>"
        ),
        "approach": (
            "<p>Bij de verbouwing gebruikte de gemeente de ideeën van CPTED. Dat betekent: "
            "agressie en criminaliteit voorkomen met een slimme inrichting. Medewerkers van "
            "Publiekszaken dachten mee met de architect. Dit veranderde er:</p><ul><li>Meer "
            "daglicht, rustige kleuren en genoeg stoelen.</li><li>Een scherm met de wachttijd en "
            "het nummer dat aan de beurt is.</li><li>Bredere balies. Een bezoeker kan een "
            "medewerker niet meer vastpakken.</li><li>Elke werkplek heeft een vluchtweg naar "
            "achteren.</li><li>Alarmknoppen op een logische plek. Er is een vaste afspraak wie er "
            "komt als iemand drukt.</li><li>Een aparte spreekkamer met twee deuren voor moeilijke "
            "gesprekken.</li></ul>"
        ),
        "results": (
            "<p>Bezoekers zijn rustiger tijdens het wachten. Medewerkers zeggen dat ze zich "
            "veiliger voelen. Ze weten dat ze weg kunnen als het misgaat. Er komen minder "
            "meldingen binnen over schelden aan de balie. Het team oefent nu twee keer per jaar "
            "met het alarm.</p>"
        ),
        "lessons": (
            "<ul><li>Laat medewerkers meedenken over het ontwerp. Zij weten waar het "
            "misgaat.</li><li>Let ook op kleine dingen, zoals licht en informatie over de "
            "wachttijd.</li><li>Een alarmknop werkt alleen als duidelijk is wie er "
            "komt.</li><li>Oefen regelmatig met het alarm en de vluchtwegen.</li><li>Maak een "
            "aparte ruimte voor moeilijke gesprekken, met twee deuren.</li></ul>"
        ),
        "quote": {
            "text": "We hebben niet alleen een mooiere hal. We hebben een hal die rust geeft.",
            "name": "Anouk Vermeulen",
            "role": "teamleider Publiekszaken",
        },
        "contact": None,
        "published": "2025-06-24",
    },
    {
        "slug": "noorderkust-traint-brandweer-in-omgaan-met-agressie",
        "title": "Veiligheidsregio Noorderkust traint brandweermensen in omgaan met agressie",
        "organisation": "Veiligheidsregio Noorderkust",
        "organisation_type": "Veiligheidsregio",
        "province": "Groningen",
        "themes": ["preventie"],
        "aggression_types": ["verbaal", "discriminatie", "fysiek"],
        "work_settings": ["op-straat-en-handhaving"],
        "lead": (
            "Brandweermensen kregen tijdens hun werk steeds vaker scheldwoorden en discriminerende "
            "opmerkingen te horen. De veiligheidsregio maakte een praktische training."
        ),
        "situation": (
            "<p>Brandweermensen van Veiligheidsregio Noorderkust worden soms uitgescholden tijdens "
            "hun werk. Bijvoorbeeld als ze een straat afzetten of als omstanders te dichtbij "
            "komen. Rond de jaarwisseling werd een ploeg met vuurwerk bekogeld. Vrouwelijke "
            "collega's en collega's met een migratieachtergrond kregen ook discriminerende "
            "opmerkingen.</p><p>Veel brandweermensen vonden dat dit 'erbij hoorde'. Ze meldden het "
            "niet. Ook wisten ze niet goed hoe ze moesten reageren zonder dat het erger werd.</p>"
        ),
        "approach": (
            "<p>De veiligheidsregio maakte samen met ploegchefs een training van een dagdeel. De "
            "training gaat over drie dingen:</p><ol><li><b>Rustig blijven en de-escaleren.</b> Hoe "
            "praat u met een boze omstander? Hoe houdt u afstand?</li><li><b>Grenzen stellen.</b> "
            "Wat zegt u als iemand u discrimineert? Wanneer stopt u het gesprek en belt u de "
            "politie?</li><li><b>Melden.</b> Elke ploeg meldt incidenten na de inzet. Ook schelden "
            "en discriminerende opmerkingen.</li></ol><p>In de training oefenen ploegen met echte "
            "situaties uit hun eigen regio. Na elke inzet bespreekt de ploegchef kort of er iets "
            "is gebeurd. Zo wordt melden een gewoonte.</p>"
        ),
        "results": (
            "<p>Brandweermensen melden meer incidenten dan vroeger. Ook discriminatie wordt nu "
            "vaker gemeld. Ploegchefs merken dat er in de ploeg meer over wordt gepraat. De "
            "veiligheidsregio gebruikt de meldingen voor afspraken met de politie over drukke "
            "momenten, zoals de jaarwisseling. Nieuwe collega's volgen de training in hun eerste "
            "jaar.</p>"
        ),
        "lessons": (
            "<ul><li>Discriminatie is ook agressie. Besteed er apart aandacht aan in de "
            "training.</li><li>Gebruik voorbeelden uit de eigen praktijk. Dan herkennen mensen "
            "het.</li><li>Leidinggevenden bepalen of melden normaal wordt.</li><li>Een korte "
            "nabespreking na de inzet helpt meer dan een lang formulier.</li><li>Deel de meldingen "
            "met de politie. Dan kunt u samen afspraken maken.</li></ul>"
        ),
        "quote": {
            "text": (
                "We komen om te helpen. Dan hoef je niet te accepteren dat je wordt uitgescholden."
            ),
            "name": "Wouter Kuipers",
            "role": "ploegchef brandweer",
        },
        "contact": {
            "name": "Wouter Kuipers",
            "role": "ploegchef brandweer",
            "email": "w.kuipers@example.nl",
            "agreed": False,
        },
        "published": "2025-08-19",
    },
    {
        "slug": "wolderbroek-maakt-de-norm-zichtbaar",
        "title": "Wolderbroek maakt de norm zichtbaar voor inwoners en collega's",
        "organisation": "Gemeente Wolderbroek",
        "organisation_type": "Gemeente",
        "province": "Friesland",
        "themes": ["preventie"],
        "aggression_types": ["discriminatie", "verbaal"],
        "work_settings": ["balie-en-loket", "telefoon-en-online"],
        "lead": (
            "Wolderbroek nam de norm 'Stop Agressie Samen' over. De gemeente laat inwoners zien "
            "welk gedrag wel en niet kan."
        ),
        "situation": (
            "<p>Medewerkers van de balie en het klantcontactcentrum in Wolderbroek kregen "
            "regelmatig scheldwoorden te horen. Soms ging het over hun accent, hun huidskleur of "
            "hun hoofddoek. Inwoners zeiden dingen die echt niet kunnen.</p><p>Medewerkers vonden "
            "het moeilijk om een grens te trekken. Ze wisten niet wat de gemeente van hen "
            "verwachtte. Moesten ze alles accepteren, omdat de inwoner klant is? Of mochten ze het "
            "gesprek stoppen?</p>"
        ),
        "approach": (
            "<p>De gemeente nam de norm 'Stop Agressie Samen' over. Het managementteam maakte er "
            "afspraken over, samen met medewerkers en de ondernemingsraad:</p><ul><li>Er zijn drie "
            "soorten gedrag: gewenst, acceptabel en onacceptabel. Emotie en kritiek zijn "
            "acceptabel. Schelden, dreigen en discrimineren niet.</li><li>Bij de ingang, in de "
            "wachtruimte en op de website staat wat de gemeente van bezoekers "
            "verwacht.</li><li>Aan de telefoon hoort de beller eerst een korte tekst over "
            "respectvol contact.</li><li>Medewerkers mogen een gesprek stoppen bij discriminatie. "
            "Ze melden het daarna.</li></ul><p>De burgemeester en de voorzitter van de "
            "ondernemingsraad ondertekenden de norm samen.</p>"
        ),
        "results": (
            "<p>Medewerkers weten nu waar de grens ligt. Ze voelen zich gesteund als ze een "
            "gesprek stoppen. De meeste inwoners reageren met begrip op de teksten. Er komen meer "
            "meldingen van discriminatie binnen. De gemeente ziet dat als een goed teken: het "
            "probleem wordt zichtbaar.</p>"
        ),
        "lessons": (
            "<ul><li>Maak de norm samen met medewerkers en de ondernemingsraad.</li><li>Laat zien "
            "dat emotie en kritiek mogen. Dan is de grens duidelijker.</li><li>Noem discriminatie "
            "apart.</li><li>Meer meldingen betekent niet altijd meer incidenten. Vaak melden "
            "mensen gewoon eerder.</li><li>Laat de norm ondertekenen door de top van de "
            "organisatie. Dat geeft een sterk signaal.</li></ul>"
        ),
        "quote": {
            "text": (
                "Een inwoner mag boos zijn. Maar niemand hoeft te accepteren dat hij wordt "
                "uitgescholden om wie hij is."
            ),
            "name": "Jan-Willem Dijkstra",
            "role": "gemeentesecretaris",
        },
        "contact": {
            "name": "Sara Bouma",
            "role": "adviseur personeel en organisatie",
            "email": "s.bouma@example.nl",
            "agreed": True,
        },
        "published": "2025-09-30",
    },
    {
        "slug": "peelbeek-brengt-risicos-buitenwerk-in-kaart",
        "title": "Waterschap Peelbeek brengt de risico's van buitenwerk in kaart",
        "organisation": "Waterschap Peelbeek",
        "organisation_type": "Waterschap",
        "province": "Noord-Brabant",
        "themes": ["preventie"],
        "aggression_types": ["intimidatie", "bedreiging"],
        "work_settings": ["huisbezoek", "op-straat-en-handhaving"],
        "lead": (
            "Medewerkers van het waterschap komen bij boeren en bewoners op het erf. Met een "
            "risicoanalyse ontdekte het waterschap waar het mis kan gaan."
        ),
        "situation": (
            "<p>Handhavers en opzichters van Waterschap Peelbeek gaan veel op pad. Ze controleren "
            "sloten, dijken en lozingen. Daarbij komen ze op het erf van boeren en bij mensen "
            "thuis. Meestal gaat dat goed. Maar soms wordt een medewerker van het erf gestuurd of "
            "met een hond bedreigd. Een opzichter werd eens de weg versperd met een "
            "trekker.</p><p>Het waterschap had wel een RI&amp;E. Maar daarin stond weinig over "
            "agressie bij werk buiten de deur.</p>"
        ),
        "approach": (
            "<p>Het waterschap deed een aparte risicoanalyse voor agressie. Een arbo-adviseur "
            "sprak met medewerkers van alle teams die buiten werken. Samen brachten ze in "
            "kaart:</p><ul><li>welke taken meer risico geven, zoals handhaving en het opleggen van "
            "een boete;</li><li>op welke plekken medewerkers alleen werken, zonder goed "
            "telefoonbereik;</li><li>welke adressen eerder problemen gaven.</li></ul><p>Daarna nam "
            "het waterschap maatregelen. Bij risicovolle bezoeken gaan medewerkers met z'n tweeën. "
            "Ze hebben een alarmapp op hun telefoon. Adressen met eerdere incidenten krijgen een "
            "markering in het systeem. Het waterschap gebruikte ook de toolbox van de "
            "waterschappen over agressie.</p>"
        ),
        "results": (
            "<p>Het waterschap weet nu beter waar de risico's zitten. Medewerkers bereiden "
            "risicovolle bezoeken beter voor. Ze voelen zich gehoord, omdat hun ervaringen in de "
            "analyse staan. Het waterschap werkt de risicoanalyse elk jaar bij met de nieuwe "
            "meldingen. Ook leidinggevenden zien nu beter welke teams extra steun nodig "
            "hebben.</p>"
        ),
        "lessons": (
            "<ul><li>Neem agressie bij buitenwerk apart op in de RI&amp;E.</li><li>Praat met de "
            "mensen die het werk doen. Zij kennen de risico's.</li><li>Markeer adressen met "
            "eerdere incidenten. Houd u daarbij aan de privacyregels.</li><li>Werk de analyse elk "
            "jaar bij.</li><li>Geef medewerkers die alleen werken een alarmapp.</li></ul>"
        ),
        "quote": None,
        "contact": None,
        "published": "2025-11-18",
    },
    {
        "slug": "kraaiendal-maakt-registreren-makkelijk",
        "title": "Kraaiendal maakt registreren makkelijk met het GIR",
        "organisation": "Gemeente Kraaiendal",
        "organisation_type": "Gemeente",
        "province": "Noord-Holland",
        "themes": ["handelen-bij-een-incident"],
        "aggression_types": ["online", "verbaal"],
        "work_settings": ["telefoon-en-online"],
        "lead": (
            "Medewerkers in Kraaiendal meldden incidenten op papier, in een lijst of helemaal "
            "niet. Met een kort meldformulier in het GIR is dat veranderd."
        ),
        "situation": (
            "<p>Medewerkers van het klantcontactcentrum in Kraaiendal krijgen veel vragen per "
            "telefoon, e-mail en chat. Daarbij krijgen ze ook scheldwoorden en beledigingen te "
            "verwerken. Soms komt dat via een reactie op de sociale media van de "
            "gemeente.</p><p>Elke afdeling legde incidenten op een andere manier vast. De ene "
            "gebruikte een papieren formulier, de andere een lijst in Excel. Veel incidenten "
            "werden helemaal niet gemeld. De gemeente wist daardoor niet hoe vaak er iets gebeurde "
            "en waar.</p>"
        ),
        "approach": (
            "<p>De gemeente ging werken met het Gemeentelijk Incidenten Registratiesysteem (GIR). "
            "De agressiecoördinator zorgde dat melden snel gaat:</p><ul><li>Het meldformulier "
            "heeft maar een paar vragen. Invullen kost een paar minuten.</li><li>Op elke computer "
            "staat een knop naar het formulier.</li><li>Ook online incidenten, zoals beledigingen "
            "in de chat, kunnen medewerkers direct melden. Ze voegen een schermafbeelding "
            "toe.</li><li>De leidinggevende krijgt meteen bericht en neemt contact op met de "
            "medewerker.</li></ul><p>Elk kwartaal bespreekt het managementteam een overzicht van "
            "de meldingen. Daarna hoort het team wat er met de meldingen is gedaan.</p>"
        ),
        "results": (
            "<p>Er komen nu veel meer meldingen binnen. De gemeente ziet dat veel agressie via "
            "chat en e-mail komt. Daarom kreeg het klantcontactcentrum extra uitleg over online "
            "agressie. Medewerkers zien dat melden zin heeft, omdat ze horen wat ermee gebeurt. "
            "Ook leidinggevenden zijn tevreden. Ze zien sneller waar het misgaat.</p>"
        ),
        "lessons": (
            "<ul><li>Eén systeem voor de hele organisatie geeft een duidelijk beeld.</li><li>Hoe "
            "korter het formulier, hoe vaker mensen melden.</li><li>Neem ook online incidenten "
            "mee.</li><li>Laat medewerkers weten wat er met hun meldingen "
            "gebeurt.</li><li>Bespreek de meldingen vaak in het managementteam. Dan worden ze ook "
            "gebruikt.</li></ul>"
        ),
        "quote": {
            "text": (
                "Eerst dacht ik dat een scheldwoord in de chat niet telde. Nu meld ik het gewoon."
            ),
            "name": "Rachid Benali",
            "role": "medewerker klantcontactcentrum",
        },
        "contact": {
            "name": "Monique Schouten",
            "role": "agressiecoördinator",
            "email": "m.schouten@example.nl",
            "agreed": True,
        },
        "published": "2026-02-10",
    },
    {
        "slug": "lindehoven-stappenplan-nazorg-leidinggevenden",
        "title": "Lindehoven geeft leidinggevenden houvast bij nazorg",
        "organisation": "Gemeente Lindehoven",
        "organisation_type": "Gemeente",
        "province": "Utrecht",
        "themes": ["nazorg"],
        "aggression_types": ["bedreiging", "discriminatie"],
        "work_settings": ["huisbezoek"],
        "lead": (
            "Een medewerker van het wijkteam werd tijdens een huisbezoek bedreigd. Haar "
            "leidinggevende volgde een vast stappenplan voor nazorg."
        ),
        "situation": (
            "<p>Een medewerker van het wijkteam in Lindehoven ging op huisbezoek bij een gezin. "
            "Tijdens het gesprek werd de vader boos. Hij maakte opmerkingen over haar afkomst. Ook "
            "zei hij dat hij wist waar ze woonde. De medewerker vertrok direct.</p><p>Vroeger ging "
            "de nazorg bij de gemeente vaak mis. Leidinggevenden wisten niet goed wat ze moesten "
            "doen. Soms belden ze één keer en daarna niet meer. Medewerkers voelden zich dan in de "
            "steek gelaten.</p>"
        ),
        "approach": (
            "<p>De gemeente had kort daarvoor een stappenplan voor nazorg gemaakt. De "
            "leidinggevende volgde dat plan:</p><ul><li>Op de dag zelf belde ze de medewerker. Ze "
            "vroeg wat ze nodig had.</li><li>Binnen 72 uur hadden ze een rustig gesprek over wat "
            "er was gebeurd.</li><li>De gemeente deed aangifte en stuurde de vader een brief. Een "
            "collega nam het gezin over.</li><li>Na twee weken en na zeven weken volgde weer een "
            "gesprek. De leidinggevende vroeg naar slapen, werk en angst.</li><li>Ze schreef in "
            "een kort logboek op wat ze hadden besproken en afgesproken.</li></ul><p>De medewerker "
            "mocht zelf kiezen wanneer ze weer op huisbezoek ging.</p>"
        ),
        "results": (
            "<p>De medewerker voelde zich gesteund. Na een paar weken ging ze weer op huisbezoek, "
            "eerst samen met een collega. Andere leidinggevenden gebruiken het stappenplan nu ook. "
            "Zij zeggen dat het rust geeft. Ze weten wat ze moeten doen en wanneer. De medewerker "
            "zelf zegt dat vooral de gesprekken na een paar weken hielpen.</p>"
        ),
        "lessons": (
            "<ul><li>Wees als leidinggevende het vaste aanspreekpunt. Ook weken later "
            "nog.</li><li>Zet de vervolggesprekken meteen in de agenda.</li><li>Schrijf op wat u "
            "hebt afgesproken.</li><li>Laat het slachtoffer meebeslissen over de terugkeer in het "
            "werk.</li><li>Laat een collega het contact met de dader overnemen.</li></ul>"
        ),
        "quote": {
            "text": (
                "Ik hoef geen hulpverlener te zijn. Ik moet er wel zijn. Het stappenplan helpt me "
                "daarbij."
            ),
            "name": "Ellen Brouwer",
            "role": "teamleider wijkteam",
        },
        "contact": {
            "name": "Ellen Brouwer",
            "role": "teamleider wijkteam",
            "email": "e.brouwer@example.nl",
            "agreed": False,
        },
        "published": "2026-05-19",
    },
    {
        "slug": "ommerdal-veilige-raadsvergadering",
        "title": "Ommerdal maakt een draaiboek voor een veilige raadsvergadering",
        "organisation": "Gemeente Ommerdal",
        "organisation_type": "Gemeente",
        "province": "Overijssel",
        "themes": ["handelen-bij-een-incident", "preventie"],
        "aggression_types": ["intimidatie", "verbaal"],
        "work_settings": ["raad-en-bestuur"],
        "lead": (
            "Tijdens een drukke raadsvergadering werden raadsleden en een ambtenaar geïntimideerd. "
            "Ommerdal maakte daarna duidelijke afspraken."
        ),
        "situation": (
            "<p>De gemeenteraad van Ommerdal sprak over het sluiten van een sporthal. De publieke "
            "tribune zat vol. Tijdens de vergadering riepen bezoekers naar raadsleden. Na afloop "
            "gingen boze bezoekers in de hal om een ambtenaar heen staan. Zij had het voorstel "
            "geschreven. Ze werd uitgescholden en gefilmd.</p><p>Er was geen plan voor zulke "
            "avonden. De bode stond er alleen voor. Niemand wist wie de politie moest bellen.</p>"
        ),
        "approach": (
            "<p>De griffie, de burgemeester en de afdeling Facilitaire Zaken maakten een draaiboek "
            "voor vergaderingen met veel publiek:</p><ul><li>De voorzitter noemt aan het begin de "
            "huisregels. Publiek mag meeluisteren, maar niet roepen of dreigen.</li><li>Bij onrust "
            "waarschuwt de voorzitter één keer. Daarna kan de voorzitter de vergadering schorsen "
            "of de tribune laten ontruimen.</li><li>Bij een gevoelig onderwerp is er een extra "
            "bode of beveiliger.</li><li>Ambtenaren verlaten het gebouw via een aparte "
            "uitgang.</li><li>Na afloop bespreekt de griffier wat er gebeurde. Incidenten worden "
            "geregistreerd.</li></ul><p>De ambtenaar kreeg een nagesprek. De bezoekers die de "
            "gemeente herkende, kregen een brief.</p>"
        ),
        "results": (
            "<p>Bij de volgende drukke vergadering bleef het rustig. De voorzitter noemde de "
            "huisregels en iedereen wist wat er van hem werd verwacht. Ambtenaren voelen zich "
            "veiliger op vergaderavonden. De gemeente gebruikt het draaiboek nu ook bij "
            "informatieavonden in de wijk. Raadsleden vinden het prettig dat de regels vooraf "
            "duidelijk zijn.</p>"
        ),
        "lessons": (
            "<ul><li>Maak een draaiboek voordat er een gevoelige vergadering is, niet "
            "erna.</li><li>Vergeet de ambtenaren niet. Ook zij zijn op de avond "
            "aanwezig.</li><li>Geef de voorzitter duidelijke stappen voor als het onrustig "
            "wordt.</li><li>Registreer ook incidenten tijdens vergaderingen.</li><li>Gebruik het "
            "draaiboek ook bij andere bijeenkomsten met veel publiek.</li></ul>"
        ),
        "quote": {
            "text": "Iedereen mag hier zijn mening geven. Maar niemand mag een ander bang maken.",
            "name": "Harm Wessels",
            "role": "burgemeester",
        },
        "contact": {
            "name": "Linda Schipper",
            "role": "griffier",
            "email": "griffie.ommerdal@example.nl",
            "agreed": True,
        },
        "published": "2026-09-08",
    },
]
