"""The fixed vocabulary of the protocol tool: organisation kinds, roles, behaviour and measures.

Keys travel in the form and in the signed answers; labels are what the reader and the draft see.
Keep the keys stable: a changed key makes answers that are on their way unreadable.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    key: str
    label: str  # what we call the role
    default_name: str  # the name most organisations use; editable in the form
    duty: str  # what the role does in the protocol, for the table of roles


ROLES = (
    Role(
        "coordinator",
        "Agressiecoördinator",
        "de agressiecoördinator",
        "Houdt het protocol bij, registreert incidenten en adviseert bij de reactie naar de dader.",
    ),
    Role(
        "manager",
        "Leidinggevende",
        "de leidinggevende",
        "Vangt de medewerker op, reageert naar de dader en houdt de nazorg in de gaten.",
    ),
    Role(
        "hr",
        "Personeelszaken",
        "de adviseur HR",
        "Helpt bij verzuim, re-integratie en het verhalen van schade.",
    ),
    Role(
        "security",
        "Beveiliging",
        "de beveiliging",
        "Komt bij een alarm, begrenst de dader en helpt bij een locatieverbod.",
    ),
    Role(
        "bot",
        "Coördinator bedrijfsopvangteam",
        "de coördinator van het bedrijfsopvangteam (BOT)",
        "Zorgt dat een getrainde collega de eerste opvang geeft.",
    ),
    Role(
        "communication",
        "Communicatie",
        "de afdeling communicatie",
        "Zorgt voor de contacten met pers en sociale media na een incident.",
    ),
    Role(
        "enforcement",
        "Handhaving (boa's)",
        "de teamleider handhaving",
        "Stuurt de boa's aan, die op straat optreden bij agressie en collega's helpen bij een "
        "huisbezoek waar het risico hoog is.",
    ),
    Role(
        "kcc",
        "Klantcontactcentrum (KCC)",
        "de teamleider van het klantcontactcentrum",
        "Zorgt dat medewerkers aan de telefoon, in de chat en aan de balie weten wat zij doen "
        "bij agressie, en dat zij incidenten melden.",
    ),
    Role(
        "legal",
        "Juridisch adviseur",
        "de juridisch adviseur",
        "Stelt de brieven en besluiten over maatregelen op, zoals een locatieverbod, en "
        "behandelt bezwaar daartegen.",
    ),
    Role(
        "confidential",
        "Vertrouwenspersoon",
        "de vertrouwenspersoon",
        "Luistert vertrouwelijk naar een medewerker die dat wil en wijst de weg naar hulp. "
        "Geeft niets door zonder toestemming.",
    ),
)
ROLE_BY_KEY = {role.key: role for role in ROLES}

# Unacceptable behaviour, following the norm Stop Agressie Samen.
BEHAVIOUR = (
    ("schelden", "Schelden, beledigen en vernederen"),
    ("discriminatie", "Discriminerende opmerkingen"),
    ("intimidatie", "Intimideren, zoals dreigend dichtbij komen of blijven hangen"),
    ("bedreiging", "Bedreigen, ook via telefoon, e-mail of sociale media"),
    ("stalking", "Achtervolgen of opwachten van medewerkers"),
    ("vernieling", "Vernielen van spullen of het gebouw"),
    ("geweld", "Fysiek geweld, zoals duwen, slaan of spugen"),
)

# From light to severe; the draft lists the chosen ones in this order.
MEASURES = (
    ("waarschuwing", "Een mondelinge waarschuwing"),
    ("wegsturen", "Iemand wegsturen op grond van de huisregels"),
    ("gesprek", "Een incidentgesprek met de dader"),
    ("brief", "Een waarschuwingsbrief"),
    ("voorwaarden", "Voorwaarden aan de verdere dienstverlening, zoals alleen nog op afspraak"),
    ("contactverbod", "Een contactverbod met de medewerkers die het trof"),
    ("locatieverbod", "Een locatieverbod voor het gebouw"),
    ("aangifte", "Aangifte door de werkgever"),
    ("schade", "De schade verhalen op de dader"),
)

REACTIONS = (
    ("brief", "Met een brief"),
    ("gesprek", "In een gesprek"),
    ("telefoon", "Met een telefoontje"),
)

REGISTRATION_SYSTEMS = (
    ("gir", "Het Gemeentelijk Incidenten Registratiesysteem (GIR)"),
    ("eigen", "Een eigen registratiesysteem"),
)
# A label starts a line in the form; in the middle of a sentence of the draft it reads like this.
REGISTRATION_IN_TEXT = {"gir": "het Gemeentelijk Incidenten Registratiesysteem (GIR)"}

AFTERCARE_MOMENTS = (
    ("72-uur", "Een eerste gesprek binnen 72 uur"),
    ("2-weken", "Een vervolggesprek na ongeveer 2 weken"),
    ("6-8-weken", "Een gesprek na 6 tot 8 weken"),
)

ONLINE_MEASURES = (
    ("bewaren", "Bewaar berichten en maak schermafdrukken"),
    ("platform", "Meld het bericht bij het platform en vraag om verwijdering"),
    ("gegevens", "Scherm persoonsgegevens van medewerkers af, zoals achternamen en foto's"),
    ("aangifte", "Doe aangifte bij bedreiging of het delen van persoonsgegevens"),
)

# How long a yellow card (a written warning) and a red card (a restriction or a ban) last.
WARNING_DURATIONS = (
    ("6", "6 maanden"),
    ("12", "1 jaar"),
    ("24", "2 jaar"),
)
BAN_DURATIONS = (
    ("3", "3 maanden"),
    ("6", "6 maanden"),
    ("12", "1 jaar"),
)

REVIEW_INTERVALS = (
    ("1", "Elk jaar"),
    ("2", "Elke twee jaar"),
)


@dataclass(frozen=True)
class Kind:
    key: str
    label: str  # "Gemeente"
    noun: str  # "de gemeente", used in the draft
    registration: str  # key in REGISTRATION_SYSTEMS
    registration_name: str
    role_names: dict  # role key -> default name, for the roles this kind usually has
    measures: tuple[str, ...]
    decider: str  # who decides on a red card, e.g. "de gemeentesecretaris"


ALL_MEASURES = tuple(key for key, _label in MEASURES)

KINDS = (
    Kind(
        "gemeente",
        "Gemeente",
        "de gemeente",
        "gir",
        "",
        {
            "coordinator": "de agressiecoördinator",
            "manager": "de teamleider",
            "hr": "de HR-adviseur",
            "security": "de bode of beveiliger",
            "bot": "de coördinator van het bedrijfsopvangteam (BOT)",
            "communication": "de afdeling communicatie",
            "enforcement": "de teamleider toezicht en handhaving",
            "kcc": "de teamleider van het klantcontactcentrum (KCC)",
            "legal": "de juridisch adviseur",
            "confidential": "de vertrouwenspersoon",
        },
        ALL_MEASURES,
        "de gemeentesecretaris",
    ),
    Kind(
        "provincie",
        "Provincie",
        "de provincie",
        "eigen",
        "het incidentenregistratiesysteem van de provincie",
        {
            "coordinator": "de agressiecoördinator",
            "manager": "de leidinggevende",
            "hr": "de HR-adviseur",
            "security": "de beveiliging",
            "communication": "de afdeling communicatie",
            "enforcement": "de coördinator toezicht en handhaving",
            "legal": "de juridisch adviseur",
            "confidential": "de vertrouwenspersoon",
        },
        ("waarschuwing", "wegsturen", "gesprek", "brief", "locatieverbod", "aangifte", "schade"),
        "de provinciesecretaris",
    ),
    Kind(
        "waterschap",
        "Waterschap",
        "het waterschap",
        "eigen",
        "het meldsysteem van het waterschap",
        {
            "coordinator": "de agressiecoördinator",
            "manager": "de leidinggevende",
            "hr": "de HR-adviseur",
            "communication": "de afdeling communicatie",
            "enforcement": "de coördinator handhaving",
            "legal": "de juridisch adviseur",
            "confidential": "de vertrouwenspersoon",
        },
        ("waarschuwing", "wegsturen", "gesprek", "brief", "aangifte", "schade"),
        "de secretaris-directeur",
    ),
    Kind(
        "rijk",
        "Rijksoverheid of uitvoeringsorganisatie",
        "de organisatie",
        "eigen",
        "het incidentenregistratiesysteem van de organisatie",
        {
            "coordinator": "de agressiecoördinator",
            "manager": "de leidinggevende",
            "hr": "de HR-adviseur",
            "security": "de beveiliging",
            "bot": "de coördinator van het bedrijfsopvangteam (BOT)",
            "communication": "de afdeling communicatie",
            "kcc": "de teamleider van het klantcontactcentrum",
            "legal": "de juridisch adviseur",
            "confidential": "de vertrouwenspersoon",
        },
        ALL_MEASURES,
        "de directeur",
    ),
    Kind(
        "anders",
        "Andere publieke organisatie",
        "de organisatie",
        "eigen",
        "ons registratiesysteem",
        {
            "coordinator": "de agressiecoördinator",
            "manager": "de leidinggevende",
            "confidential": "de vertrouwenspersoon",
        },
        ("waarschuwing", "gesprek", "brief", "aangifte"),
        "de directie",
    ),
)
KIND_BY_KEY = {kind.key: kind for kind in KINDS}
DEFAULT_KIND = KIND_BY_KEY["gemeente"]


def label_of(choices, key):
    return dict(choices).get(key, key)
