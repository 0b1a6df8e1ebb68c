"""The questions of the protocol tool, one Django form per step, and the defaults per kind.

The forms are the one schema of the answers: what is asked, how long an answer may be and what
counts as valid. Every step is validated again before a draft is made, so an answer that no
longer fits (a role that was removed later, say) sends the reader back to that step.
No personal names are asked: roles are named the way the organisation names them.
"""

from dataclasses import dataclass
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.datastructures import MultiValueDict

from .choices import (
    AFTERCARE_MOMENTS,
    BAN_DURATIONS,
    BEHAVIOUR,
    DEFAULT_KIND,
    KIND_BY_KEY,
    KINDS,
    MEASURES,
    ONLINE_MEASURES,
    REACTIONS,
    REGISTRATION_SYSTEMS,
    REVIEW_INTERVALS,
    ROLE_BY_KEY,
    ROLES,
    WARNING_DURATIONS,
)
from .fields import choice_field, multiple_field, role_field, text_field, yes_field

OWN_ROLES_AT_MOST = 8


class StepForm(forms.Form):
    """A step of the tool. `earlier` holds the cleaned answers of the steps before it."""

    key = ""
    title = ""
    intro = ""

    def __init__(self, *args, earlier=None, **kwargs):
        self.earlier = earlier or {}
        super().__init__(*args, **kwargs)
        self.label_suffix = ""

    def role_choices(self):
        """The roles the organisation has, by the names it uses."""
        names = self.earlier.get("rollen", {})
        return [(key, names[key]) for key in (role.key for role in ROLES) if names.get(key)]

    @classmethod
    def defaults(cls, kind):
        """The answers we propose for this kind of organisation."""
        return {}


class OrganisationStep(StepForm):
    key = "organisatie"
    title = "Uw organisatie"
    intro = "Het protocol begint met de naam van uw organisatie. Uw naam vragen wij niet."

    name = text_field(
        "Naam van de organisatie",
        120,
        help_text="Zoals hij boven het protocol komt, bijvoorbeeld 'Gemeente Peelbeek'.",
    )
    kind = choice_field(
        "Soort organisatie",
        [(kind.key, kind.label) for kind in KINDS],
        help_text="Wij vullen de volgende stappen alvast in zoals het bij dit soort organisatie vaak gaat.",
    )


class RolesStep(StepForm):
    key = "rollen"
    title = "Rollen"
    intro = (
        "Wie doet wat bij agressie? Schrijf de rollen zoals ze in uw organisatie heten. "
        "Namen van mensen zijn niet nodig: die veranderen vaker dan het protocol."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for role in ROLES:
            required = role.key == "coordinator"
            help_text = f"Hoe heet deze rol bij u? {role.duty}" + (
                "" if required else " Laat leeg als uw organisatie deze rol niet heeft."
            )
            self.fields[role.key] = text_field(
                role.label,
                80,
                help_text=help_text,
                required=required,
            )
        # After the fixed roles, so that it is the last question of the step.
        self.fields["own_roles"] = text_field(
            "Andere rollen in uw organisatie",
            800,
            required=False,
            long=True,
            help_text=(
                "Optioneel. Eén rol per regel: de naam, een dubbele punt en de taak. Bijvoorbeeld: "
                "'de wijkregisseur: kent de inwoners en gaat mee op een huisbezoek met risico'."
            ),
        )

    def clean_own_roles(self):
        text = self.cleaned_data["own_roles"]
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) > OWN_ROLES_AT_MOST:
            raise ValidationError(
                f"Noem hoogstens {OWN_ROLES_AT_MOST} eigen rollen (nu {len(lines)})."
            )
        for number, line in enumerate(lines, start=1):
            name, colon, duty = line.partition(":")
            if not (colon and name.strip() and duty.strip()):
                raise ValidationError(
                    f"Regel {number} (‘{line[:40]}’) mist de naam of de taak. Schrijf de naam, "
                    "een dubbele punt en de taak, zoals 'de wijkregisseur: gaat mee op huisbezoek'."
                )
        return "\n".join(lines)

    @classmethod
    def defaults(cls, kind):
        return dict(kind.role_names)


def own_roles(cleaned):
    """(name, duty) of every role the organisation added itself, in the order typed."""
    text = cleaned.get("rollen", {}).get("own_roles", "")
    pairs = (line.partition(":") for line in text.splitlines() if line.strip())
    return tuple((name.strip(), duty.strip()) for name, _colon, duty in pairs)


class NormStep(StepForm):
    key = "norm"
    title = "De norm"
    intro = (
        "De norm zegt welk gedrag u accepteert en welk niet. Wij gaan uit van de norm "
        "Stop Agressie Samen: emotie en kritiek mogen, agressie niet."
    )

    acceptable = text_field(
        "Welk gedrag accepteert u?",
        600,
        long=True,
        help_text="Bijvoorbeeld boosheid, teleurstelling of kritiek op een besluit.",
    )
    unacceptable = multiple_field(
        "Welk gedrag accepteert u niet?",
        BEHAVIOUR,
        help_text="Kies alles wat voor uw organisatie geldt.",
    )
    unacceptable_other = text_field(
        "Ander gedrag dat u niet accepteert",
        300,
        required=False,
        long=True,
        help_text="Optioneel. Eén ding per regel.",
    )

    @classmethod
    def defaults(cls, kind):
        return {
            "acceptable": (
                "Bezoekers mogen boos of teleurgesteld zijn en kritiek hebben op een besluit. "
                "Wij luisteren en leggen uit wat wij wel en niet kunnen doen."
            ),
            "unacceptable": [key for key, _label in BEHAVIOUR],
        }


class MeasuresStep(StepForm):
    key = "maatregelen"
    title = "Maatregelen"
    intro = "Wat doet uw organisatie als iemand over de grens gaat? De lijst loopt van licht naar zwaar."

    measures = multiple_field(
        "Welke maatregelen kan uw organisatie nemen?",
        MEASURES,
        help_text=(
            "Kies alle maatregelen die u wilt kunnen gebruiken. Ze komen in de tabel 'Van gedrag "
            "naar maatregel', met wie erover besluit en hoe lang ze gelden."
        ),
    )
    decider = text_field(
        "Wie besluit over een rode kaart, zoals een contactverbod of locatieverbod?",
        120,
        help_text="Volg uw mandaatregeling, bijvoorbeeld 'de gemeentesecretaris' of 'de directie'.",
    )
    warning_months = choice_field(
        "Hoe lang geldt een waarschuwingsbrief (gele kaart)?", WARNING_DURATIONS
    )
    ban_months = choice_field(
        "Hoe lang geldt een rode kaart, zoals voorwaarden, een contactverbod of locatieverbod?",
        BAN_DURATIONS,
        help_text="Daarna beslist u opnieuw als het gedrag niet is veranderd.",
    )

    @classmethod
    def defaults(cls, kind):
        return {
            "measures": list(kind.measures),
            "decider": kind.decider,
            "warning_months": "12",
            "ban_months": "6",
        }


class ReportingStep(StepForm):
    key = "melden"
    title = "Melden, registreren en reageren"
    intro = (
        "Elk incident wordt gemeld en geregistreerd, ook als het klein lijkt. "
        "Daarna reageert de organisatie binnen 48 uur naar de dader."
    )

    how_to_report = text_field(
        "Hoe meldt een medewerker een incident?",
        400,
        long=True,
        help_text="Bijvoorbeeld: bij de leidinggevende en met het meldformulier op intranet.",
    )
    registration = choice_field("Waar registreert u incidenten?", REGISTRATION_SYSTEMS)
    registration_name = text_field(
        "Naam van uw eigen registratiesysteem",
        120,
        required=False,
        help_text="Alleen nodig als u een eigen systeem gebruikt.",
    )
    reaction_role = role_field(
        "Wie reageert binnen 48 uur naar de dader?", help_text="Kies uit uw rollen."
    )
    reaction_how = multiple_field("Hoe reageert u naar de dader?", REACTIONS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reaction_role"].choices = self.role_choices()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("registration") == "eigen" and not cleaned.get("registration_name"):
            self.add_error("registration_name", "Vul de naam van uw registratiesysteem in.")
        return cleaned

    @classmethod
    def defaults(cls, kind):
        return {
            "how_to_report": (
                "De medewerker meldt het incident dezelfde dag bij de leidinggevende en vult "
                "het meldformulier in."
            ),
            "registration": kind.registration,
            "registration_name": kind.registration_name,
            "reaction_role": "manager",
            "reaction_how": ["brief", "gesprek"],
        }


class ReportToPoliceStep(StepForm):
    key = "aangifte"
    title = "Melding en aangifte bij de politie"
    intro = (
        "Bij bedreiging of geweld doet u melding of aangifte, het liefst binnen 2 werkdagen. "
        "U geeft dan het adres van de organisatie op, nooit het huisadres van de medewerker."
    )

    address = text_field(
        "Adres van de organisatie voor de aangifte",
        200,
        long=True,
        help_text="Het bezoekadres of postadres, zoals 'Marktplein 1, 1234 AB Peelbeek'.",
    )
    police_role = role_field("Wie helpt de medewerker bij de aangifte?")
    employer_reports = yes_field(
        "De werkgever kan namens de medewerker aangifte doen",
        help_text="Dan hoeft de medewerker minder zelf te doen.",
    )
    vpt_code = yes_field(
        "Wij vragen de politie altijd om de VPT-code",
        help_text=(
            "Met die code gelden de Eenduidige Landelijke Afspraken (ELA): politie en OM geven "
            "de zaak voorrang."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["police_role"].choices = self.role_choices()

    @classmethod
    def defaults(cls, kind):
        return {"police_role": "manager", "employer_reports": True, "vpt_code": True}


class AftercareStep(StepForm):
    key = "nazorg"
    title = "Nazorg"
    intro = "Na een incident heeft de medewerker steun nodig, ook na een paar weken nog."

    aftercare_role = role_field("Wie zorgt voor de nazorg?")
    moments = multiple_field("Welke gesprekken zijn er na een incident?", AFTERCARE_MOMENTS)
    has_support_team = yes_field(
        "Wij hebben een bedrijfsopvangteam (BOT)",
        help_text="Getrainde collega's die de eerste opvang geven.",
    )
    aftercare_extra = text_field(
        "Andere hulp na een incident",
        300,
        required=False,
        long=True,
        help_text="Optioneel, bijvoorbeeld bedrijfsmaatschappelijk werk of de bedrijfsarts.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aftercare_role"].choices = self.role_choices()

    @classmethod
    def defaults(cls, kind):
        return {
            "aftercare_role": "manager",
            "moments": [key for key, _label in AFTERCARE_MOMENTS],
            "has_support_team": "bot" in kind.role_names,
        }


class OnlineAndReviewStep(StepForm):
    key = "online-en-evaluatie"
    title = "Online agressie en evaluatie"
    intro = (
        "Bedreiging via e-mail, telefoon of sociale media is net zo ernstig. "
        "En een protocol werkt alleen als u het bijhoudt."
    )

    online = choice_field(
        "Neemt u afspraken over online agressie op?",
        [("ja", "Ja"), ("nee", "Nee")],
    )
    online_measures = multiple_field(
        "Wat doet u bij online agressie?",
        ONLINE_MEASURES,
        required=False,
        help_text="Alleen nodig als u afspraken over online agressie opneemt.",
    )
    review_interval = choice_field("Hoe vaak evalueert u het protocol?", REVIEW_INTERVALS)
    next_review = forms.DateField(
        label="Datum van de eerste evaluatie",
        help_text="Bijvoorbeeld 1-12-2027 (dag-maand-jaar).",
        input_formats=["%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(format="%d-%m-%Y"),
        error_messages={
            "required": "Vul de datum van de eerste evaluatie in.",
            "invalid": "Vul een datum in als dag-maand-jaar, zoals 1-12-2027.",
        },
    )
    after_incident = yes_field("Wij evalueren ook na elk ernstig incident")

    def clean_next_review(self):
        value = self.cleaned_data["next_review"]
        if value < timezone.localdate():
            raise ValidationError("Kies een datum vanaf vandaag.")
        if value.year > timezone.localdate().year + 10:
            raise ValidationError("Kies een datum binnen tien jaar.")
        return value

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("online") == "ja" and not cleaned.get("online_measures"):
            self.add_error("online_measures", "Kies minstens één afspraak over online agressie.")
        return cleaned

    @classmethod
    def defaults(cls, kind):
        today = timezone.localdate()
        next_year = date(today.year + 1, today.month, min(today.day, 28))
        return {
            "online": "ja",
            "online_measures": [key for key, _label in ONLINE_MEASURES],
            "review_interval": "1",
            "next_review": next_year.strftime("%d-%m-%Y"),
            "after_incident": True,
        }


STEPS = (
    OrganisationStep,
    RolesStep,
    NormStep,
    MeasuresStep,
    ReportingStep,
    ReportToPoliceStep,
    AftercareStep,
    OnlineAndReviewStep,
)
STEP_BY_KEY = {step.key: step for step in STEPS}
STEP_KEYS = tuple(step.key for step in STEPS)


def kind_of(raw_steps):
    """The kind chosen in the first step, or a gemeente while it is not chosen yet."""
    chosen = raw_steps.get("organisatie", {}).get("kind")
    return KIND_BY_KEY.get(chosen if isinstance(chosen, str) else "", DEFAULT_KIND)


def default_raw(step, kind):
    """A step's defaults as form data, the way a browser would send them."""
    raw = {}
    for name, value in step.defaults(kind).items():
        if value is True:
            raw[name] = "on"
        elif value is False:
            continue
        else:
            raw[name] = value
    return raw


def complete_defaults(kind, organisation="Gemeente Voorbeeld"):
    """Every step answered with the defaults: the editors' preview and the tests use this."""
    raw = {step.key: default_raw(step, kind) for step in STEPS}
    raw["organisatie"] = {"name": organisation, "kind": kind.key}
    raw["aangifte"]["address"] = "Marktplein 1, 1234 AB Voorbeeld"
    return raw


@dataclass(frozen=True)
class Validated:
    """Every step checked in order: the cleaned answers, or the first step that is not right."""

    cleaned: dict  # step key -> cleaned data, for the steps up to the first problem
    first_problem: str | None  # step key

    @property
    def complete(self):
        return self.first_problem is None


def bind(step, raw_steps, cleaned_earlier):
    return step(data=as_form_data(raw_steps.get(step.key, {})), earlier=cleaned_earlier)


def validate_all(raw_steps):
    cleaned = {}
    for step in STEPS:
        if step.key not in raw_steps:
            return Validated(cleaned, step.key)
        form = bind(step, raw_steps, cleaned)
        if not form.is_valid():
            return Validated(cleaned, step.key)
        cleaned[step.key] = form.cleaned_data
    return Validated(cleaned, None)


def as_form_data(raw):
    """Stored answers ({name: str or [str]}) as the QueryDict-like data a form reads."""
    return MultiValueDict(
        {name: value if isinstance(value, list) else [value] for name, value in raw.items()}
    )


def raw_from_post(step, post):
    """The posted fields of one step as storable data: only its own fields, as str or [str]."""
    form = step()
    raw = {}
    for name, field in form.fields.items():
        if isinstance(field, forms.MultipleChoiceField):
            values = post.getlist(name)
            if values:
                raw[name] = values
        elif name in post:
            raw[name] = post.get(name)
    return raw


def role_name(cleaned, key):
    """The organisation's name for a role; a role it does not have falls back to the coordinator."""
    names = cleaned.get("rollen", {})
    return names.get(key) or names.get("coordinator") or ROLE_BY_KEY[key].default_name
