"""What the editors' section templates can use from the answers.

Three kinds: placeholders such as {organisatie} inside a text, lists of chosen answers (the
measures, the unacceptable behaviour, ...) and conditions that leave a section or paragraph out
(only with online aggression, only with a company support team, ...). The blocks check a
template against these names; `Facts` gives their values for one set of cleaned answers.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.dateformat import format as format_date

from .answers import own_roles, role_name
from .choices import (
    AFTERCARE_MOMENTS,
    BAN_DURATIONS,
    BEHAVIOUR,
    KIND_BY_KEY,
    MEASURES,
    ONLINE_MEASURES,
    REACTIONS,
    REGISTRATION_IN_TEXT,
    REVIEW_INTERVALS,
    ROLES,
    WARNING_DURATIONS,
    label_of,
)
from .ladder import LADDER

# Placeholder name -> what it holds, for the editors' help text and error messages.
PLACEHOLDERS = {
    "organisatie": "de naam van de organisatie",
    "soort": "de soort organisatie, zoals 'de gemeente'",
    "coordinator": "de agressiecoördinator",
    "leidinggevende": "de leidinggevende",
    "hr": "personeelszaken",
    "beveiliging": "de beveiliging",
    "bot": "de coördinator van het bedrijfsopvangteam",
    "communicatie": "communicatie",
    "handhaving": "handhaving (de boa's)",
    "kcc": "het klantcontactcentrum (KCC)",
    "jurist": "de juridisch adviseur",
    "vertrouwenspersoon": "de vertrouwenspersoon",
    "besluit_door": "wie besluit over een rode kaart, zoals 'de gemeentesecretaris'",
    "duur_gele_kaart": "hoe lang een gele kaart geldt, zoals '1 jaar'",
    "duur_rode_kaart": "hoe lang een rode kaart geldt, zoals '6 maanden'",
    "aanvaardbaar": "het gedrag dat de organisatie accepteert",
    "melden": "hoe een medewerker een incident meldt",
    "registratiesysteem": "waar incidenten worden geregistreerd",
    "reactie_door": "wie binnen 48 uur naar de dader reageert",
    "reactie_vorm": "hoe de organisatie reageert, zoals 'met een brief of in een gesprek'",
    "aangifte_door": "wie de medewerker helpt bij de aangifte",
    "adres": "het adres van de organisatie voor de aangifte",
    "nazorg_door": "wie de nazorg regelt",
    "andere_hulp": "andere hulp na een incident, zoals de bedrijfsarts",
    "evaluatie_termijn": "hoe vaak het protocol wordt geëvalueerd, zoals 'elk jaar'",
    "eerste_evaluatie": "de datum van de eerste evaluatie",
    "datum": "de datum van het concept",
}
ROLE_PLACEHOLDERS = {
    "coordinator": "coordinator",
    "leidinggevende": "manager",
    "hr": "hr",
    "beveiliging": "security",
    "bot": "bot",
    "communicatie": "communication",
    "handhaving": "enforcement",
    "kcc": "kcc",
    "jurist": "legal",
    "vertrouwenspersoon": "confidential",
}

LISTS = (
    ("onacceptabel", "Gedrag dat de organisatie niet accepteert"),
    ("bijlagen", "De bijlagen die bij dit concept horen"),
    ("maatregelen", "De gekozen maatregelen, van licht naar zwaar"),
    ("reactie", "Hoe de organisatie naar de dader reageert"),
    ("nazorg", "De gesprekken na een incident"),
    ("online", "De afspraken over online agressie"),
)

CONDITIONS = (
    ("", "Altijd"),
    ("online", "Alleen met afspraken over online agressie"),
    ("bot", "Alleen als er een bedrijfsopvangteam is"),
    ("beveiliging", "Alleen als er beveiliging is"),
    ("locatieverbod", "Alleen als een locatieverbod is gekozen"),
    ("schade", "Alleen als schade verhalen is gekozen"),
    ("aangifte_werkgever", "Alleen als de werkgever namens de medewerker aangifte kan doen"),
    ("vpt", "Alleen als de organisatie om de VPT-code vraagt"),
    ("na_incident", "Alleen als er na elk ernstig incident een evaluatie is"),
    ("andere_hulp", "Alleen als andere hulp na een incident is ingevuld"),
    ("handhaving", "Alleen als er handhaving (boa's) is"),
    ("kcc", "Alleen als er een klantcontactcentrum (KCC) is"),
    ("vertrouwenspersoon", "Alleen als er een vertrouwenspersoon is"),
    ("jurist", "Alleen als er een juridisch adviseur is"),
    ("contactverbod", "Alleen als een contactverbod is gekozen"),
    ("brief", "Alleen als een waarschuwingsbrief (gele kaart) is gekozen"),
    ("wegsturen", "Alleen als wegsturen op grond van de huisregels is gekozen"),
)

PLACEHOLDER_PATTERN = re.compile(r"\{([^{}]*)\}")


def placeholder_help():
    return "Je kunt gebruiken: " + ", ".join(f"{{{name}}}" for name in PLACEHOLDERS) + "."


def check_placeholders(text):
    """Refuses a text with a placeholder we do not know or a loose brace."""
    unknown = [name for name in PLACEHOLDER_PATTERN.findall(text or "") if name not in PLACEHOLDERS]
    if unknown:
        raise ValidationError(
            f"Onbekende invulplek {{{unknown[0]}}}. {placeholder_help()}",
            code="unknown_placeholder",
        )
    if "{" in PLACEHOLDER_PATTERN.sub("", text or "") or "}" in PLACEHOLDER_PATTERN.sub(
        "", text or ""
    ):
        raise ValidationError(
            "Een accolade { of } staat los. Gebruik ze alleen om een invulplek, zoals {organisatie}.",
            code="loose_brace",
        )


# A name typed with a capital article ("De teamleider", "Het meldsysteem") reads wrong in the
# middle of a sentence; `Facts.fill` gives it back its capital where a sentence starts.
ARTICLES = ("De ", "Het ", "Een ", "Ons ", "Onze ")


def in_running_text(name):
    """A name as it reads in the middle of a sentence: a leading article in lower case. The
    rest is left as typed, as it can be a proper name ("de Incidentenmelder")."""
    name = name.strip()
    if name.startswith(ARTICLES):
        return name[0].lower() + name[1:]
    return name


def one_line(text):
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


def joined(labels):
    """'a', 'a of b', 'a, b of c': for a sentence."""
    labels = [label[0].lower() + label[1:] for label in labels]
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " of " + labels[-1]


class Facts:
    """The values the templates use, for one complete set of cleaned answers."""

    def __init__(self, cleaned, today, annex_titles=()):
        self.cleaned = cleaned
        self.today = today
        self.annex_titles = tuple(annex_titles)  # the annexes that come with this draft

    def step(self, key):
        return self.cleaned.get(key, {})

    @property
    def organisation(self):
        return self.step("organisatie").get("name", "")

    def has_role(self, key):
        return bool(self.step("rollen").get(key))

    def role(self, key):
        return in_running_text(role_name(self.cleaned, key))

    def placeholders(self):
        reporting = self.step("melden")
        police = self.step("aangifte")
        review = self.step("online-en-evaluatie")
        measures = self.step("maatregelen")
        kind = KIND_BY_KEY.get(self.step("organisatie").get("kind"))
        # The cause of "in Het Gemeentelijk Incidenten Registratiesysteem": the form's label was
        # used in the sentence. The draft uses the name as it reads in running text.
        registration = (
            reporting.get("registration_name")
            if reporting.get("registration") == "eigen"
            else REGISTRATION_IN_TEXT.get(reporting.get("registration"), "")
        )
        values = {
            "organisatie": self.organisation,
            "soort": kind.noun if kind else "de organisatie",
            "aanvaardbaar": self.step("norm").get("acceptable", ""),
            "melden": reporting.get("how_to_report", ""),
            "registratiesysteem": in_running_text(registration or ""),
            "reactie_door": self.role(reporting.get("reaction_role") or "manager"),
            "reactie_vorm": joined(
                [label_of(REACTIONS, key) for key in reporting.get("reaction_how", [])]
            ),
            "aangifte_door": self.role(police.get("police_role") or "manager"),
            "adres": one_line(police.get("address", "")),
            "nazorg_door": self.role(self.step("nazorg").get("aftercare_role") or "manager"),
            "andere_hulp": one_line(self.step("nazorg").get("aftercare_extra", "")),
            "evaluatie_termijn": label_of(REVIEW_INTERVALS, review.get("review_interval")).lower(),
            "eerste_evaluatie": format_date(review["next_review"], "j F Y")
            if review.get("next_review")
            else "",
            "datum": format_date(self.today, "j F Y"),
            "besluit_door": in_running_text(measures.get("decider", "")) or "de directie",
            "duur_gele_kaart": label_of(WARNING_DURATIONS, measures.get("warning_months", "12")),
            "duur_rode_kaart": label_of(BAN_DURATIONS, measures.get("ban_months", "6")),
        }
        for placeholder, key in ROLE_PLACEHOLDERS.items():
            values[placeholder] = self.role(key)
        return values

    def fill(self, text, values=None):
        """The text with its placeholders filled in; a value that starts a sentence gets a capital."""
        values = values if values is not None else self.placeholders()

        def value_of(match):
            value = values.get(match.group(1), "")
            before = text[: match.start()].rstrip()
            if value and (not before or before.endswith((".", "!", "?"))):
                value = value[0].upper() + value[1:]
            return value

        return PLACEHOLDER_PATTERN.sub(value_of, text)

    def answer_list(self, name):
        if name == "bijlagen":
            return self.annex_titles
        if name == "onacceptabel":
            norm = self.step("norm")
            chosen = [label_of(BEHAVIOUR, key) for key in norm.get("unacceptable", [])]
            other = [
                line.strip()
                for line in norm.get("unacceptable_other", "").splitlines()
                if line.strip()
            ]
            return tuple(chosen + other)
        sources = {
            "maatregelen": (MEASURES, self.step("maatregelen").get("measures", [])),
            "reactie": (REACTIONS, self.step("melden").get("reaction_how", [])),
            "nazorg": (AFTERCARE_MOMENTS, self.step("nazorg").get("moments", [])),
            "online": (
                ONLINE_MEASURES,
                self.step("online-en-evaluatie").get("online_measures", []),
            ),
        }
        choices, chosen = sources[name]
        # In the order of the choices (light to severe), not the order they were ticked.
        return tuple(label for key, label in choices if key in chosen)

    def holds(self, condition):
        measures = self.step("maatregelen").get("measures", [])
        checks = {
            "": lambda: True,
            "online": lambda: self.step("online-en-evaluatie").get("online") == "ja",
            "bot": lambda: bool(self.step("nazorg").get("has_support_team")),
            "beveiliging": lambda: self.has_role("security"),
            "locatieverbod": lambda: "locatieverbod" in measures,
            "schade": lambda: "schade" in measures,
            "aangifte_werkgever": lambda: bool(self.step("aangifte").get("employer_reports")),
            "vpt": lambda: bool(self.step("aangifte").get("vpt_code")),
            "na_incident": lambda: bool(self.step("online-en-evaluatie").get("after_incident")),
            "andere_hulp": lambda: bool(self.step("nazorg").get("aftercare_extra", "").strip()),
            "handhaving": lambda: self.has_role("enforcement"),
            "kcc": lambda: self.has_role("kcc"),
            "vertrouwenspersoon": lambda: self.has_role("confidential"),
            "jurist": lambda: self.has_role("legal"),
            "contactverbod": lambda: "contactverbod" in measures,
            "brief": lambda: "brief" in measures,
            "wegsturen": lambda: "wegsturen" in measures,
        }
        return checks.get(condition or "", lambda: False)()

    def role_rows(self):
        """(role, the organisation's name for it, its duty) for every role the organisation has,
        then the roles it added itself."""
        fixed = tuple(
            (role.label, self.step("rollen")[role.key], role.duty)
            for role in ROLES
            if self.has_role(role.key)
        )
        return fixed + tuple(("Eigen rol", name, duty) for name, duty in own_roles(self.cleaned))

    def ladder_rows(self):
        """(behaviour, measure, who decides, how long) for every chosen measure, light to
        severe, and the row on trespass that is always there."""
        chosen = self.step("maatregelen").get("measures", [])
        values = self.placeholders()
        return tuple(
            tuple(
                self.fill(text, values)
                for text in (rung.behaviour, rung.action, rung.decider, rung.duration)
            )
            for rung in LADDER
            if not rung.measure or rung.measure in chosen
        )
