"""Demo content: the home page, the service pages and the organisation details.

Written for this site in Dutch at language level B1. Service page HTML uses only p, b, i,
ul, ol, li, h2 and h3. The e-mail address is a placeholder.
"""

HOME = {
    "title": "Veilige publieke dienstverlening",
    "intro": (
        "Medewerkers van de overheid moeten hun werk veilig kunnen doen. Op deze website leest u "
        "hoe u agressie voorkomt, wat u doet als het toch gebeurt en hoe u goede nazorg geeft. De "
        "informatie is voor werkgevers, leidinggevenden en medewerkers bij gemeenten, provincies, "
        "waterschappen en het Rijk."
    ),
    "entries": [
        {
            "title": "Voorkomen",
            "text": (
                "Maak duidelijk welk gedrag u niet accepteert en bereid uw organisatie goed voor. "
                "Denk aan een norm, een protocol, een veilige werkplek en training."
            ),
            "page_slug": "preventie",
        },
        {
            "title": "Handelen bij een incident",
            "text": (
                "Blijf rustig, stel grenzen en sla alarm als het nodig is. Registreer het "
                "incident, reageer naar de dader en doe aangifte."
            ),
            "page_slug": "handelen-bij-een-incident",
        },
        {
            "title": "Nazorg",
            "text": (
                "Zorg goed voor de medewerker na een incident. Bied snel een gesprek aan en blijf "
                "in contact, ook na een paar weken."
            ),
            "page_slug": "nazorg",
        },
    ],
    "featured_title": "Ervaringen uit de praktijk",
    "featured_text": (
        "Hoe pakken andere overheden agressie aan? Lees de ervaringen van gemeenten, waterschappen "
        "en andere organisaties. En deel ook uw eigen aanpak met collega's in het land."
    ),
}

SERVICE_PAGES = [
    {
        "slug": "toegankelijkheid",
        "title": "Toegankelijkheid",
        "intro": (
            "Iedereen moet deze website kunnen gebruiken. Hier leest u wat we daarvoor doen en hoe "
            "u een probleem kunt melden."
        ),
        "body": (
            "<h2>Ons doel</h2><p>Deze website is van het ministerie van Binnenlandse Zaken en "
            "Koninkrijksrelaties. Overheidswebsites moeten toegankelijk zijn voor iedereen. Ook "
            "voor mensen met een beperking. Bijvoorbeeld mensen die slecht zien, doof zijn of de "
            "website alleen met een toetsenbord gebruiken.</p><p>We willen dat deze website "
            "voldoet aan de richtlijnen WCAG 2.1 op niveau AA. Daarnaast werken we toe naar WCAG "
            "2.2 op niveau AA.</p><h2>Waar letten we op?</h2><ul><li>We schrijven in duidelijke "
            "taal, op taalniveau B1.</li><li>De website moet goed werken met alleen een "
            "toetsenbord.</li><li>Afbeeldingen krijgen een tekst die uitlegt wat erop "
            "staat.</li><li>We kiezen kleuren met genoeg contrast.</li><li>De website moet ook "
            "werken als u de tekst groter maakt of een schermlezer gebruikt.</li><li>We "
            "controleren nieuwe onderdelen op toegankelijkheid voordat ze online "
            "komen.</li></ul><h2>Wat is de stand van zaken?</h2><p>We doen ons best om de website "
            "zo toegankelijk mogelijk te maken. Toch kan het zijn dat iets nog niet goed werkt. "
            "Bijvoorbeeld in een document om te downloaden dat niet door ons is gemaakt. We werken "
            "eraan om zulke problemen op te lossen.</p><h2>Loopt u tegen een probleem "
            "aan?</h2><p>Kunt u een pagina of document niet goed gebruiken? Laat het ons weten via "
            "de contactpagina. Vertel ons:</p><ul><li>op welke pagina het probleem is;</li><li>wat "
            "er niet goed gaat;</li><li>welk hulpmiddel of welke browser u gebruikt, als u dat "
            "weet.</li></ul><p>We nemen contact met u op en zoeken samen naar een oplossing. Hebt "
            "u de informatie snel nodig? Dan sturen we die op een andere manier naar u "
            "toe.</p><h2>Elk jaar opnieuw bekeken</h2><p>We bekijken deze verklaring elk jaar "
            "opnieuw. En natuurlijk ook als de website flink verandert.</p>"
        ),
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": (
            "Op deze website verzamelen we zo weinig mogelijk gegevens. Hier leest u welke "
            "gegevens dat zijn en wat u kunt doen."
        ),
        "body": (
            "<h2>Wie is verantwoordelijk?</h2><p>Het ministerie van Binnenlandse Zaken en "
            "Koninkrijksrelaties (BZK) is verantwoordelijk voor deze website. Het ministerie houdt "
            "zich aan de Algemene verordening gegevensbescherming (AVG).</p><h2>Welke gegevens "
            "verzamelen we?</h2><p>U kunt deze website bezoeken zonder dat wij weten wie u bent. "
            "We vragen niet om uw naam of e-mailadres. We volgen niet wat u op de website doet. We "
            "gebruiken geen programma's die uw bezoek meten of bijhouden. Ook delen we niets met "
            "sociale media of advertentiebedrijven.</p><h2>Als u ons een e-mail "
            "stuurt</h2><p>Stuurt u ons een e-mail? Dan krijgen we uw e-mailadres en de gegevens "
            "die u zelf in uw bericht zet. We gebruiken die gegevens alleen om uw vraag te "
            "beantwoorden of uw voorbeeld uit de praktijk te bespreken. We bewaren ze niet langer "
            "dan nodig.</p><h2>Gegevens voor de beveiliging</h2><p>Net als elke website houdt onze "
            "server bij welke pagina's worden opgevraagd. Daarbij wordt ook het IP-adres van uw "
            "computer of telefoon vastgelegd. We gebruiken die gegevens alleen om de website "
            "veilig te houden en storingen op te lossen. We bewaren ze maar kort. Daarna worden ze "
            "verwijderd.</p><h2>Uw rechten</h2><p>Volgens de AVG hebt u rechten. U "
            "mag:</p><ul><li>vragen welke gegevens we van u hebben;</li><li>onjuiste gegevens "
            "laten verbeteren;</li><li>vragen om uw gegevens te verwijderen;</li><li>bezwaar maken "
            "tegen het gebruik van uw gegevens.</li></ul><p>Wilt u een van deze rechten gebruiken? "
            "Neem dan contact met ons op via de contactpagina. U kunt ook contact opnemen met de "
            "functionaris gegevensbescherming van het ministerie van BZK.</p><h2>Een "
            "klacht</h2><p>Bent u niet tevreden over hoe wij met uw gegevens omgaan? Laat het ons "
            "eerst weten. Komen we er samen niet uit? Dan kunt u een klacht indienen bij de "
            "Autoriteit Persoonsgegevens.</p>"
        ),
    },
    {
        "slug": "cookies",
        "title": "Cookies",
        "intro": (
            "Als u deze website bezoekt, plaatsen we geen cookies. Alleen redacteuren die inloggen "
            "krijgen een noodzakelijke cookie."
        ),
        "body": (
            "<h2>Wat zijn cookies?</h2><p>Een cookie is een klein bestand. Een website kan dat "
            "bestand op uw computer, tablet of telefoon zetten. Zo kan de website bijvoorbeeld "
            "onthouden wie u bent of wat u hebt bekeken.</p><h2>Geen cookies voor "
            "bezoekers</h2><p>Bezoekt u deze website om informatie te lezen? Dan plaatsen we geen "
            "enkele cookie. Dus ook:</p><ul><li>geen cookies om uw bezoek te meten of te "
            "analyseren;</li><li>geen cookies die u volgen op andere websites;</li><li>geen "
            "cookies van sociale media of advertentiebedrijven.</li></ul><p>Daarom ziet u op deze "
            "website ook geen vraag om cookies te accepteren. Dat is niet nodig.</p><h2>Cookies "
            "voor redacteuren</h2><p>Een kleine groep redacteuren beheert de inhoud van deze "
            "website. Zij loggen daarvoor in. Als een redacteur inlogt, plaatst de website een "
            "cookie voor de sessie. Die cookie onthoudt dat de redacteur is ingelogd. Zonder deze "
            "cookie kan de redacteur zijn werk niet doen. Bij het inloggen gebruikt de website ook "
            "een cookie die het formulier beveiligt tegen misbruik.</p><p>Deze cookies zijn "
            "noodzakelijk. Ze worden niet gebruikt om mensen te volgen. Ze verlopen vanzelf na een "
            "bepaalde tijd.</p><h2>Cookies verwijderen</h2><p>U kunt in uw browser zien welke "
            "cookies er op uw apparaat staan. U kunt cookies daar ook verwijderen. Hoe dat werkt, "
            "verschilt per browser. Kijk daarvoor bij de hulpfunctie van uw "
            "browser.</p><h2>Vragen?</h2><p>Hebt u een vraag over cookies op deze website? Neem "
            "dan contact met ons op via de contactpagina.</p>"
        ),
    },
    {
        "slug": "contact",
        "title": "Contact",
        "intro": (
            "Hebt u een vraag over deze website of over het voorkomen van agressie? Neem dan "
            "contact op met het team Veilige Publieke Dienstverlening."
        ),
        "body": (
            "<h2>Bent u in gevaar?</h2><p>Bel dan direct <b>112</b>. Deze website en ons team zijn "
            "geen noodlijn. We kunnen u niet helpen bij een situatie die nu speelt.</p><p>Wilt u "
            "een melding of aangifte doen bij de politie? Bel dan de politie op <b>0900-8844</b>. "
            "Doe de aangifte als het kan binnen twee werkdagen. Geef het adres van uw organisatie "
            "op, niet uw huisadres.</p><h2>Een vraag over agressie in uw eigen werk?</h2><p>Bent u "
            "zelf te maken gekregen met agressie? Praat er dan over met uw leidinggevende. U kunt "
            "ook terecht bij de agressiecoördinator, de vertrouwenspersoon of de arbodienst van uw "
            "organisatie. Zij kennen de afspraken binnen uw organisatie en kunnen u het beste "
            "helpen.</p><h2>Contact met ons team</h2><p>Het team Veilige Publieke Dienstverlening "
            "van het ministerie van Binnenlandse Zaken en Koninkrijksrelaties beheert deze "
            "website. U kunt ons mailen over bijvoorbeeld:</p><ul><li>een vraag over de informatie "
            "op deze website;</li><li>een fout of een probleem op de website;</li><li>een "
            "voorbeeld uit de praktijk dat u wilt delen;</li><li>een idee voor een nieuw document "
            "of onderwerp.</li></ul><p>Ons e-mailadres is <b>veiligpubliek@example.nl</b>. We "
            "reageren zo snel mogelijk.</p><h2>Post</h2><p>Wilt u ons een brief sturen? Gebruik "
            "dan dit adres:</p><p><b>Ministerie van Binnenlandse Zaken en Koninkrijksrelaties</b>, "
            "team Veilige Publieke Dienstverlening, Postbus 20011, 2500 EA Den Haag.</p>"
        ),
    },
    {
        "slug": "over-deze-site",
        "title": "Over deze site",
        "intro": (
            "Deze website helpt overheidsorganisaties om agressie tegen hun medewerkers te "
            "voorkomen en aan te pakken. Hier leest u wie de website maakt."
        ),
        "body": (
            "<h2>Waarom deze website?</h2><p>Medewerkers met een publieke taak krijgen vaak te "
            "maken met agressie. Aan de balie, op straat, aan de telefoon, online of bij mensen "
            "thuis. Deze website laat zien wat organisaties daartegen kunnen doen. Vóór, tijdens "
            "en na een incident.</p><h2>Wie maakt de website?</h2><p>Het ministerie van "
            "Binnenlandse Zaken en Koninkrijksrelaties (BZK) maakte deze website samen met "
            "professionals van gemeenten. Zij brachten hun kennis en ervaring uit de praktijk mee. "
            "Het team Veilige Publieke Dienstverlening van BZK beheert de website.</p><h2>Opvolger "
            "van agressievrijwerk.nl</h2><p>Deze website volgt agressievrijwerk.nl op. Die website "
            "hoorde bij het programma Veilige Publieke Taak. Dat programma liep van 2007 tot en "
            "met 2016. De kennis uit dat programma, zoals de acht maatregelen, is nog steeds "
            "bruikbaar. Daarom staat die informatie, bijgewerkt, op deze website. Oude links naar "
            "agressievrijwerk.nl sturen u door naar de juiste pagina hier.</p><h2>Voor "
            "wie?</h2><p>De website is bedoeld voor werkgevers, leidinggevenden, medewerkers, "
            "beleidsmakers, agressiecoördinatoren, arboprofessionals en ondernemingsraden. Bij "
            "gemeenten, provincies, waterschappen en het Rijk.</p><h2>Techniek</h2><p>De website "
            "is gebouwd met opensourcesoftware. We gebruiken het contentbeheersysteem Wagtail, dat "
            "werkt met het webframework Django. Iedereen mag deze software gratis gebruiken en "
            "verbeteren.</p><h2>Colofon</h2><ul><li><b>Uitgever:</b> ministerie van Binnenlandse "
            "Zaken en Koninkrijksrelaties</li><li><b>Redactie:</b> team Veilige Publieke "
            "Dienstverlening</li><li><b>In samenwerking met:</b> professionals van "
            "gemeenten</li><li><b>Contact:</b> veiligpubliek@example.nl</li></ul>"
        ),
    },
    {
        "slug": "copyright",
        "title": "Copyright",
        "intro": (
            "U mag de teksten op deze website vrij gebruiken, tenzij er iets anders bij staat. "
            "Voor foto's en andere beelden kunnen andere regels gelden."
        ),
        "body": (
            "<h2>Teksten zijn vrij te gebruiken</h2><p>De overheid wil dat haar informatie zo "
            "breed mogelijk wordt gebruikt. Daarom mag u de teksten op deze website vrij "
            "gebruiken. Dat geldt ook voor de documenten die de overheid zelf heeft gemaakt, zoals "
            "voorbeeldprotocollen en checklists.</p><p>Voor deze informatie geldt de Creative "
            "Commons Zero-verklaring (CC0). Dat betekent:</p><ul><li>u mag de informatie kopiëren, "
            "verspreiden en doorsturen;</li><li>u mag de informatie aanpassen, bijvoorbeeld voor "
            "uw eigen organisatie;</li><li>u mag de informatie ook gebruiken voor commerciële "
            "doelen;</li><li>u hoeft geen toestemming te vragen.</li></ul><p>U hoeft de bron niet "
            "te noemen. Maar we vinden het wel prettig als u dat doet. Noem dan de website "
            "veiligepubliekedienstverlening.nl.</p><h2>Uitzonderingen</h2><p>Soms gelden er andere "
            "regels. Dat staat dan bij de tekst, de afbeelding of het document. Let vooral op het "
            "volgende:</p><ul><li><b>Foto's en illustraties</b> kunnen rechten hebben van de "
            "fotograaf of maker. Wilt u een foto gebruiken? Vraag dan eerst toestemming aan de "
            "maker.</li><li><b>Logo's</b> van de overheid en van andere organisaties mag u niet "
            "zomaar gebruiken.</li><li><b>Documenten van andere organisaties</b> vallen onder de "
            "regels van die organisatie.</li></ul><h2>Vragen?</h2><p>Twijfelt u of u iets mag "
            "gebruiken? Neem dan contact met ons op via de contactpagina. We helpen u graag "
            "verder.</p>"
        ),
    },
]

ORGANISATION = {
    "name": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    "team": "Team Veilige Publieke Dienstverlening",
    "email": "veiligpubliek@example.nl",
    "phone": "",
    "address": "Postbus 20011, 2500 EA Den Haag",
}
