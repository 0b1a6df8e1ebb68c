"""Test data for the protocol tool: a page with small section templates and complete answers."""

import wagtail_factories

from democontent.streamfield import stream_json
from protocol.answers import complete_defaults
from protocol.choices import KIND_BY_KEY
from protocol.models import ProtocolToolPage


def paragraph(text, condition=""):
    return {"type": "paragraph", "value": {"text": text, "condition": condition}}


def answer_list(answers, intro=""):
    return {"type": "answer_list", "value": {"answers": answers, "intro": intro}}


def roles_table(caption="Rollen en taken"):
    return {"type": "roles_table", "value": {"caption": caption}}


def subheading(text):
    return {"type": "subheading", "value": text}


def section(heading, *content, condition=""):
    return {"heading": heading, "condition": condition, "content": list(content)}


def sections(*values):
    return stream_json([("section", value) for value in values])


DEFAULT_SECTIONS = sections(
    section("Doel", paragraph("Dit protocol is van {organisatie}.")),
    section("Rollen", roles_table()),
    section(
        "De norm",
        subheading("Wat wij accepteren"),
        paragraph("{aanvaardbaar}"),
        subheading("Wat wij niet accepteren"),
        answer_list("onacceptabel", "Dit accepteert {organisatie} niet:"),
    ),
    section(
        "Reactie",
        paragraph("{reactie_door} reageert binnen 48 uur, {reactie_vorm}."),
        answer_list("maatregelen"),
    ),
    section(
        "Aangifte",
        paragraph("Het adres is {adres}."),
        paragraph("Wij vragen om de VPT-code.", condition="vpt"),
    ),
    section("Online agressie", answer_list("online"), condition="online"),
)


class ProtocolToolPageFactory(wagtail_factories.PageFactory):
    title = "Test: stel uw agressieprotocol op"
    slug = "test-agressieprotocol"
    intro = "Een tool voor tests."
    privacy_note = "Wij bewaren niets."
    document_title = "Agressieprotocol"
    document_subtitle = "Concept van {datum}"
    sections = DEFAULT_SECTIONS

    class Meta:
        model = ProtocolToolPage


def complete_answers(kind="gemeente", organisation="Gemeente Peelbeek", **step_overrides):
    """Every step answered (the defaults of the kind), with some steps' fields replaced."""
    raw = complete_defaults(KIND_BY_KEY[kind], organisation)
    for step_key, fields in step_overrides.items():
        raw[step_key.replace("_", "-")] = {**raw[step_key.replace("_", "-")], **fields}
    return raw
