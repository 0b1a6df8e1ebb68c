"""The editors' section templates: placeholders checked, every block previews filled in."""

import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks as wagtail_blocks

from protocol.blocks import (
    AnnexBlock,
    AnswerListBlock,
    BulletsBlock,
    LadderTableBlock,
    ParagraphBlock,
    ProtocolAnnexesBlock,
    ProtocolSectionsBlock,
    RolesTableBlock,
    SectionBlock,
    SubheadingBlock,
)
from protocol.placeholders import PLACEHOLDERS, check_placeholders

from .factories import paragraph, section, subheading

PREVIEWED_BLOCKS = [
    ParagraphBlock(),
    BulletsBlock(),
    AnswerListBlock(),
    RolesTableBlock(),
    LadderTableBlock(),
    SubheadingBlock(max_length=120),
    SectionBlock(),
    AnnexBlock(),
]


def test_an_unknown_placeholder_is_refused_with_the_valid_ones():
    with pytest.raises(ValidationError) as error:
        check_placeholders("Welkom bij {organisation}.")
    message = error.value.messages[0]
    assert message.startswith("Onbekende invulplek {organisation}.")
    assert all(f"{{{name}}}" in message for name in PLACEHOLDERS)


@pytest.mark.parametrize("text", ["Een { los", "Een } los", "{{organisatie}}"])
def test_a_loose_brace_is_refused(text):
    with pytest.raises(ValidationError):
        check_placeholders(text)


def test_known_placeholders_pass():
    check_placeholders("{organisatie} en {coordinator} op {datum}.")


@pytest.mark.parametrize(
    ("block", "value"),
    [
        (ParagraphBlock(), {"text": "Hallo {naam}", "condition": ""}),
        (BulletsBlock(), {"items": ["Goed", "Fout {x}"], "condition": ""}),
        (SubheadingBlock(max_length=120), "Kop {kop}"),
        (AnswerListBlock(), {"answers": "maatregelen", "intro": "{lijst}"}),
    ],
    ids=["paragraph", "bullets", "subheading", "answer list intro"],
)
def test_every_text_block_checks_its_placeholders(block, value):
    with pytest.raises(ValidationError):
        block.clean(block.to_python(value))


def test_a_section_heading_checks_its_placeholders():
    block = SectionBlock()
    value = block.to_python(section("Voor {afdeling}", paragraph("Tekst.")))
    with pytest.raises(ValidationError):
        block.clean(value)


def test_a_section_of_only_subheadings_is_refused():
    block = SectionBlock()
    value = block.to_python(section("Leeg", subheading("Een"), subheading("Twee")))
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "niet alleen tussenkoppen" in str(error.value.block_errors["content"])


def test_two_sections_with_the_same_heading_are_refused():
    block = ProtocolSectionsBlock()
    value = block.to_python(
        [
            {"type": "section", "value": section("Nazorg", paragraph("Een."))},
            {"type": "section", "value": section("nazorg ", paragraph("Twee."))},
        ]
    )
    with pytest.raises(wagtail_blocks.StreamBlockValidationError) as error:
        block.clean(value)
    assert list(error.value.block_errors) == [1]


def test_a_roles_table_needs_a_caption():
    block = RolesTableBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"caption": "  "}))


def test_bullets_need_a_point_with_text():
    block = BulletsBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"items": [" "], "condition": ""}))


@pytest.mark.parametrize("block", PREVIEWED_BLOCKS, ids=lambda block: type(block).__name__)
def test_every_block_has_a_description_icon_template_and_a_valid_preview(block):
    assert block.meta.description and block.meta.icon and block.meta.template
    value = block.to_python(block.meta.preview_value)
    block.clean(value)
    html = block.render(value)
    assert "{" not in html  # filled in, not the raw template


def test_the_preview_fills_in_a_gemeentes_defaults():
    block = ParagraphBlock()
    html = block.render(block.to_python(block.meta.preview_value))
    assert "Gemeente Voorbeeld wil dat medewerkers veilig hun werk kunnen doen." in html
    table = RolesTableBlock()
    html = table.render(table.to_python(table.meta.preview_value))
    assert "de teamleider" in html and "<caption>Rollen en taken</caption>" in html


def test_the_ladder_preview_shows_the_measures_of_a_gemeente_with_who_decides():
    table = LadderTableBlock()
    html = table.render(table.to_python(table.meta.preview_value))
    assert "<caption>Van gedrag naar maatregel</caption>" in html
    assert "Waarschuwingsbrief (gele kaart)" in html and "De gemeentesecretaris" in html
    assert 'role="region"' in html and 'tabindex="0"' in html


def test_two_annexes_with_the_same_title_are_refused():
    block = ProtocolAnnexesBlock()
    annex = {"title": "Huisregels", "condition": "", "content": [paragraph("Regels.")]}
    value = block.to_python([{"type": "annex", "value": annex}, {"type": "annex", "value": annex}])
    with pytest.raises(wagtail_blocks.StreamBlockValidationError):
        block.clean(value)
