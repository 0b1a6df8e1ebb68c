"""The tool in HTTP: every step, errors, the summary, the draft, headers and queries."""

from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from protocol import state, wizard
from protocol.models import ProtocolToolPage
from tests.html import parse, texts

from .factories import complete_answers, paragraph, section, sections
from .steps import FIRST_STEP, heading, step_form, submit, walk_to_summary

pytestmark = pytest.mark.django_db

STEP_TITLES = [
    "Uw organisatie",
    "Rollen",
    "De norm",
    "Maatregelen",
    "Melden, registreren en reageren",
    "Melding en aangifte bij de politie",
    "Nazorg",
    "Online agressie en evaluatie",
    "Controleer uw antwoorden",
]


def post_answers(client, url, raw, **extra):
    return client.post(url, {state.FIELD_NAME: state.dump(raw), **extra})


def problems(response):
    return [
        (link["href"], link.get_text(strip=True))
        for link in parse(response).select(".vp-pt-errors__list a")
    ]


def test_the_first_step_has_the_intro_one_h1_and_a_post_form_without_a_cookie(client, tool):
    response = client.get(tool.url)
    soup = parse(response)
    assert response.status_code == 200
    assert not response.cookies
    assert len(soup.find_all("h1")) == 1 and heading(response) == "Uw organisatie"
    assert "Stap 1 van 9" in soup.select_one(".vp-pt-progress").get_text()
    assert "Een tool voor tests." in response.content.decode()
    form = step_form(response)
    assert form["method"] == "post" and form["action"] == tool.url
    assert not form.find("input", {"name": "csrfmiddlewaretoken"})
    assert texts(form.find_all("button")) == ["Volgende stap"]  # no way back from step 1


def test_every_step_follows_with_its_progress_and_fieldsets_for_groups(client, tool):
    responses = walk_to_summary(client, tool)
    for number, (response, title) in enumerate(zip(responses, STEP_TITLES, strict=True), 1):
        soup = parse(response)
        assert response.status_code == 200, title
        assert not response.cookies, title
        assert heading(response) == title
        assert f"Stap {number} van 9" in soup.select_one(".vp-pt-progress").get_text()
        for group in soup.select("fieldset.vp-pt-group"):
            assert group.legend.get_text(strip=True)
        for field in soup.select("input[type=text], textarea"):
            assert soup.find("label", {"for": field["id"]}), field["id"]
    assert [response["Cache-Control"] for response in responses[1:]] == ["private, no-store"] * 8


def test_the_defaults_follow_the_kind_of_organisation(client, tool):
    first = client.get(tool.url)
    gemeente = submit(client, first, FIRST_STEP)
    waterschap = submit(client, first, {"name": "Waterschap Aa", "kind": "waterschap"})
    assert parse(gemeente).find("input", {"name": "security"})["value"] == "de bode of beveiliger"
    assert parse(waterschap).find("input", {"name": "security"})["value"] == ""
    reporting_gemeente = submit(client, submit(client, submit(client, gemeente)))
    assert heading(reporting_gemeente) == "Melden, registreren en reageren"
    assert parse(reporting_gemeente).find("input", {"value": "gir"}).has_attr("checked")


def test_missing_answers_give_an_error_summary_that_links_to_each_field(client, tool):
    response = submit(client, client.get(tool.url), {"name": "", "kind": None})
    soup = parse(response)
    assert heading(response) == "Uw organisatie"
    assert soup.title.get_text().startswith("Fout: ")
    assert problems(response) == [
        ("#id_name", "Vul ‘Naam van de organisatie’ in."),
        ("#id_kind_0", "Kies een antwoord bij ‘Soort organisatie’."),
    ]
    for target, _message in problems(response):
        assert soup.find(id=target[1:])
    name = soup.find(id="id_name")
    assert name["aria-invalid"] == "true"
    assert "name-fout" in name["aria-describedby"].split()
    group = soup.find(id="id_kind_0").find_parent("fieldset")
    assert "kind-fout" in group["aria-describedby"].split()


def test_answers_are_kept_when_another_answer_is_missing(client, tool):
    response = submit(client, client.get(tool.url), {"name": "", "kind": "provincie"})
    soup = parse(response)
    assert soup.find("input", {"value": "provincie"}).has_attr("checked")
    response = submit(client, response, {"name": "Provincie Zuid", "kind": "provincie"})
    assert heading(response) == "Rollen"


def test_an_overlong_or_control_character_answer_is_refused_with_a_message(client, tool):
    first = client.get(tool.url)
    overlong = submit(client, first, {"name": "G" * 121, "kind": "gemeente"})
    assert problems(overlong) == [
        ("#id_name", "Dit antwoord is te lang. Gebruik hoogstens 120 tekens (nu 121).")
    ]
    control = submit(client, first, {"name": "Gemeente\x1bPeelbeek", "kind": "gemeente"})
    assert heading(control) == "Uw organisatie"
    assert "onzichtbare tekens" in problems(control)[0][1]


def test_a_later_step_keeps_the_answers_of_the_earlier_ones(client, tool):
    responses = walk_to_summary(client, tool, changes_per_step={2: {"coordinator": "de adviseur"}})
    summary = parse(responses[-1]).get_text(" ")
    assert "Gemeente Peelbeek" in summary
    assert "de adviseur" in summary
    assert "Raadhuisplein 3, 5555 AA Peelbeek" in summary


def test_going_back_keeps_what_was_typed_in_both_steps(client, tool):
    roles = submit(client, client.get(tool.url), FIRST_STEP)
    back = submit(client, roles, {"coordinator": "de veiligheidsadviseur"}, action="vorige")
    assert heading(back) == "Uw organisatie"
    assert parse(back).find("input", {"name": "name"})["value"] == "Gemeente Peelbeek"
    forward = submit(client, back)
    assert (
        parse(forward).find("input", {"name": "coordinator"})["value"] == "de veiligheidsadviseur"
    )


def test_going_back_does_not_check_the_step_but_the_summary_does(client, tool):
    roles = submit(client, client.get(tool.url), FIRST_STEP)
    back = submit(client, roles, {"coordinator": ""}, action="vorige")
    assert not problems(back)
    again = submit(client, back)
    assert heading(again) == "Rollen"
    assert parse(again).find("input", {"name": "coordinator"})["value"] == ""


@pytest.mark.parametrize(
    ("value", "message"),
    [("niet-ondertekend", state.TAMPERED), ("", None)],
    ids=["tampered", "empty"],
)
def test_a_tampered_hidden_field_restarts_with_a_message_never_an_error(
    client, tool, value, message
):
    response = client.post(tool.url, {state.FIELD_NAME: value, "stap": "norm", "actie": "volgende"})
    assert response.status_code == 200
    assert heading(response) == "Uw organisatie"
    notice = parse(response).select_one(".vp-pt-notice")
    assert (notice.get_text(" ", strip=True) if notice else None) == (
        f"Opnieuw beginnen {message}" if message else None
    )


def test_after_a_restart_the_answers_of_the_step_that_was_sent_come_back(client, tool):
    sent = {"stap": "rollen", "coordinator": "de adviseur veiligheid", "manager": "de teamcoach"}
    restart = client.post(tool.url, {state.FIELD_NAME: "kapot", **sent})
    assert heading(restart) == "Uw organisatie"
    assert parse(restart).find("input", {"name": "name"})["value"] == ""
    roles = submit(client, restart, FIRST_STEP)
    assert heading(roles) == "Rollen"
    assert parse(roles).find("input", {"name": "coordinator"})["value"] == "de adviseur veiligheid"
    assert parse(roles).find("input", {"name": "security"})["value"] == ""  # not sent: empty


def test_a_restart_on_the_first_step_keeps_what_was_typed_there(client, tool):
    restart = client.post(
        tool.url, {state.FIELD_NAME: "kapot", "stap": "organisatie", **FIRST_STEP}
    )
    assert parse(restart).find("input", {"name": "name"})["value"] == "Gemeente Peelbeek"
    notice = parse(restart).select_one(".vp-pt-notice p").get_text(strip=True)
    assert notice == f"{state.TAMPERED} {wizard.KEPT}"


def test_an_expired_hidden_field_restarts_with_its_own_message(client, tool):
    with mock.patch("django.core.signing.time.time", return_value=1_000_000.0):
        old = state.dump(complete_answers())
    later = 1_000_000.0 + state.MAX_AGE_SECONDS + 60
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = client.post(tool.url, {state.FIELD_NAME: old, "stap": "controleren"})
        draft = client.post(f"{tool.url}concept/", {state.FIELD_NAME: old})
    for page in (response, draft):
        assert page.status_code == 200
        assert state.EXPIRED in page.content.decode()
        assert heading(page) == "Uw organisatie"


def test_an_unknown_step_or_action_leads_somewhere_sensible(client, tool):
    fresh = client.post(tool.url, {"stap": "bestaat-niet"})
    assert heading(fresh) == "Uw organisatie"
    raw = complete_answers()
    assert heading(post_answers(client, tool.url, raw, stap="bestaat-niet")) == STEP_TITLES[-1]
    edit = post_answers(client, tool.url, raw, stap="controleren", actie="wijzig-onbekend")
    assert heading(edit) == STEP_TITLES[-1]


def test_the_summary_lists_every_step_with_a_button_to_change_it(client, tool):
    summary = post_answers(client, tool.url, complete_answers(), stap="controleren")
    soup = parse(summary)
    assert heading(summary) == "Controleer uw antwoorden"
    assert "Stap 9 van 9" in soup.select_one(".vp-pt-progress").get_text()
    assert texts(soup.select(".vp-pt-summary__heading")) == [
        f"{number}. {title}" for number, title in enumerate(STEP_TITLES[:-1], 1)
    ]
    buttons = soup.select(".vp-pt-summary button")
    assert [button["value"] for button in buttons][:2] == ["wijzig-organisatie", "wijzig-rollen"]
    assert "Een waarschuwingsbrief" in texts(soup.select(".vp-pt-summary__answers li"))


def test_changing_a_step_from_the_summary_returns_to_the_summary(client, tool):
    summary = post_answers(client, tool.url, complete_answers(), stap="controleren")
    edit = submit(client, summary, action="wijzig-maatregelen")
    assert heading(edit) == "Maatregelen"
    assert texts(step_form(edit).find_all("button"))[0] == "Naar het overzicht"
    back = submit(client, edit, {"measures": ["brief"]})
    assert heading(back) == "Controleer uw antwoorden"
    chosen = texts(parse(back).select("#overzicht-maatregelen ~ dl li"))
    assert chosen == ["Een waarschuwingsbrief"]


def test_the_summary_sends_an_incomplete_answer_set_to_the_first_problem(client, tool):
    raw = complete_answers(rollen={"manager": ""})  # the reaction role no longer exists
    response = post_answers(client, tool.url, raw, stap="controleren")
    assert heading(response) == "Melden, registreren en reageren"
    assert problems(response)[0][0] == "#id_reaction_role_0"
    missing = {key: value for key, value in complete_answers().items() if key != "nazorg"}
    response = post_answers(client, tool.url, missing, stap="controleren")
    assert heading(response) == "Nazorg" and not problems(response)


def test_the_draft_shows_the_answers_in_the_right_sections(client, tool):
    raw = complete_answers(maatregelen={"measures": ["brief", "locatieverbod"]})
    response = post_answers(client, f"{tool.url}concept/", raw)
    soup = parse(response)
    assert response.status_code == 200 and not response.cookies
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert len(soup.find_all("h1")) == 1
    draft = soup.select_one(".vp-pt-draft")
    assert draft.h2.get_text(strip=True) == "Agressieprotocol Gemeente Peelbeek"
    sections = {section.h3.get_text(strip=True): section for section in draft.select("section")}
    assert list(sections) == [
        "Doel",
        "Rollen",
        "De norm",
        "Reactie",
        "Aangifte",
        "Online agressie",
    ]
    assert "Dit protocol is van Gemeente Peelbeek." in sections["Doel"].get_text()
    roles = sections["Rollen"].table
    assert texts(roles.tbody.tr.find_all(["th", "td"]))[:2] == [
        "Agressiecoördinator",
        "de agressiecoördinator",
    ]
    assert "de teamleider" in texts(roles.find_all("td"))
    assert texts(sections["Reactie"].find_all("li")) == [
        "Een waarschuwingsbrief",
        "Een locatieverbod voor het gebouw",
    ]
    assert "Raadhuisplein" not in draft.get_text() and "Marktplein 1" in draft.get_text()
    assert texts(draft.find_all("h4")) == ["Wat wij accepteren", "Wat wij niet accepteren"]


def test_the_draft_of_an_incomplete_answer_set_shows_what_is_missing(client, tool):
    raw = complete_answers()
    del raw["aangifte"]["address"]
    response = post_answers(client, f"{tool.url}concept/", raw)
    assert heading(response) == "Melding en aangifte bij de politie"
    assert problems(response)[0][0] == "#id_address"


def test_the_draft_address_without_answers_leads_back_to_the_tool(client, tool):
    response = client.get(f"{tool.url}concept/")
    assert response.status_code == 302 and response["Location"] == tool.url


def test_an_editors_change_to_the_templates_shows_in_the_next_draft(client, tool):
    raw = complete_answers()
    before = post_answers(client, f"{tool.url}concept/", raw).content.decode()
    assert "Nieuw hoofdstuk" not in before
    page = ProtocolToolPage.objects.get(pk=tool.pk)
    page.sections = sections(
        section("Nieuw hoofdstuk", paragraph("Hier werkt {organisatie} aan.")),
        section("Online", paragraph("Online."), condition="online"),
    )
    page.save_revision().publish()
    soup = parse(post_answers(client, f"{tool.url}concept/", raw))
    assert texts(soup.select(".vp-pt-draft h3")) == ["Nieuw hoofdstuk", "Online"]
    assert "Hier werkt Gemeente Peelbeek aan." in soup.select_one(".vp-pt-draft").get_text()


def test_no_step_sets_a_cookie_even_with_the_page_cache_on(settings, tool):
    settings.PAGE_CACHE_ENABLED = True
    client = Client()
    responses = walk_to_summary(client, tool)
    responses.append(post_answers(client, f"{tool.url}concept/", complete_answers()))
    assert all(not response.cookies for response in responses)
    assert all("Set-Cookie" not in response for response in responses)
    # A POST is never answered from the cache: two organisations get their own page.
    other = client.post(
        tool.url, {"stap": "organisatie", "name": "Waterschap Aa", "kind": "waterschap"}
    )
    assert heading(other) == "Rollen"
    summary_a = post_answers(
        client, tool.url, complete_answers(organisation="A-stad"), stap="controleren"
    )
    summary_b = post_answers(
        client, tool.url, complete_answers(organisation="B-dorp"), stap="controleren"
    )
    assert "A-stad" in summary_a.content.decode() and "B-dorp" in summary_b.content.decode()


def test_the_tool_needs_no_csrf_token_but_other_pages_still_do(tool, home_page):
    client = Client(enforce_csrf_checks=True)
    assert client.post(tool.url, {"stap": "organisatie", **FIRST_STEP}).status_code == 200
    assert client.post(f"{tool.url}concept/", {}).status_code == 200
    assert client.post(home_page.url, {}).status_code == 403
    assert client.post("/admin/login/", {}).status_code == 403


def test_queries_do_not_grow_with_the_number_of_sections(client, tool):
    raw = complete_answers()

    def queries_for_draft():
        with CaptureQueriesContext(connection) as queries:
            response = post_answers(client, f"{tool.url}concept/", raw)
        assert response.status_code == 200
        return len(queries)

    post_answers(client, f"{tool.url}concept/", raw)  # fill the caches every page shares
    few = queries_for_draft()
    page = ProtocolToolPage.objects.get(pk=tool.pk)
    page.sections = sections(
        *(section(f"Hoofdstuk {n}", paragraph("{organisatie}")) for n in range(12))
    )
    page.save_revision().publish()
    post_answers(client, f"{tool.url}concept/", raw)
    assert queries_for_draft() == few


def test_the_tool_lives_once_under_the_home_page(home_page, tool):
    assert ProtocolToolPage.parent_page_types == ["home.HomePage"]
    assert ProtocolToolPage.subpage_types == []
    assert not ProtocolToolPage.can_create_at(home_page)  # one is there already
    assert not ProtocolToolPage.can_create_at(tool)


def test_the_editors_preview_shows_the_draft_with_a_gemeentes_defaults(tool):
    request = tool.make_preview_request(preview_mode="")
    html = request.content.decode()
    assert "Agressieprotocol Gemeente Voorbeeld" in html
    assert "Voorvertoning voor redacteuren" in html
    form = tool.make_preview_request(preview_mode="formulier")
    assert heading(form) == "Uw organisatie"
