"""The PDF of a result: date, scores, the whole plan with its links, and strengths, as a
tagged PDF (PDF/UA) in Dutch."""

import datetime
import io

from pypdf import PdfReader

from selfassessment.pdf import build_result_pdf
from selfassessment.questionnaire import Link, Option, Part, Question, Questionnaire
from selfassessment.scoring import FIRST_STEPS, assess, read_answers
from tests.pdf import outline_titles, reader_text, structure_types

from .factories import plain_questionnaire, query

RESULT_URL = "https://example.nl/zelfinspectie/resultaat/?norm=nee&datum=2026-03-05&v=abc"


def pdf_text(questionnaire, organisation="", kind_label="", **answers):
    result = assess(read_answers(questionnaire, query(**answers, v=questionnaire.version)))
    content = build_result_pdf(
        result,
        title="Hoe veilig werkt uw organisatie?",
        date=datetime.date(2026, 3, 5),
        base_url="https://example.nl",
        site_name="Veilige publieke dienstverlening",
        result_url=RESULT_URL,
        organisation=organisation,
        kind_label=kind_label,
    )
    reader = PdfReader(io.BytesIO(content))
    return reader, reader_text(reader)


def test_pdf_has_the_plan_in_order_later_steps_and_strengths():
    keys = [f"v{number}" for number in range(FIRST_STEPS + 1)]
    questionnaire = plain_questionnaire(
        ("Alles", [(key, 2) for key in keys]), ("Goed", [("sterk", 1)])
    )
    reader, text = pdf_text(questionnaire, sterk="ja", **dict.fromkeys(keys, "nee"))
    assert "Antwoorden gegeven op 5 maart 2026" in text
    assert text.index("Stap 1: V0") < text.index("Stap 2: V1")
    assert "Daarna" in text and f"Stap {FIRST_STEPS + 1}: V{FIRST_STEPS}" in text
    assert "Wat al goed gaat Sterk" in text  # the bullet is the list item's tagged label
    assert reader.metadata.title == "Hoe veilig werkt uw organisatie?"
    assert "Uw actieplan: begin hiermee" in outline_titles(reader.outline)  # sections are bookmarks


def test_pdf_links_are_absolute_and_clickable():
    link = Link("Stel een norm", "/preventie/stel-een-norm/", "page")
    nee = Option("nee", "Nee", 0, advice="Stel een norm op.", who="Het bestuur", links=(link,))
    question = Question("norm", "Is er een norm?", "Norm", "Een grens helpt.", 3, (nee,))
    questionnaire = Questionnaire((Part(1, "Norm", "", (question,)),))
    reader, text = pdf_text(questionnaire, norm="nee")
    assert "Stel een norm: https://example.nl/preventie/stel-een-norm/" in text
    annotations = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    assert any(
        a["/A"]["/URI"] == "https://example.nl/preventie/stel-een-norm/" for a in annotations
    )


def test_pdf_without_steps_says_so():
    questionnaire = plain_questionnaire(("Norm", [("norm", 1)]))
    _, text = pdf_text(questionnaire, norm="ja")
    assert "Er zijn geen stappen nodig" in text


def test_pdf_is_tagged_in_dutch_with_headings_table_lists_and_links():
    link = Link("Stel een norm", "/preventie/stel-een-norm/", "page")
    nee = Option("nee", "Nee", 0, advice="Stel een norm op.", who="Het bestuur", links=(link,))
    ja = Option("ja", "Ja", 100)
    norm = Question("norm", "Is er een norm?", "Norm", "Een grens helpt.", 3, (ja, nee))
    balie = Question("balie", "Is de balie veilig?", "Balie", "Een vluchtweg helpt.", 1, (ja, nee))
    questionnaire = Questionnaire((Part(1, "Norm", "", (norm, balie)),))
    reader, text = pdf_text(questionnaire, norm="nee", balie="ja")
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) is True
    assert root["/Lang"] == "nl"
    types = structure_types(root["/StructTreeRoot"])
    assert {"/H1", "/H2", "/H3", "/P", "/Table", "/TH", "/TD", "/L", "/LI", "/Link"} <= types
    assert "Veilige publieke dienstverlening - pagina 1 van 1" in text


def test_text_is_written_as_it_is_typed_never_as_markup():
    short = "<b>Norm</b> & ‘weet ik niet’ – zo’n “stap”… € é ë"
    nee = Option("nee", "Nee", 0, advice='Zet het in "de" <i>regels</i>.', who="Het bestuur")
    question = Question("norm", "Is er een norm?", short, "Een grens helpt.", 3, (nee,))
    questionnaire = Questionnaire((Part(1, "Norm & <Balie>", "", (question,)),))
    _, text = pdf_text(questionnaire, norm="nee")
    assert f"Stap 1: {short}" in text
    assert 'Zet het in "de" <i>regels</i>.' in text
    assert "Norm & <Balie>" in text


def test_pdf_names_the_organisation_and_links_back_to_the_answers():
    questionnaire = plain_questionnaire(("Norm", [("norm", 3)]))
    reader, text = pdf_text(
        questionnaire, organisation="Waterschap <Peel> & Maas", kind_label="Waterschap", norm="nee"
    )
    assert "Waterschap <Peel> & Maas (waterschap)" in text
    assert "".join(text.split()).count("".join(RESULT_URL.split())) == 1  # written out in full
    annotations = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    assert any(a["/A"]["/URI"] == RESULT_URL for a in annotations)


def test_pdf_explains_the_score_lists_what_to_find_out_and_every_answer():
    questionnaire = plain_questionnaire(("Norm", [("norm", 3), ("zichtbaar", 1), ("balie", 2)]))
    _, text = pdf_text(questionnaire, norm="deels", zichtbaar="weet-ik-niet", balie="ja")
    # (3 x 50 + 2 x 100) of (3 + 2) x 100; zichtbaar is a gap, not a zero.
    assert "samen 350 van de 500 punten na het gewicht: 70 van de 100" in text
    assert "Zoek dit uit" in text and "Uitzoeken 1: Zichtbaar Zoek uit: Zoek zichtbaar uit." in text
    assert "Is zichtbaar geregeld? Weet ik niet (telt niet mee)" in text
    assert "Is norm geregeld? Deels (50 punten, gewicht 3)" in text
