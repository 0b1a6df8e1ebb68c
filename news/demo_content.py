"""Demo content: news items for Actueel.

Written for this site in Dutch at language level B1. Body HTML uses only p, b, i, ul, li
and h2.
"""

NEWS_ITEMS = [
    {
        "slug": "nieuwe-website-veilige-publieke-dienstverlening-online",
        "title": "Nieuwe website veiligepubliekedienstverlening.nl is online",
        "date": "2026-10-01",
        "intro": (
            "Er is een nieuwe website over agressie tegen medewerkers met een publieke taak. "
            "Veiligepubliekedienstverlening.nl neemt de plaats in van agressievrijwerk.nl."
        ),
        "body": (
            "<p>Vanaf vandaag vindt u alle informatie over het voorkomen en aanpakken van agressie "
            "op veiligepubliekedienstverlening.nl. De voorzitter van de VNG zette de website "
            "online door op een knop te drukken.</p><h2>Gemaakt met mensen uit de "
            "praktijk</h2><p>Het ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK) "
            "maakte de website samen met professionals van gemeenten. Zij weten wat er aan de "
            "balie, op straat en achter de telefoon gebeurt. Daarom is de website ingedeeld in "
            "drie stappen: voorkomen, handelen bij een incident en nazorg.</p><h2>Wat vindt u op "
            "de website?</h2><ul><li>Uitleg over wat u kunt doen vóór, tijdens en na een "
            "incident.</li><li>Ervaringen uit de praktijk van gemeenten, waterschappen en andere "
            "overheden.</li><li>Documenten om te downloaden, zoals voorbeelden van een "
            "agressieprotocol.</li><li>Een infographic die in één oogopslag laat zien wat u kunt "
            "doen.</li></ul><h2>Voor wie is de website?</h2><p>De website is er voor iedereen die "
            "met agressie te maken heeft in het openbaar bestuur. Bijvoorbeeld werkgevers, "
            "leidinggevenden, medewerkers, beleidsmakers, agressiecoördinatoren en "
            "ondernemingsraden. Bij gemeenten, provincies, waterschappen en het Rijk.</p><h2>En "
            "agressievrijwerk.nl?</h2><p>Agressievrijwerk.nl was de website van het programma "
            "Veilige Publieke Taak. De informatie van die website is bijgewerkt en staat nu op de "
            "nieuwe website. Hebt u een link naar een pagina van agressievrijwerk.nl? Dan komt u "
            "vanzelf op de juiste pagina van de nieuwe website terecht.</p><p>Mist u iets, of hebt "
            "u een tip? Laat het ons weten via de contactpagina.</p>"
        ),
    },
    {
        "slug": "norm-stop-agressie-samen-gelanceerd",
        "title": "Norm 'Stop Agressie Samen' gelanceerd",
        "date": "2023-01-31",
        "intro": (
            "De minister van BZK heeft in Utrecht de norm 'Stop Agressie Samen' gelanceerd. De "
            "norm maakt duidelijk welk gedrag overheden wel en niet accepteren."
        ),
        "body": (
            "<p>Op 31 januari 2023 lanceerde de minister van Binnenlandse Zaken en "
            "Koninkrijksrelaties in Utrecht een nieuwe norm tegen agressie. De volledige naam is: "
            "'Stop Agressie Samen: zeg nee, meld het en maak werk van veiligheid'.</p><h2>Door en "
            "voor de overheid</h2><p>Vertegenwoordigers van het Rijk, provincies, gemeenten en "
            "waterschappen schreven de norm samen. Het team Veilige Publieke Dienstverlening van "
            "BZK hielp daarbij. Het doel is dat alle overheden dezelfde grens trekken.</p><h2>Drie "
            "onderdelen</h2><p>De norm bestaat uit drie delen:</p><ul><li><b>Ik zeg nee tegen "
            "agressie.</b> Medewerkers laten merken waar de grens ligt.</li><li><b>Wij melden "
            "agressie.</b> Elk incident wordt gemeld, ook als het 'maar' schelden "
            "is.</li><li><b>De werkgever zorgt voor een veilige werkplek.</b> En de werkgever komt "
            "direct in actie als er iets gebeurt.</li></ul><h2>Welk gedrag is wel en niet "
            "goed?</h2><p>De norm noemt drie soorten gedrag. Er is gewenst gedrag. Er is "
            "acceptabel gedrag: iemand mag emoties tonen of kritiek hebben. En er is onacceptabel "
            "gedrag, zoals schelden, dreigen of geweld. Dat laatste accepteren overheden "
            "niet.</p><h2>Wat kunt u doen?</h2><p>Uw organisatie kan de norm overnemen. Bespreek "
            "hem met medewerkers, leidinggevenden en de ondernemingsraad. Maak de norm zichtbaar "
            "voor bezoekers, bijvoorbeeld bij de ingang en op uw website. En zorg dat iedereen "
            "weet wat hij moet doen als het toch misgaat.</p>"
        ),
    },
    {
        "slug": "deel-uw-aanpak-ervaringen-uit-de-praktijk",
        "title": "Nieuw: ervaringen uit de praktijk. Deel uw aanpak!",
        "date": "2026-11-10",
        "intro": (
            "Op de website staat een nieuw onderdeel met ervaringen uit de praktijk. We horen "
            "graag hoe uw organisatie agressie aanpakt."
        ),
        "body": (
            "<p>Veel gemeenten en andere overheden hebben goede ideeën om agressie te voorkomen en "
            "aan te pakken. Maar vaak weten collega's elders daar niets van. Dat willen we "
            "veranderen. Daarom is er nu een apart onderdeel: ervaringen uit de "
            "praktijk.</p><h2>Wat vindt u daar?</h2><p>U leest hoe andere organisaties het "
            "aanpakken. Bijvoorbeeld hoe een gemeente binnen 48 uur reageert naar een dader. Of "
            "hoe een team nazorg regelt na een ernstig incident. Elk voorbeeld beschrijft "
            "kort:</p><ul><li>wat het probleem was;</li><li>wat de organisatie deed;</li><li>wat "
            "het opleverde;</li><li>welke lessen de organisatie leerde.</li></ul><p>U kunt de "
            "voorbeelden filteren. Bijvoorbeeld op soort organisatie, provincie, soort agressie of "
            "werkplek.</p><h2>Deel uw eigen aanpak</h2><p>Werkt u bij een gemeente, provincie, "
            "waterschap of andere overheid? En heeft uw organisatie een aanpak die goed werkt? Dan "
            "horen we dat graag. Het hoeft niet groot of nieuw te zijn. Juist kleine, praktische "
            "oplossingen helpen anderen.</p><p>Stuur een e-mail naar veiligpubliek@example.nl. "
            "Beschrijf in een paar zinnen wat u hebt gedaan. Wij nemen dan contact met u op. Samen "
            "schrijven we het voorbeeld uit. U leest de tekst altijd eerst, voordat we hem "
            "publiceren.</p><p>Wilt u dat collega's u kunnen benaderen met vragen? Dan kunnen we "
            "uw naam en e-mailadres bij het voorbeeld zetten. Dat doen we alleen als u daar "
            "toestemming voor geeft.</p>"
        ),
    },
    {
        "slug": "eenduidige-landelijke-afspraken-opnieuw-geevalueerd",
        "title": "Eenduidige Landelijke Afspraken opnieuw geëvalueerd",
        "date": "2024-09-15",
        "intro": (
            "In 2024 is opnieuw onderzocht hoe de Eenduidige Landelijke Afspraken (ELA) in de "
            "praktijk werken. Dat gebeurde eerder al in 2011, 2012 en 2019."
        ),
        "body": (
            "<p>Politie en Openbaar Ministerie (OM) pakken agressie tegen mensen met een publieke "
            "taak op een vaste manier aan. Dat staat in de Eenduidige Landelijke Afspraken, "
            "kortweg de ELA. In 2024 is bekeken hoe deze afspraken in de praktijk "
            "werken.</p><h2>Wat zijn de ELA?</h2><p>De ELA zijn afspraken tussen het ministerie "
            "van BZK, het ministerie van Justitie en Veiligheid, de politie en het OM. Ze gelden "
            "sinds 1 april 2010. Er zijn 19 afspraken over het opsporen van daders en 13 over het "
            "vervolgen. Enkele voorbeelden:</p><ul><li>De politie neemt een aangifte altijd "
            "op.</li><li>Na een melding komt er altijd direct actie.</li><li>Het OM vervolgt de "
            "dader in principe en eist een hogere straf.</li><li>Het slachtoffer staat centraal. "
            "Ook bij het vergoeden van de schade.</li></ul><h2>Eerdere evaluaties</h2><p>De ELA "
            "zijn eerder geëvalueerd in 2011, 2012 en 2019. Zo kunnen de partijen zien wat goed "
            "gaat en wat beter kan. De evaluatie van 2024 sluit daarop aan.</p><h2>Wat betekent "
            "dit voor u?</h2><p>De ELA helpen alleen als de politie weet dat het om een medewerker "
            "met een publieke taak gaat. Doet u een melding of aangifte? Vraag dan altijd of de "
            "politie de code voor Veilige Publieke Taak (VPT) gebruikt. Geef het adres van uw "
            "organisatie op, niet uw huisadres. En doe de aangifte liefst binnen twee "
            "werkdagen.</p><p>Elke politie-eenheid en elk parket van het OM heeft een vaste "
            "contactpersoon voor deze zaken. Het is goed om als organisatie te weten wie dat in uw "
            "regio is.</p>"
        ),
    },
]
