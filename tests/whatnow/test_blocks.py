"""The blocks of the "Wat nu?" pages: their own checks, in Dutch, and what they render."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from tests.html import parse, texts
from whatnow.blocks import CallBlock, ChecklistBlock, MomentBlock, StepBlock
from whatnow.phone import dialled_digits, tel_href

from .factories import call, checklist, moment, step


@pytest.mark.parametrize(
    ("written", "dialled"),
    [
        ("112", "112"),
        ("0900-8844", "09008844"),
        ("0900 8844", "09008844"),
        ("+31 (0)30 123 45 67".replace("(0)", ""), "+31301234567"),
        ("(030) 123.45.67", "0301234567"),
    ],
)
def test_a_number_is_dialled_without_its_separators(written, dialled):
    assert dialled_digits(written) == dialled
    assert tel_href(written) == f"tel:{dialled}"


@pytest.mark.parametrize(
    "written",
    ["", "11", "bel 112", "0900-POLITIE", "112; 113", "++31 30", "31+30", "1" * 16, "javascript:1"],
)
def test_a_number_a_phone_cannot_dial_is_refused_in_dutch(written):
    with pytest.raises(ValidationError, match="Een telefoon kan dit nummer niet bellen"):
        dialled_digits(written)
    assert tel_href(written) == ""


def test_the_call_block_names_the_field_of_a_bad_number():
    block = CallBlock()
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python(call("112 of 113")))
    assert list(caught.value.block_errors) == ["number"]
    value = block.clean(block.to_python(call("0900-8844", "Politie")))
    html = parse(block.render(value))
    assert html.a["href"] == "tel:09008844"
    assert texts([html.a]) == ["Bel 0900-8844 Politie"]


@pytest.mark.django_db
def test_a_step_refuses_a_bad_number_a_page_twice_and_a_text_too_long_for_a_phone(home_page):
    block = StepBlock()
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python(step("Doe aangifte", calls=[call("politie")])))
    assert list(caught.value.block_errors) == ["calls"]
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python(step("Lees meer", links=[home_page, home_page])))
    assert "twee keer" in str(caught.value.block_errors["links"])
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python(step("Te lang", text=f"<p>{'woord ' * 120}</p>")))
    assert list(caught.value.block_errors) == ["text"]
    fine = block.clean(block.to_python(step("Lees meer", links=[home_page])))
    assert [page.pk for page in fine.live_links] == [home_page.pk]


def test_the_texts_offer_editors_only_what_fits_a_phone_screen():
    for block in (StepBlock().child_blocks["text"], MomentBlock().child_blocks["text"]):
        assert block.features == ["bold", "ul", "ol", "link"]


@pytest.mark.django_db
def test_a_moment_refuses_a_task_or_a_page_twice(home_page):
    block = MomentBlock()
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python(moment("Aangifte", ["Doe aangifte.", "doe aangifte. "])))
    assert "twee keer" in str(caught.value.block_errors["tasks"])
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(moment("Aangifte", links=[home_page, home_page])))
    with pytest.raises(ValidationError):
        block.clean(block.to_python(moment("Zonder taken", tasks=[])))


def preview(block):
    return parse(block.render(block.to_python(block.meta.preview_value)))


def test_the_previews_render_the_blocks_as_the_page_does():
    html = preview(StepBlock())
    assert html.h2.get_text(strip=True) == "Bent u nog in gevaar?"
    assert html.find("a")["href"] == "tel:112"
    assert len(preview(MomentBlock()).select(".vp-whatnow-tasks__item")) == 2
    checklist_html = preview(ChecklistBlock())
    assert checklist_html.h2.get_text(strip=True) == "Voor de aangifte"
    assert len(checklist_html.select(".vp-whatnow-tasks__item")) == 2


def test_a_checklist_refuses_an_item_twice_and_needs_one():
    block = ChecklistBlock()
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(
            block.to_python(
                checklist("Aangifte", ["Neem het verslag mee.", "neem het verslag mee. "])
            )
        )
    assert "twee keer" in str(caught.value.block_errors["items"])
    with pytest.raises(ValidationError):
        block.clean(block.to_python(checklist("Leeg", [])))
    meta = block.meta
    assert meta.template and meta.icon and meta.description and meta.preview_value


@pytest.mark.django_db
@pytest.mark.parametrize(
    "block", [StepBlock(), MomentBlock(), CallBlock(), ChecklistBlock()], ids=type
)
def test_every_block_preview_renders_in_the_admin(admin_client, block):
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
