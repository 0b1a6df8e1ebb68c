"""Answers and section templates make the draft: numbered, filled in, conditions applied."""

from datetime import date

from wagtail.blocks import StreamValue

from protocol.answers import validate_all
from protocol.assemble import ROLES_HEADER, build_draft
from protocol.blocks import ProtocolSectionsBlock
from protocol.draft import BulletList, Paragraph, Table

from .factories import answer_list, complete_answers, paragraph, roles_table, section, subheading

TODAY = date(2026, 12, 1)


def stream(*sections):
    block = ProtocolSectionsBlock()
    return block.to_python([{"type": "section", "value": value} for value in sections])


def draft_of(sections, raw=None, subtitle=""):
    cleaned = validate_all(raw or complete_answers()).cleaned
    return build_draft(sections, cleaned, today=TODAY, title="Agressieprotocol", subtitle=subtitle)


def test_sections_are_numbered_in_order_and_subsections_within_them():
    draft = draft_of(
        stream(
            section("Doel", paragraph("Van {organisatie}.")),
            section(
                "Norm",
                paragraph("Inleiding."),
                subheading("Wel"),
                paragraph("a"),
                subheading("Niet"),
                paragraph("b"),
            ),
        )
    )
    assert [s.number for s in draft.sections] == ["1", "2"]
    norm = draft.sections[1]
    assert norm.blocks == (Paragraph("Inleiding."),)
    assert [(s.number, s.heading, s.blocks) for s in norm.subsections] == [
        ("2.1", "Wel", (Paragraph("a"),)),
        ("2.2", "Niet", (Paragraph("b"),)),
    ]


def test_placeholders_are_filled_in_and_start_a_sentence_with_a_capital():
    draft = draft_of(
        stream(
            section(
                "Voor {organisatie}", paragraph("{reactie_door} reageert. Dan belt {coordinator}.")
            )
        ),
        complete_answers(organisation="Waterschap Aa", kind="waterschap"),
        subtitle="Concept van {datum}",
    )
    assert draft.organisation == "Waterschap Aa"
    assert draft.created == TODAY
    assert draft.subtitle == "Concept van 1 december 2026"
    assert draft.sections[0].heading == "Voor Waterschap Aa"
    assert draft.sections[0].blocks == (
        Paragraph("De leidinggevende reageert. Dan belt de agressiecoördinator."),
    )


def test_a_section_whose_condition_does_not_hold_is_left_out_and_numbers_do_not_skip():
    sections = stream(
        section("Online", paragraph("Online."), condition="online"),
        section("Nazorg", paragraph("Nazorg.")),
    )
    without = draft_of(sections, complete_answers(online_en_evaluatie={"online": "nee"}))
    assert [(s.number, s.heading) for s in without.sections] == [("1", "Nazorg")]
    with_online = draft_of(sections)
    assert [(s.number, s.heading) for s in with_online.sections] == [
        ("1", "Online"),
        ("2", "Nazorg"),
    ]


def test_a_paragraph_with_a_condition_is_left_out_when_it_does_not_hold():
    sections = stream(section("Aangifte", paragraph("Altijd."), paragraph("VPT.", condition="vpt")))
    assert draft_of(sections).sections[0].blocks == (Paragraph("Altijd."), Paragraph("VPT."))
    no_code = complete_answers()
    del no_code["aangifte"]["vpt_code"]  # an unticked box is not sent
    assert draft_of(sections, no_code).sections[0].blocks == (Paragraph("Altijd."),)


def test_answer_lists_hold_the_chosen_answers_in_the_order_of_severity():
    raw = complete_answers(maatregelen={"measures": ["schade", "brief"]})
    draft = draft_of(stream(section("Maatregelen", answer_list("maatregelen", "Wij kunnen:"))), raw)
    assert draft.sections[0].blocks == (
        Paragraph("Wij kunnen:"),
        BulletList(("Een waarschuwingsbrief", "De schade verhalen op de dader")),
    )


def test_own_unacceptable_behaviour_is_added_line_by_line():
    raw = complete_answers(
        norm={"unacceptable": ["geweld"], "unacceptable_other": "Filmen\n\nSpugen "}
    )
    draft = draft_of(stream(section("Norm", answer_list("onacceptabel"))), raw)
    assert draft.sections[0].blocks == (
        BulletList(("Fysiek geweld, zoals duwen, slaan of spugen", "Filmen", "Spugen")),
    )


def test_an_empty_answer_list_is_left_out():
    raw = complete_answers(online_en_evaluatie={"online": "nee", "online_measures": []})
    draft = draft_of(stream(section("Online", paragraph("Tekst."), answer_list("online"))), raw)
    assert draft.sections[0].blocks == (Paragraph("Tekst."),)


def test_the_roles_table_holds_the_roles_the_organisation_has_by_its_names():
    raw = complete_answers(rollen={"security": "", "communication": "het team pers"})
    draft = draft_of(stream(section("Rollen", roles_table("Wie doet wat"))), raw)
    table = draft.sections[0].blocks[0]
    assert isinstance(table, Table)
    assert table.caption == "Wie doet wat" and table.header == ROLES_HEADER
    names = {row[0]: row[1] for row in table.rows}
    assert names["Communicatie"] == "het team pers"
    assert "Beveiliging" not in names
    assert names["Agressiecoördinator"] == "de agressiecoördinator"


def test_a_placeholder_of_a_missing_role_falls_back_to_the_coordinator():
    raw = complete_answers(rollen={"security": "", "coordinator": "de adviseur veiligheid"})
    draft = draft_of(stream(section("Alarm", paragraph("Bij een alarm komt {beveiliging}."))), raw)
    assert draft.sections[0].blocks == (Paragraph("Bij een alarm komt de adviseur veiligheid."),)


def test_no_sections_make_an_empty_draft():
    assert draft_of(StreamValue(ProtocolSectionsBlock(), [])).sections == ()


def test_a_name_in_the_middle_of_a_sentence_has_no_capital_and_gets_one_at_the_start():
    """Issue 23: "in Het Gemeentelijk Incidenten Registratiesysteem": the form's label was used
    in the sentence. Names typed with a capital article read right too."""
    raw = complete_answers(rollen={"manager": "De teamleider"})
    draft = draft_of(
        stream(
            section(
                "Melden",
                paragraph(
                    "Registreer het in {registratiesysteem}. {registratiesysteem} is van ons."
                ),
                paragraph("Bel {leidinggevende}. {leidinggevende} belt terug."),
            )
        ),
        raw,
    )
    assert draft.sections[0].blocks == (
        Paragraph(
            "Registreer het in het Gemeentelijk Incidenten Registratiesysteem (GIR). "
            "Het Gemeentelijk Incidenten Registratiesysteem (GIR) is van ons."
        ),
        Paragraph("Bel de teamleider. De teamleider belt terug."),
    )
