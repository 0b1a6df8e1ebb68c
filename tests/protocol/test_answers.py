"""The questions per step: what is required, what is refused, and the defaults per kind."""

import pytest
from django.utils.datastructures import MultiValueDict

from protocol.answers import (
    STEPS,
    NormStep,
    OnlineAndReviewStep,
    OrganisationStep,
    ReportingStep,
    RolesStep,
    complete_defaults,
    default_raw,
    own_roles,
    raw_from_post,
    validate_all,
)
from protocol.choices import KIND_BY_KEY, KINDS, MEASURES

from .factories import complete_answers


def data(**fields):
    return MultiValueDict(
        {name: value if isinstance(value, list) else [value] for name, value in fields.items()}
    )


@pytest.mark.parametrize("kind", KINDS, ids=[kind.key for kind in KINDS])
def test_the_defaults_of_every_kind_make_a_complete_answer_set(kind):
    validated = validate_all(complete_defaults(kind, "Organisatie X"))
    assert validated.complete, validated.first_problem
    assert validated.cleaned["organisatie"] == {"name": "Organisatie X", "kind": kind.key}
    assert validated.cleaned["maatregelen"]["measures"] == list(kind.measures)


def test_defaults_differ_per_kind_where_organisations_differ():
    gemeente = default_raw(ReportingStep, KIND_BY_KEY["gemeente"])
    waterschap = default_raw(ReportingStep, KIND_BY_KEY["waterschap"])
    assert gemeente["registration"] == "gir"
    assert waterschap["registration"] == "eigen" and waterschap["registration_name"]
    assert "security" in default_raw(RolesStep, KIND_BY_KEY["gemeente"])
    assert "security" not in default_raw(RolesStep, KIND_BY_KEY["waterschap"])
    assert len(KIND_BY_KEY["anders"].measures) < len(MEASURES)


def test_organisation_name_and_kind_are_required():
    form = OrganisationStep(data=data())
    assert not form.is_valid()
    assert form.errors["name"] == ["Vul ‘Naam van de organisatie’ in."]
    assert form.errors["kind"] == ["Kies een antwoord bij ‘Soort organisatie’."]


def test_an_overlong_answer_is_refused_with_the_limit():
    form = OrganisationStep(data=data(name="x" * 121, kind="gemeente"))
    assert not form.is_valid()
    assert form.errors["name"] == [
        "Dit antwoord is te lang. Gebruik hoogstens 120 tekens (nu 121)."
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Gemeente\x00Peelbeek",
        "Gemeente\x07Peelbeek",
        "Gemeente\x1bPeelbeek",
        "Gemeente \u202ekeebleeP",  # right-to-left override: shows text reversed
        "Gemeente \u2066Peelbeek\u2069",  # an isolate, also a direction trick
        "\ufeffGemeente Peelbeek",
        "Gemeente\u200bPeelbeek",  # zero-width space
        "Gemeente\u200dPeelbeek",  # a joiner between letters joins nothing
        "Gemeente Peelbeek \U0001f468\u200d",  # a joiner with nothing after it
        "Gemeente \U000e0067\U000e0062\U000e007f",  # tag letters without their flag
    ],
)
def test_invisible_characters_are_refused(name):
    form = OrganisationStep(data=data(name=name, kind="gemeente"))
    assert not form.is_valid()
    assert "onzichtbare tekens" in form.errors["name"][0]


@pytest.mark.parametrize(
    "name",
    [
        "Gemeente Peelbeek \U0001f468\u200d\U0001f469\u200d\U0001f467",  # a family
        "Gemeente Peelbeek \U0001f469\U0001f3fd\u200d\u2695\ufe0f",  # a health worker, skin tone
        "Gemeente Peelbeek \U0001f3f3\ufe0f\u200d\U0001f308",  # the rainbow flag
        "Gemeente Peelbeek \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
        "Gemeente Peelbeek \U0001f44d\U0001f3fb \u2764\ufe0f",
    ],
)
def test_emoji_joined_into_one_picture_are_accepted(name):
    """Issue 23: an emoji with a joiner was refused as "onzichtbare tekens"."""
    form = OrganisationStep(data=data(name=name, kind="gemeente"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == name


def test_soft_hyphens_pasted_from_word_are_left_out():
    form = OrganisationStep(data=data(name="Gemeente Pee\u00adl\u00adbeek", kind="gemeente"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == "Gemeente Peelbeek"


def test_line_breaks_are_fine_in_a_longer_answer():
    raw = complete_answers()
    raw["norm"]["unacceptable_other"] = "Spugen\r\nFilmen zonder toestemming\tin de hal"
    assert validate_all(raw).complete


def test_an_unknown_choice_is_refused():
    form = OrganisationStep(data=data(name="Gemeente Peelbeek", kind="bakkerij"))
    assert not form.is_valid()
    assert form.errors["kind"] == ["Kies een van de antwoorden uit de lijst."]


def test_the_coordinator_is_required_and_other_roles_may_be_left_out():
    form = RolesStep(data=data(coordinator="", manager="de teamleider"))
    assert not form.is_valid()
    assert list(form.errors) == ["coordinator"]
    assert RolesStep(data=data(coordinator="de adviseur veiligheid")).is_valid()


def test_later_steps_offer_only_the_roles_the_organisation_has():
    earlier = {"rollen": {"coordinator": "de veiligheidsadviseur", "manager": "", "hr": "HR"}}
    form = ReportingStep(earlier=earlier)
    assert form.fields["reaction_role"].choices == [
        ("coordinator", "de veiligheidsadviseur"),
        ("hr", "HR"),
    ]


def test_a_role_removed_later_sends_the_reader_back_to_the_step_that_chose_it():
    raw = complete_answers(rollen={"manager": ""})  # the defaults let the manager react
    assert validate_all(raw).first_problem == "melden"


def test_an_own_registration_system_needs_its_name():
    raw = complete_answers(melden={"registration": "eigen", "registration_name": ""})
    assert validate_all(raw).first_problem == "melden"
    form = ReportingStep(data=data(**raw["melden"]), earlier=validate_all(raw).cleaned)
    assert not form.is_valid()
    assert form.errors["registration_name"] == ["Vul de naam van uw registratiesysteem in."]


def test_online_aggression_needs_at_least_one_measure_only_when_chosen():
    yes = complete_answers(online_en_evaluatie={"online": "ja", "online_measures": []})
    no = complete_answers(online_en_evaluatie={"online": "nee", "online_measures": []})
    assert validate_all(yes).first_problem == "online-en-evaluatie"
    assert validate_all(no).complete


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31-02-2027", "Vul een datum in als dag-maand-jaar, zoals 1-12-2027."),
        ("1-1-2000", "Kies een datum vanaf vandaag."),
        ("1-1-2099", "Kies een datum binnen tien jaar."),
    ],
)
def test_the_review_date_must_be_a_real_date_ahead(value, message):
    raw = complete_answers()["online-en-evaluatie"]
    form = OnlineAndReviewStep(data=data(**{**raw, "next_review": value}))
    assert not form.is_valid()
    assert form.errors["next_review"] == [message]


def test_at_least_one_unacceptable_behaviour_is_chosen():
    form = NormStep(data=data(acceptable="Kritiek mag."))
    assert not form.is_valid()
    assert "unacceptable" in form.errors


def test_only_a_steps_own_fields_are_kept_from_a_post():
    post = data(name="Gemeente Peelbeek", kind="gemeente", measures=["brief"], extra="x")
    assert raw_from_post(OrganisationStep, post) == {
        "name": "Gemeente Peelbeek",
        "kind": "gemeente",
    }


def test_every_step_has_a_title_and_an_intro_and_its_own_key():
    assert len({step.key for step in STEPS}) == len(STEPS) == 8
    assert all(step.title and step.intro for step in STEPS)


def test_a_role_left_out_later_is_named_at_the_answer_that_used_it():
    """Issue 23: clearing a role that a later step chose gave "Kies een van de antwoorden uit
    de lijst." without saying why."""
    raw = complete_answers(rollen={"manager": ""})
    validated = validate_all(raw)
    form = ReportingStep(data=data(**raw["melden"]), earlier=validated.cleaned)
    assert not form.is_valid()
    assert form.errors["reaction_role"] == [
        "U koos hier eerder ‘Leidinggevende’, maar die rol is bij stap 2 (Rollen) leeg "
        "gemaakt. Kies hier een andere rol, of vul de rol weer in bij stap 2."
    ]
    # A value that never was a role is still simply not in the list.
    form = ReportingStep(
        data=data(**{**raw["melden"], "reaction_role": "bakker"}), earlier=validated.cleaned
    )
    assert not form.is_valid()
    assert form.errors["reaction_role"] == ["Kies een van de rollen uit de lijst."]


def test_new_roles_are_offered_to_later_steps_by_their_own_names():
    earlier = {
        "rollen": {"coordinator": "de adviseur", "confidential": "mevrouw de vertrouwenspersoon"}
    }
    form = ReportingStep(earlier=earlier)
    assert form.fields["reaction_role"].choices == [
        ("coordinator", "de adviseur"),
        ("confidential", "mevrouw de vertrouwenspersoon"),
    ]


def test_own_roles_are_a_name_and_a_duty_per_line():
    roles = {"coordinator": "de adviseur"}
    form = RolesStep(
        data=data(
            **roles,
            own_roles="  de wijkregisseur : gaat mee op huisbezoek \n\n de bode: opent de deur",
        )
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["own_roles"] == (
        "de wijkregisseur : gaat mee op huisbezoek\nde bode: opent de deur"
    )
    assert own_roles({"rollen": form.cleaned_data}) == (
        ("de wijkregisseur", "gaat mee op huisbezoek"),
        ("de bode", "opent de deur"),
    )
    form = RolesStep(data=data(**roles, own_roles="de wijkregisseur: helpt\nde bode"))
    assert not form.is_valid()
    assert form.errors["own_roles"][0].startswith("Regel 2 (‘de bode’) mist de naam of de taak.")
    many = "\n".join(f"rol {number}: taak" for number in range(9))
    form = RolesStep(data=data(**roles, own_roles=many))
    assert form.errors["own_roles"] == ["Noem hoogstens 8 eigen rollen (nu 9)."]
