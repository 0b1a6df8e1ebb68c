"""The tool as the demo ships it: its templates make a full draft, editors manage it, pages link to it."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from protocol import state
from protocol.answers import validate_all
from protocol.choices import KINDS, MEASURES
from protocol.models import ProtocolToolPage
from tests.html import parse, texts

from .factories import complete_answers

pytestmark = pytest.mark.django_db

URL = "/agressieprotocol-maken/"


@pytest.fixture
def tool():
    return ProtocolToolPage.objects.get(slug="agressieprotocol-maken")


def sections_by_heading(draft):
    return {section.heading: section for section in draft.sections}


def section_text(section):
    parts = []
    for block in section.blocks + tuple(b for s in section.subsections for b in s.blocks):
        parts += [getattr(block, "text", "")]
        parts += list(getattr(block, "items", ()))
        parts += [cell for row in getattr(block, "rows", ()) for cell in row]
    return "\n".join(parts)


def test_the_tool_is_at_its_address_once(tool, home_page):
    assert tool.url == URL
    assert ProtocolToolPage.objects.count() == 1


@pytest.mark.parametrize("kind", KINDS, ids=[kind.key for kind in KINDS])
def test_the_shipped_templates_make_a_full_draft_for_every_kind(tool, kind):
    raw = complete_answers(
        kind.key, f"{kind.label} Test", maatregelen={"measures": [key for key, _ in MEASURES]}
    )
    draft = tool.draft(validate_all(raw).cleaned)
    by_heading = sections_by_heading(draft)
    assert draft.organisation == f"{kind.label} Test"
    assert [section.number for section in draft.sections] == [
        str(number) for number in range(1, len(draft.sections) + 1)
    ]
    reaction = section_text(by_heading["Reactie naar de dader"])
    assert all(label in reaction for _key, label in MEASURES)
    roles = section_text(by_heading["Rollen en taken"])
    for name in kind.role_names.values():
        assert name in roles
    assert "Marktplein 1, 1234 AB Voorbeeld" in section_text(
        by_heading["Melding en aangifte bij de politie"]
    )
    assert all("{" not in section_text(section) for section in draft.sections)


def test_the_shipped_templates_leave_out_what_was_not_chosen(tool):
    raw = complete_answers(
        online_en_evaluatie={"online": "nee", "online_measures": []},
        maatregelen={"measures": ["brief"]},
    )
    headings = [section.heading for section in tool.draft(validate_all(raw).cleaned).sections]
    assert "Online agressie" not in headings and "Schade verhalen" not in headings
    assert "Nazorg" in headings


def test_other_help_after_an_incident_is_in_the_draft_and_every_file(tool):
    """Issue 23: the answer to step 7's "Andere hulp na een incident" reached none of the files."""
    import io
    import zipfile

    from protocol.formats import FORMATS

    raw = complete_answers(nazorg={"aftercare_extra": "bedrijfsmaatschappelijk werk"})
    draft = tool.draft(validate_all(raw).cleaned)
    aftercare = section_text(sections_by_heading(draft)["Nazorg"])
    assert "Ook kan de medewerker een beroep doen op: bedrijfsmaatschappelijk werk." in aftercare
    odt = zipfile.ZipFile(io.BytesIO(FORMATS["odt"].render(draft))).read("content.xml")
    docx = zipfile.ZipFile(io.BytesIO(FORMATS["docx"].render(draft))).read("word/document.xml")
    assert b"bedrijfsmaatschappelijk werk" in odt and b"bedrijfsmaatschappelijk werk" in docx

    without = tool.draft(validate_all(complete_answers()).cleaned)
    assert "een beroep doen op" not in section_text(sections_by_heading(without)["Nazorg"])


def test_the_whole_demo_draft_is_shown_on_the_site(client, tool):
    response = client.post(f"{URL}concept/", {state.FIELD_NAME: state.dump(complete_answers())})
    soup = parse(response)
    assert "Agressieprotocol Gemeente Peelbeek" in soup.select_one(".vp-pt-draft h2").get_text()
    chapters = texts(soup.select(".vp-pt-draft h3.vp-pt-draft__chapter"))
    # Numbered by CSS counters (as the files are by their numbering), not in the text.
    assert chapters[0] == "Doel van dit protocol"


def test_editors_open_the_tool_and_its_templates_in_the_admin(admin_client, tool):
    response = admin_client.get(f"/admin/pages/{tool.pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "hoofdstukken van het protocol" in html.lower()
    assert "{organisatie}" in html  # the placeholder help


def test_an_unknown_placeholder_in_the_admin_is_refused(admin_client, tool):
    section = {
        "heading": "Over {organisation}",
        "condition": "",
        "content": streamfield([("paragraph", {"text": "Tekst.", "condition": ""})]),
    }
    data = nested_form_data(
        {
            "title": tool.title,
            "slug": tool.slug,
            "intro": tool.intro,
            "privacy_note": tool.privacy_note,
            "document_title": tool.document_title,
            "document_subtitle": "",
            "sections": streamfield([("section", section)]),
            "annexes": streamfield([]),
            "promoted_on": [],
        }
    )
    response = admin_client.post(f"/admin/pages/{tool.pk}/edit/", data)
    html = response.content.decode()
    assert response.status_code == 200  # the form again, not a redirect
    assert "Onbekende invulplek {organisation}." in html
    assert (
        ProtocolToolPage.objects.get(pk=tool.pk).sections[0].value["heading"]
        != "Over {organisation}"
    )


@pytest.mark.parametrize(
    "path",
    ["/preventie/agressieprotocol-opstellen/", "/documenten/", "/infographic/"],
)
def test_the_topic_the_library_and_the_infographic_link_to_the_tool(client, path):
    html = client.get(path).content.decode()
    assert f'href="{URL}"' in html, path


def test_the_infographic_links_the_tool_from_the_step_of_its_topic(client):
    soup = parse(client.get("/infographic/"))
    links = soup.select(f'.vp-infographic__step a[href="{URL}"]')
    assert len(links) == 1
    step = links[0].find_parent(class_="vp-infographic__step")
    assert "agressieprotocol" in step.get("id", "")


def test_other_topics_do_not_link_to_the_tool(client):
    assert f'href="{URL}"' not in client.get("/nazorg/bedrijfsopvangteam/").content.decode()


def test_the_shipped_draft_holds_what_a_works_council_asks_for(tool):
    """Issue 23: definitions, the legal basis, a ladder from behaviour to measure (who decides,
    how long), the duty to report to the Arbeidsinspectie, privacy, adoption and annexes."""
    raw = complete_answers(maatregelen={"measures": ["brief", "locatieverbod"]})
    by_heading = sections_by_heading(tool.draft(validate_all(raw).cleaned))
    assert "Bedreiging:" in section_text(by_heading["Begrippen"])
    legal = section_text(by_heading["Wettelijke basis"])
    assert "artikel 3" in legal and "2.15" in legal and "artikel 27" in legal
    ladder_text = section_text(by_heading["Van gedrag naar maatregel"])
    assert "1 jaar" in ladder_text and "6 maanden" in ladder_text  # the kind's defaults
    assert "artikel 138 en 139" in ladder_text and "{" not in ladder_text
    assert "artikel 9" in section_text(by_heading["Melden bij de Nederlandse Arbeidsinspectie"])
    assert "AVG" in section_text(by_heading["Privacy en bewaren van meldingen"])
    assert "ondernemingsraad" in section_text(by_heading["Vaststelling en versies"])
    # The annexes are documents of their own, listed in the draft's last chapter.
    assert not [heading for heading in by_heading if heading.startswith("Bijlage:")]
    titles = [annex.title for annex in tool.annex_drafts(validate_all(raw).cleaned)]
    assert titles == [
        "Voorbeeldbrief waarschuwing",
        "Voorbeeldbrief gele kaart",
        "Voorbeeldbrief locatieverbod",
        "Meldformulier incident",
        "Huisregels",
    ]
    (listed,) = [block.items for block in by_heading["Bijlagen"].blocks if hasattr(block, "items")]
    assert list(listed) == titles

    without_ban = complete_answers(maatregelen={"measures": ["waarschuwing"]})
    titles = [a.title for a in tool.annex_drafts(validate_all(without_ban).cleaned)]
    assert titles == ["Voorbeeldbrief waarschuwing", "Meldformulier incident", "Huisregels"]


def ladder_of(draft):
    (table,) = [
        block
        for block in sections_by_heading(draft)["Van gedrag naar maatregel"].blocks
        if hasattr(block, "rows")
    ]
    return table


def test_the_escalation_ladder_is_a_table_of_the_measures_the_organisation_chose(tool):
    raw = complete_answers(
        maatregelen={
            "measures": ["waarschuwing", "brief", "contactverbod", "locatieverbod"],
            "decider": "De burgemeester",
            "warning_months": "24",
            "ban_months": "3",
        }
    )
    table = ladder_of(tool.draft(validate_all(raw).cleaned))
    assert table.header == ("Gedrag", "Maatregel", "Wie besluit", "Hoe lang")
    measures = [row[1].split(":")[0] for row in table.rows]
    assert measures == [
        "Mondelinge waarschuwing",
        "Waarschuwingsbrief (gele kaart)",
        "Contactverbod (rode kaart)",
        "Locatieverbod (rode kaart)",
        "De politie bellen",
    ]
    by_measure = dict(zip(measures, table.rows, strict=True))
    assert by_measure["Waarschuwingsbrief (gele kaart)"][2:] == ("De teamleider", "2 jaar")
    assert by_measure["Locatieverbod (rode kaart)"][2:] == ("De burgemeester", "3 maanden")
    assert "artikel 138 en 139" in by_measure["De politie bellen"][1]

    fewer = complete_answers(maatregelen={"measures": ["gesprek"]})
    rows = ladder_of(tool.draft(validate_all(fewer).cleaned)).rows
    assert [row[1].split(":")[0] for row in rows] == [
        "Incidentgesprek met de dader",
        "De politie bellen",
    ]


def test_the_draft_has_instructions_per_situation(tool):
    draft = tool.draft(validate_all(complete_answers()).cleaned)
    situations = sections_by_heading(draft)["Afspraken per situatie"]
    assert [s.heading for s in situations.subsections] == [
        "Aan de balie en in de spreekkamer",
        "Aan de telefoon en in de chat",
        "Op straat en in de wijk",
        "Bij een huisbezoek",
        "Schriftelijk en online",
    ]
    text = section_text(situations)
    # A gemeente has boa's and a KCC: their roles are named where they act.
    assert "de teamleider toezicht en handhaving zorgt" in text.lower()
    assert "De teamleider van het klantcontactcentrum (KCC) zorgt" in text

    water = tool.draft(validate_all(complete_answers("waterschap", "Waterschap Aa")).cleaned)
    text = section_text(sections_by_heading(water)["Afspraken per situatie"])
    assert "klantcontactcentrum" not in text and "boa's" in text


def test_the_new_roles_and_the_organisations_own_roles_are_in_the_roles_table(tool):
    raw = complete_answers(
        rollen={
            "own_roles": "de wijkregisseur: gaat mee op huisbezoek met risico\n"
            "de receptie: ziet wie binnenkomt"
        }
    )
    draft = tool.draft(validate_all(raw).cleaned)
    (table,) = [
        b for b in sections_by_heading(draft)["Rollen en taken"].blocks if hasattr(b, "rows")
    ]
    roles = [row[0] for row in table.rows]
    for role in (
        "Handhaving (boa's)",
        "Klantcontactcentrum (KCC)",
        "Juridisch adviseur",
        "Vertrouwenspersoon",
    ):
        assert role in roles
    assert table.rows[-2:] == (
        ("Eigen rol", "de wijkregisseur", "gaat mee op huisbezoek met risico"),
        ("Eigen rol", "de receptie", "ziet wie binnenkomt"),
    )
    assert "vertrouwelijk praten met de vertrouwenspersoon" in section_text(
        sections_by_heading(draft)["Nazorg"]
    )
